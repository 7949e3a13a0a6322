import { isPageNumberLine, reportLines } from "./report-lines.js";
import { type CellToken, splitTableRow, type TableRow } from "./split-table-row.js";

/** The line under a Markdown table's head ("|---|:---:|"): layout, no label for the row below. */
export const MARKDOWN_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;

/** A printed table line (or run of lines), split into label and cells. */
export interface TableLine extends TableRow {
  /** Where the text ends on this row, if it does: see cutOffEnd. */
  endsText: EndsText;
}

/**
 * Whether the text's last words are a row's last cell: "cell-line" when that cell is on a line of its own
 * (one cell per line), "row-line" when it shares the line with the row's other cells.
 */
export type EndsText = false | "cell-line" | "row-line";

/**
 * The lines of a table region, split into label and cells, without blank lines, page numbers and Markdown
 * rules. A web page's text gives a table one cell per line (the row's label, then each value on a line of
 * its own): a run of lines that each hold one value and nothing else is one row, its cells in order, so the
 * readers see the row the page showed. pdftotext lines hold a row's values side by side and are kept as
 * they are.
 */
export function tableLines(text: string, region: { start: number; end: number }): TableLine[] {
  const out: TableLine[] = [];
  let run: TableLine | null = null;
  const lastWords = lastWordsAt(text);
  for (const line of reportLines(text.slice(region.start, region.end))) {
    const abs = { text: line.text, start: line.start + region.start };
    if (abs.text.trim() === "" || isPageNumberLine(abs.text) || MARKDOWN_RULE.test(abs.text)) continue;
    const row = splitTableRow(abs);
    const single = row.label === "" && row.cells.length === 1 && !abs.text.includes("|");
    const endsText: EndsText =
      abs.start + abs.text.length < lastWords || row.cells.length === 0 ? false : single ? "cell-line" : "row-line";
    if (single && run !== null) {
      run.cells.push(...row.cells);
      run.endsText = endsText;
      continue;
    }
    const t: TableLine = { ...row, cells: [...row.cells], endsText };
    run = single ? t : null;
    out.push(t);
  }
  return out;
}

/**
 * The cells of a row of `n` columns that a cut-off text leaves whole. A web page's text cut inside a table
 * (an excerpt, a truncated download) may have cut its last line: a number ("12" of "128") or the start of
 * the next row's label ("2" of "2.其他…"). So when the text's last line is a cell of its own, it is never
 * read as a cell: a row with one cell too many is the row without that line; a row whose `n`th cell is
 * that line is not whole (null: left out). A row printed on one line (pdftotext, a PDF's text) whose last
 * number ends the text is read: such text is whole, and a cut inside that row leaves it short of cells.
 */
export function cutOffEnd(cells: readonly CellToken[], n: number, endsText: EndsText | undefined): CellToken[] | null {
  if (endsText !== "cell-line") return [...cells];
  if (cells.length === n + 1) return cells.slice(0, n);
  return cells.length === n ? null : [...cells];
}

/** The offset where the text's last words end (trailing blank lines left out). */
function lastWordsAt(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}
