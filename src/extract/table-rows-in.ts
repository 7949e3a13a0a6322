import type { CellToken } from "./split-table-row.js";
import { type EndsText, tableLines } from "./table-lines.js";

/** A table row as printed: its label (possibly gathered from the lines above) and its numeric cells. */
export interface LogicalRow {
  /** Label text, fragments joined by a space. */
  label: string;
  /** The last label fragment alone: the text on the line of the numbers, if any. */
  ownLabel: string;
  /** The label lines gathered above the numbers' line, in order (header words first). */
  gathered?: readonly string[];
  cells: CellToken[];
  /** Offsets in the folded text: from the first label fragment to the end of the last cell. */
  start: number;
  end: number;
  /**
   * The label lines right below the numbers that start no row of their own ("具已获取信息" under
   * "5.要求行政机关确认或重新出"): pdftotext prints a wrapped label's numbers on its middle line. They
   * stay the next row's gathered label too; a reader uses them only when the row is named by nothing else.
   */
  continuation: string;
  /** Whether the last cell is the text's last line, which a cut-off text may have cut (see cutOffEnd). */
  endsText?: EndsText;
}

/** How a row's own label starts: "1.", "(三)", "三、", "其中". */
const ROW_MARK = /^\s*(?:\d{1,2}\s*[.、．]|\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+\s*、|其中)/u;

/**
 * The rows of a table region: label lines without numbers are gathered and given to the next line
 * with numbers, because pdftotext prints a multi-line label's numbers on its last (or middle) line.
 * A web page's one-cell-per-line table gives each row as its label line and then its values (see
 * tableLines). Page numbers and blank lines between rows are skipped; labels that were only headers end up in front
 * of the first row's label, where the loose label match ignores them.
 */
export function tableRowsIn(text: string, region: { start: number; end: number }): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let pending: string[] = [];
  let pendingStart = -1;
  let continues = true;
  for (const row of tableLines(text, region)) {
    const abs = row.line;
    if (row.cells.length === 0) {
      if (pendingStart < 0) pendingStart = abs.start + (abs.text.length - abs.text.trimStart().length);
      pending.push(row.label);
      const above = rows[rows.length - 1];
      continues &&= !ROW_MARK.test(row.label);
      if (above !== undefined && continues) above.continuation = `${above.continuation}${row.label}`;
      continue;
    }
    continues = true;
    const lineStart = abs.start + (abs.text.length - abs.text.trimStart().length);
    const last = row.cells[row.cells.length - 1] as CellToken;
    rows.push({
      label: [...pending, row.label].filter((s) => s !== "").join(" "),
      ownLabel: row.label,
      gathered: pending.filter((s) => s !== ""),
      cells: row.cells,
      start: pendingStart >= 0 ? pendingStart : lineStart,
      end: last.end,
      continuation: "",
      endsText: row.endsText,
    });
    pending = [];
    pendingStart = -1;
  }
  return rows;
}
