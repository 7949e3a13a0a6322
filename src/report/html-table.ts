/**
 * A TableData as an HTML table; every cell is escaped (cells hold labels and quotes from the data). The
 * table sits in a box that scrolls sideways by itself when it is wider than the page (report-style.ts).
 */
import { displayCell, type TableData } from "../format/table-data.js";
import { escapeHtml } from "../render/html-escape.js";

export function htmlTable(t: TableData, className = "data"): string {
  const head = t.columns.map((c) => `<th${c.align === "right" ? ' class="num"' : ""}>${escapeHtml(c.title)}</th>`).join("");
  const body = t.rows
    .map((row) => {
      const cells = t.columns.map(
        (c) => `<td${c.align === "right" ? ' class="num"' : ""}>${escapeHtml(displayCell(c, row[c.key] ?? null))}</td>`,
      );
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return tableWrap(`<table class="${escapeHtml(className)}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
}

/** A table's markup inside its own scrolling box. */
export function tableWrap(table: string): string {
  return `<div class="table-wrap">${table}</div>`;
}
