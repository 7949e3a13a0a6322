/**
 * Rows as a notebook table: an HTML table (what JupyterLab, VS Code and GitHub show) and an aligned text
 * table (what a terminal or a plain-text viewer shows). Counts appear exactly as computed; a blank cell
 * is an unknown figure, never 0. Non-integer numbers (percentages, growth) are rounded for display only,
 * to at most `decimals` places, because a float such as 41.83138… reads worse than 41.83 and the exact value
 * stays in the rows the table was made from.
 */

import type { Cell, TableData } from "../format/table-data.js";
import { toTextTable } from "../format/text-table.js";
import type { DataFrame } from "../frame/danfo.js";
import { frameToRows } from "../frame/rows-to-frame.js";
import { say } from "../messages/catalogue.js";
import { escapeHtml } from "../render/html-escape.js";
import { NotebookOutput } from "./notebook-output.js";

export interface ShowTableOptions {
  /** The columns to show, in order. Default: every key of the rows, in first-seen order. */
  columns?: readonly string[];
  /** Decimal places for non-integer numbers. Default 2. */
  decimals?: number;
  /** At most this many rows are shown; the rest are counted in a closing line. Default 50. */
  maxRows?: number;
}

type Rows = readonly object[] | DataFrame | TableData;

/** The rows (plain objects, a Danfo DataFrame, or a TableData from the formatters) as a notebook table. */
export function showTable(rows: Rows, options: ShowTableOptions = {}): NotebookOutput {
  const data = toTableData(rows, options);
  const maxRows = options.maxRows ?? 50;
  const shown: TableData = { columns: data.columns, rows: data.rows.slice(0, maxRows) };
  const more = data.rows.length - shown.rows.length;
  const moreLine =
    more > 0 ? say(more === 1 ? "chart.notebook_more_row" : "chart.notebook_more_rows", { more, all: data.rows.length }) : "";
  return new NotebookOutput({
    "text/html": htmlTable(shown) + (moreLine ? `<p>${escapeHtml(moreLine)}</p>` : ""),
    "text/plain": toTextTable(shown) + (moreLine ? `${moreLine}\n` : ""),
  });
}

/** Plain rows, a DataFrame or a TableData as a TableData with display formats for numbers. */
export function toTableData(rows: Rows, options: ShowTableOptions = {}): TableData {
  if (isTableData(rows)) return rows;
  const plain: Record<string, unknown>[] = isFrame(rows) ? frameToRows(rows) : (rows as readonly Record<string, unknown>[]).slice();
  const keys = options.columns ?? columnsOf(plain);
  const decimals = options.decimals ?? 2;
  const numeric = new Set(keys.filter((k) => plain.some((r) => typeof r[k] === "number")));
  return {
    columns: keys.map((key) =>
      numeric.has(key)
        ? { key, title: key, align: "right" as const, format: (x: number) => formatNumber(x, decimals) }
        : { key, title: key },
    ),
    rows: plain.map((r) => Object.fromEntries(keys.map((k) => [k, toCell(r[k])]))),
  };
}

/**
 * Integers as they are (89370, never 89,370.00); other numbers to at most `decimals` places with trailing
 * zeros dropped, so a share printed as 41.4 shows as 41.4, not 41.40 (a precision the report never gave).
 */
export function formatNumber(x: number, decimals: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  const s = x.toFixed(decimals);
  const trimmed = s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  return trimmed === "-0" ? "0" : trimmed;
}

function htmlTable(t: TableData): string {
  const align = (a: "left" | "right" | undefined) => (a === "right" ? ' style="text-align:right"' : ' style="text-align:left"');
  const head = t.columns.map((c) => `<th${align(c.align)}>${escapeHtml(c.title)}</th>`).join("");
  const body = t.rows
    .map((r) => {
      const cells = t.columns.map((c) => {
        const v = r[c.key] ?? null;
        const text = v === null ? "" : typeof v === "number" && c.format ? c.format(v) : String(v);
        return `<td${align(c.align)}>${escapeHtml(text)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** A cell value: numbers and strings as they are; null, undefined and NaN blank; lists joined; other values as JSON. */
function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isNaN(v) ? null : v;
  if (typeof v === "string") return v;
  if (typeof v === "boolean" || typeof v === "bigint") return String(v);
  // Lists of ids (a finding's metrics) read better as "a, b" than as JSON.
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(", ");
  return JSON.stringify(v);
}

function isTableData(x: Rows): x is TableData {
  return !Array.isArray(x) && typeof x === "object" && x !== null && "columns" in x && "rows" in x && Array.isArray((x as TableData).rows);
}

function isFrame(x: Rows): x is DataFrame {
  return !Array.isArray(x) && typeof x === "object" && x !== null && "values" in x && "columns" in x && !("rows" in x);
}
