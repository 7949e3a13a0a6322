/**
 * A row's value cells cut to the `n` columns of its table, when that can be done for sure. Tables as
 * Markdown or HTML often carry blank cells that are no column of the template: a trailing `| |` where
 * the header had one more cell, a blank second label column. Only blank cells can be surplus (a number or
 * a `—` is always a column's), and only at the ends of the row: the surplus is taken from the blank run at
 * the start and the one at the end, and only when a single split of it between the two is possible (else
 * the numbers' columns depend on the guess). A blank between numbers is a column that states nothing.
 * When no single cut exists, or the row has `n` cells or fewer, the cells are returned as they are (the
 * caller checks the count and leaves the row out).
 */
export function fitRowCells<T>(cells: readonly T[], n: number, isBlank: (cell: T) => boolean): T[] {
  if (cells.length <= n) return [...cells];
  const surplus = cells.length - n;
  let lead = 0;
  while (lead < cells.length && isBlank(cells[lead] as T)) lead++;
  let trail = 0;
  while (trail < cells.length - lead && isBlank(cells[cells.length - 1 - trail] as T)) trail++;
  const splits: number[] = [];
  for (let i = 0; i <= surplus; i++) if (i <= lead && surplus - i <= trail) splits.push(i);
  if (splits.length !== 1) return [...cells];
  const i = splits[0] as number;
  return cells.slice(i, cells.length - (surplus - i));
}
