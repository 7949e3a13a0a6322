/**
 * Chinese headings of result columns, by column key, for workbooks read by people (CSV and JSON keep
 * the keys, which scripts rely on): the catalogue's `table.column.<key>`. A title that is already
 * Chinese is kept; a year becomes 2016年.
 */
import { MESSAGES, type MessageKey, say } from "../messages/catalogue.js";
import type { TableColumn } from "./table-data.js";

const CJK = /[\u3400-\u9fff]/;

export function columnHeading(c: TableColumn, lang: "zh" | "en"): string {
  if (/^\d{4}$/.test(c.title)) return lang === "zh" ? `${c.title}年` : c.title;
  if (lang === "en" || CJK.test(c.title)) return c.title;
  const key = `table.column.${c.key}`;
  return key in MESSAGES ? say(key as MessageKey, undefined, "zh") : c.title;
}
