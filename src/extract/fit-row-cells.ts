/**
 * A row's value cells cut to the `n` columns of its table, when that can be done for sure. Tables as
 * Markdown or HTML often carry blank cells that are no column of the template: a trailing `| |` where
 * the header had one more cell, a blank second label column. Only blank cells can be surplus (a number or
 * a `—` is always a column's), so:
 * - when exactly `n` cells are not blank, they are the row and every blank is surplus;
 * - otherwise surplus blanks are taken from the blank run at the start and the one at the end, and only
 *   when a single split of the surplus between the two is possible (else the numbers' columns depend on
 *   the guess, and the row is left out: null).
 * A row with `n` cells or fewer is returned as it is (the caller checks the count).
 */
export function fitRowCells<T>(cells: readonly T[], n: number, isBlank: (cell: T) => boolean): T[] {
  if (cells.length <= n) return [...cells];
  const stated = cells.filter((c) => !isBlank(c));
  if (stated.length === n) return stated;
  if (stated.length > n) return [...cells];
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
