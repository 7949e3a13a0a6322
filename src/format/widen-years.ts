/**
 * `--wide`: years in columns, as analysts lay tables out. A table of (…, year, value) rows becomes one
 * row per body and metric with a column per year; compare's from/to figures become columns named by
 * their years. Columns that change with the year (changes, comparability) do not survive the pivot and
 * are left out; identifying columns (entity, metric, applicant, …) are kept.
 */

import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import type { Cell, TableColumn, TableData } from "./table-data.js";

const IDENTITY = new Set(["entity", "entity_name", "metric", "label", "applicant", "group", "whole", "section", "check"]);

/** True when the table has years to put in columns. */
export function hasYears(t: TableData): boolean {
  const has = (key: string) => t.columns.some((c) => c.key === key);
  return (has("year") && has("value")) || (has("from_value") && has("to_value"));
}

export function widenYears(t: TableData): TableData {
  const has = (key: string) => t.columns.some((c) => c.key === key);
  if (has("year") && has("value")) return pivot(t);
  if (has("from_value") && has("to_value")) return namedByYears(t);
  throw new UsageError(say("cli.wide_needs_years"));
}

function pivot(t: TableData): TableData {
  const keys = t.columns.filter((c) => IDENTITY.has(c.key));
  const valueColumn = t.columns.find((c) => c.key === "value") as TableColumn;
  const years = [...new Set(t.rows.map((r) => r.year).filter((y): y is number => typeof y === "number"))].sort((a, b) => a - b);
  const rows = new Map<string, Record<string, Cell>>();
  for (const r of t.rows) {
    const id = JSON.stringify(keys.map((c) => r[c.key] ?? null));
    let out = rows.get(id);
    if (out === undefined) {
      out = Object.fromEntries(keys.map((c) => [c.key, r[c.key] ?? null]));
      rows.set(id, out);
    }
    if (typeof r.year === "number") out[String(r.year)] = r.value ?? null;
  }
  return {
    columns: [...keys, ...years.map((y) => ({ key: String(y), title: String(y), align: "right" as const, format: valueColumn.format }))],
    rows: [...rows.values()],
  };
}

function namedByYears(t: TableData): TableData {
  const first = t.rows[0];
  const from = first?.from_year ?? t.columns.find((c) => c.key === "from_value")?.title;
  const to = first?.to_year ?? t.columns.find((c) => c.key === "to_value")?.title;
  const rename: Record<string, string> = { from_value: String(from), to_value: String(to) };
  return {
    columns: t.columns
      .filter((c) => c.key !== "from_year" && c.key !== "to_year")
      .map((c) => (c.key in rename ? { ...c, key: rename[c.key] as string, title: rename[c.key] as string } : c)),
    rows: t.rows.map((r) => {
      const out: Record<string, Cell> = {};
      for (const [k, v] of Object.entries(r)) if (k !== "from_year" && k !== "to_year") out[rename[k] ?? k] = v;
      return out;
    }),
  };
}
