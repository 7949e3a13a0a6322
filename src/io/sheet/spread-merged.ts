import type { Sheet, SheetRow } from "./sheet.js";

/** Cells that merged ranges may spread a label over, in one sheet. */
export const MAX_SPREAD = 2_000_000;

/**
 * Merged ranges: the top-left cell's text spreads over the range's label cells (a metric merged over its
 * applicant rows); a range over several figures keeps them at the top-left only and is an error there,
 * since a figure is never copied into cells the analyst did not fill.
 */
export function spreadMerged(sheet: Sheet, rows: SheetRow[]): boolean {
  if (sheet.merged.length === 0) return true;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  // Crafted overlapping ranges could ask for rows × ranges of work: bounded, then refused.
  let budget = MAX_SPREAD;
  for (const m of sheet.merged) {
    const source = byRow.get(m.top)?.cells.get(m.left);
    if (source === undefined) continue;
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area <= 1) continue;
    if (source.numeric || /^[\s\d.,+\-%]+$/.test(source.text)) {
      source.mergedOver = m.ref;
      continue;
    }
    // Only rows that exist (found by binary search in the ordered rows): an empty range adds nothing.
    for (let k = firstRowAtOrAfter(rows, m.top); k < rows.length && (rows[k] as SheetRow).row <= m.bottom; k++) {
      const r = rows[k] as SheetRow;
      budget -= Math.min(m.right, m.left + 1024) - m.left + 1;
      if (budget < 0) return false;
      for (let c = m.left; c <= Math.min(m.right, m.left + 1024); c++) if (!r.cells.has(c)) r.cells.set(c, { ...source });
    }
  }
  return true;
}

function firstRowAtOrAfter(rows: readonly SheetRow[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as SheetRow).row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
