import type { Cell, TableData } from "./table-data.js";

/**
 * RFC 4180 CSV with exact numbers. Text cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading apostrophe; numbers are written as numbers.
 */
export function toCsvText(t: TableData): string {
  const lines = [
    t.columns.map((c) => csvField(c.key)).join(","),
    ...t.rows.map((r) => t.columns.map((c) => csvCell(r[c.key] ?? null)).join(",")),
  ];
  return `${lines.join("\n")}\n`;
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return csvField(guardFormula(value));
}

/** Prefixes an apostrophe to text a spreadsheet would evaluate. */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
