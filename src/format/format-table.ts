import { listText } from "../cli/list-text.js";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { toCsvText } from "./csv-text.js";
import { toMarkdownTable } from "./markdown-table.js";
import type { TableData } from "./table-data.js";
import { toTextTable } from "./text-table.js";

export const TABLE_FORMATS = ["table", "csv", "json", "md"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export function parseTableFormat(s: string): TableFormat {
  if ((TABLE_FORMATS as readonly string[]).includes(s)) return s as TableFormat;
  throw new UsageError(say("cli.format_unknown", { value: s, expected: listText(TABLE_FORMATS) }));
}

/** Renders a table in the chosen format. JSON is an array of row objects keyed by column key. */
export function formatTable(t: TableData, format: TableFormat): string {
  switch (format) {
    case "table":
      return toTextTable(t);
    case "csv":
      return toCsvText(t);
    case "md":
      return toMarkdownTable(t);
    case "json":
      return `${JSON.stringify(
        t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, r[c.key] ?? null]))),
        null,
        2,
      )}\n`;
  }
}
