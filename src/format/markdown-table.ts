import { displayCell, type TableData } from "./table-data.js";

/** A GitHub-flavoured Markdown table; pipes and newlines in cells are escaped. */
export function toMarkdownTable(t: TableData): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const head = `| ${t.columns.map((c) => esc(c.title)).join(" | ")} |`;
  const rule = `| ${t.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`;
  const body = t.rows.map((r) => `| ${t.columns.map((c) => esc(displayCell(c, r[c.key] ?? null))).join(" | ")} |`);
  return `${[head, rule, ...body].join("\n")}\n`;
}
