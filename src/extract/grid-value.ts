import { cellText, type GridCell } from "./grid-table.js";
import { type CellToken, cellToken, isCell } from "./split-table-row.js";

/**
 * A grid cell in a value column, read: a number (with its unit), or a cell that states nothing (blank,
 * `&nbsp;`, —, /, words without digits such as 不涉及), or words with digits that are no number of the
 * template ("约12件", "5（含转办）"), which must be listed, not read.
 */
export type GridValue = { kind: "token"; token: CellToken } | { kind: "words"; start: number; end: number; text: string };

export function gridValue(text: string, cell: GridCell): GridValue {
  const t = cellText(text, cell);
  if (isCell(t)) return { kind: "token", token: cellToken(t, cell.start) };
  if (/\d/.test(t)) return { kind: "words", start: cell.start, end: cell.end, text: t };
  return { kind: "token", token: { raw: t, value: null, unit: "", start: cell.start, end: cell.end } };
}

/** True when the cell is a number (not blank, not a placeholder, not words). */
export function holdsNumber(text: string, cell: GridCell): boolean {
  const v = gridValue(text, cell);
  return v.kind === "token" && v.token.value !== null;
}
