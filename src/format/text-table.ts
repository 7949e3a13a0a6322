import { padToWidth, stringWidth } from "../text/string-width.js";
import { displayCell, type TableData } from "./table-data.js";

/** A terminal table aligned by display width: a Chinese character takes two columns. */
export function toTextTable(t: TableData): string {
  const cells = t.rows.map((r) => t.columns.map((c) => sanitize(displayCell(c, r[c.key] ?? null))));
  const widths = t.columns.map((c, j) => Math.max(stringWidth(c.title), ...cells.map((row) => stringWidth(row[j] as string))));
  const line = (parts: string[]) => parts.join("  ").replace(/\s+$/, "");
  const out = [
    line(t.columns.map((c, j) => padToWidth(c.title, widths[j] as number, c.align ?? "left"))),
    line(widths.map((w) => "─".repeat(w))),
    ...cells.map((row) => line(row.map((s, j) => padToWidth(s, widths[j] as number, t.columns[j]?.align ?? "left")))),
  ];
  return `${out.join("\n")}\n`;
}

/** Control characters from data must not move the terminal's cursor or break the grid. */
function sanitize(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, " ");
}
