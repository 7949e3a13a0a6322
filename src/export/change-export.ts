import { type ChangeTable, COMPARABILITY_CODES } from "../compute/change-table.js";
import { scopeChangeBetween, scopesByEntityCode } from "../coverage/scope-by-year.js";
import { numberColumn, TextCodes, textColumn } from "./column-data.js";
import type { ExportColumnHead, ExportTable } from "./export-table.js";
import { APPLICANT_TEXTS, METRIC_IDS } from "./metric-ids.js";

/** Year over year (or any change between two years): one row per series and year pair. */
export function changeExport(c: ChangeTable): ExportTable {
  const t = c.table;
  const at = pairRows(c.toRow, c.fromRow, c.length);
  const scopes = scopeColumns(c, at);
  return {
    length: c.length,
    columns: [
      textColumn("entity", t.entity, t.entityNames, 0, at),
      textColumn("metric", t.metric, METRIC_IDS, 0, at),
      textColumn("applicant", t.applicant, APPLICANT_TEXTS, 1, at),
      numberColumn("from_year", "INTEGER", c.fromYear),
      numberColumn("to_year", "INTEGER", c.toYear),
      numberColumn("from_value", "DOUBLE", c.fromValue),
      numberColumn("to_value", "DOUBLE", c.toValue),
      numberColumn("change", "DOUBLE", c.change),
      numberColumn("change_pct", "DOUBLE", c.changePct),
      textColumn("comparability", c.comparability, COMPARABILITY_CODES),
      textColumn("scope_from", scopes.from, scopes.texts),
      textColumn("scope_to", scopes.to, scopes.texts),
    ],
  };
}

/**
 * The two years' scopes of each pair whose body's scope changed between them (entity.json's `scope`,
 * scopeChangeBetween: the definition comparability reads), as codes into `texts`; 0 (blank) otherwise.
 */
function scopeColumns(c: ChangeTable, at: Int32Array): { from: Int32Array; to: Int32Array; texts: (string | null)[] } {
  const t = c.table;
  const from = new Int32Array(c.length);
  const to = new Int32Array(c.length);
  const scopes = new TextCodes();
  const byEntity = scopesByEntityCode(t);
  if (byEntity === null) return { from, to, texts: scopes.texts };
  for (let i = 0; i < c.length; i++) {
    const byYear = byEntity[t.entity[at[i] as number] as number];
    // Most bodies state no scope: nothing to look up.
    if (byYear === null || byYear === undefined) continue;
    const change = scopeChangeBetween(byYear, c.fromYear[i] as number, c.toYear[i] as number);
    if (change === null) continue;
    from[i] = scopes.code(change.from);
    to[i] = scopes.code(change.to);
  }
  return { from, to, texts: scopes.texts };
}

/**
 * The observation row each pair belongs to: its later figure, or its earlier one when the later is
 * absent. A loop in a function of its own: V8 optimises it while it runs, once per piece of pairs, and
 * code after it in the same function had no type feedback yet there (a deopt per piece, `--trace-deopt`).
 */
function pairRows(toRow: Int32Array, fromRow: Int32Array, length: number): Int32Array {
  const at = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const to = toRow[i] as number;
    at[i] = to >= 0 ? to : (fromRow[i] as number);
  }
  return at;
}

/** The columns changeExport writes, by name and type. */
export const CHANGE_COLUMNS: readonly ExportColumnHead[] = [
  { name: "entity", type: "VARCHAR" },
  { name: "metric", type: "VARCHAR" },
  { name: "applicant", type: "VARCHAR" },
  { name: "from_year", type: "INTEGER" },
  { name: "to_year", type: "INTEGER" },
  { name: "from_value", type: "DOUBLE" },
  { name: "to_value", type: "DOUBLE" },
  { name: "change", type: "DOUBLE" },
  { name: "change_pct", type: "DOUBLE" },
  { name: "comparability", type: "VARCHAR" },
  { name: "scope_from", type: "VARCHAR" },
  { name: "scope_to", type: "VARCHAR" },
];
