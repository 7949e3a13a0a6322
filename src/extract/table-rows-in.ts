import { isPageNumberLine, reportLines } from "./report-lines.js";
import { type CellToken, splitTableRow } from "./split-table-row.js";

/** A table row as printed: its label (possibly gathered from the lines above) and its numeric cells. */
export interface LogicalRow {
  /** Label text, fragments joined by a space. */
  label: string;
  /** The last label fragment alone: the text on the line of the numbers, if any. */
  ownLabel: string;
  cells: CellToken[];
  /** Offsets in the folded text: from the first label fragment to the end of the last cell. */
  start: number;
  end: number;
}

/** The line under a Markdown table's head ("|---|:---:|"): layout, no label for the row below. */
export const MARKDOWN_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;

/**
 * The rows of a table region: label lines without numbers are gathered and given to the next line
 * with numbers, because pdftotext prints a multi-line label's numbers on its last (or middle) line.
 * Page numbers and blank lines between rows are skipped; labels that were only headers end up in front
 * of the first row's label, where the loose label match ignores them.
 */
export function tableRowsIn(text: string, region: { start: number; end: number }): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let pending: string[] = [];
  let pendingStart = -1;
  for (const line of reportLines(text.slice(region.start, region.end))) {
    const abs = { text: line.text, start: line.start + region.start };
    if (abs.text.trim() === "" || isPageNumberLine(abs.text) || MARKDOWN_RULE.test(abs.text)) continue;
    const row = splitTableRow(abs);
    if (row.cells.length === 0) {
      if (pendingStart < 0) pendingStart = abs.start + (abs.text.length - abs.text.trimStart().length);
      pending.push(row.label);
      continue;
    }
    const lineStart = abs.start + (abs.text.length - abs.text.trimStart().length);
    const last = row.cells[row.cells.length - 1] as CellToken;
    rows.push({
      label: [...pending, row.label].filter((s) => s !== "").join(" "),
      ownLabel: row.label,
      cells: row.cells,
      start: pendingStart >= 0 ? pendingStart : lineStart,
      end: last.end,
    });
    pending = [];
    pendingStart = -1;
  }
  return rows;
}
