/**
 * The one place derived figures are made. Every computation (compare, trend, peers, breakdown, audit,
 * export, charts, the report, the API) reads a table through `deriveSubtotals`, so each sees the same
 * derived rows, marked basis "derived" with their formula as source.
 *
 * What is derived: the subtotals the 2019+ table 三 does not print, each the sum of its sub-rows, per
 * applicant column:
 * - 不予公开 (result_denied), 无法提供 (result_unavailable), 不予处理 (result_not_processed): no layout
 *   prints them (derived_only in the catalogue);
 * - 其他处理 (result_other) in the 2021 layout, which splits it into three rows and prints no total (the
 *   2019 layout prints it as one row, with no sub-rows to sum).
 * Figures a dataset already holds as derived (a 2016 baseline worked out from the 2017 report's printed
 * change, say) come in through the dataset file, marked derived there with their arithmetic.
 *
 * A printed figure always wins: a subtotal is added only where the table has no row for it, so a cell
 * never has both. A subtotal is added only when every sub-row is stated; with any unknown sub-row it
 * stays unknown (absent). Returns a new table, or the input itself when there is nothing to add; the
 * input is not changed, and a derived table derives to itself.
 */
import { findMetric, layoutOfYear, metricCode } from "../catalogue/catalogue.js";
import { GROUPS, type MetricGroup } from "../catalogue/groups.js";
import { METRICS } from "../catalogue/metrics.js";
import { madePerTable } from "../core/made-per-table.js";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import type { Layout, MetricId } from "../types.js";
import { KeyTable } from "./key-table.js";
import { reportKey, ValueIndex } from "./value-index.js";

/**
 * The groups whose whole is derived, with the layouts where the template has no row for it: every
 * derived_only whole, and 其他处理 where the 2021 layout splits it.
 */
const SUBTOTAL_GROUPS: readonly { group: MetricGroup; layouts: readonly Layout[] }[] = GROUPS.flatMap((g) => {
  if (findMetric(g.whole)?.derived_only === true) return [{ group: g, layouts: g.layouts }];
  if (g.id === "other_handling") return [{ group: g, layouts: ["2021"] as const }];
  return [];
});

/** True when `metric` is a subtotal this module derives from its sub-rows (where not printed). */
export function isDerivedSubtotal(metric: MetricId): boolean {
  return SUBTOTAL_GROUPS.some((s) => s.group.whole === metric);
}

/** The formula a derived subtotal's row carries as its source, e.g. "result_other = result_other.no_amend + …". */
export function subtotalFormula(metric: MetricId): string | null {
  const s = SUBTOTAL_GROUPS.find((x) => x.group.whole === metric);
  return s === undefined ? null : formulaOf(s.group);
}

function formulaOf(g: MetricGroup): string {
  return `derived: ${g.whole} = ${g.parts.join(" + ")} (the report prints no subtotal row)`;
}

/** Results already derived, by input table: every computation of one table derives once. */
const derived = madePerTable(derive);

/**
 * The table with its derived figures. `shared` builds the derived table's columns on
 * SharedArrayBuffers, for threads to adopt (adoptDerived).
 */
export function deriveSubtotals(table: ObservationTable, options: { shared?: boolean } = {}): ObservationTable {
  const full = derived.of(table, options);
  // A derived table is its own derived table: a second call (a command's loaded table read by a
  // computation that derives again) is a look-up, not another pass.
  if (full !== table) derived.adopt(full, full);
  return full;
}

/** Takes `full`, derived from `table` by another thread, as table's derived table. */
export function adoptDerived(table: ObservationTable, full: ObservationTable): void {
  derived.adopt(table, full);
  derived.adopt(full, full);
}

/** The derived groups as metric codes. */
const DERIVED = SUBTOTAL_GROUPS.map(({ group, layouts }) => ({
  whole: metricCode(group.whole),
  parts: group.parts.map((p) => metricCode(p)),
  layouts,
  source: formulaOf(group),
}));

function derive(table: ObservationTable, shared: boolean): ObservationTable {
  const isPart = new Uint8Array(METRICS.length);
  for (const g of DERIVED) for (const p of g.parts) isPart[p] = 1;
  // The first row of each (entity, year, applicant) cell where any sub-row exists, in order of first
  // appearance. Integer keys, not strings: a 2019+ corpus has millions of sub-rows.
  const seen = new KeyTable(1024);
  const firstRows: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (isPart[table.metric[i] as number] !== 1) continue;
    const key = cellKey(table.entity[i] as number, table.year[i] as number, table.applicant[i] as number);
    if (seen.get(key) < 0) {
      seen.set(key, 0);
      firstRows.push(i);
    }
  }
  // Nothing to derive (no sub-rows at all): the table as it is, without copying millions of rows.
  if (firstRows.length === 0) return table;
  // Only for looking up sub-rows here: the exports and the audit look up cells in the derived table,
  // report by report (report-rows.ts), so this index of the input is not kept with it.
  const index = ValueIndex.of(table, { keep: false });
  // What to add, found before anything is built: a table whose subtotals are all printed (or derived
  // already) is returned as it is.
  const adds: { row: number; group: (typeof DERIVED)[number]; sum: number; first: number }[] = [];
  for (const row of firstRows) {
    const e = table.entity[row] as number;
    const year = table.year[row] as number;
    const a = table.applicant[row] as number;
    const layout = layoutOfYear(year);
    for (const g of DERIVED) {
      if (!g.layouts.includes(layout)) continue;
      // A printed figure wins: no derived row beside it.
      if (index.rowOf(e, year, g.whole, a) >= 0) continue;
      let sum = 0;
      let first = -1;
      for (const p of g.parts) {
        const r = index.rowOf(e, year, p, a);
        const v = r < 0 ? Number.NaN : (table.value[r] as number);
        // Every sub-row stated, or no subtotal: an unknown part is never read as zero.
        if (Number.isNaN(v)) {
          first = -2;
          break;
        }
        if (first === -1) first = r;
        sum += v;
      }
      if (first >= 0) adds.push({ row, group: g, sum, first });
    }
  }
  if (adds.length === 0) return table;
  const builder = new ObservationTableBuilder(table.length + adds.length, { shared });
  builder.append(table);
  for (const { row, group, sum, first } of adds) {
    builder.push({
      entity: table.entityAt(row),
      year: table.year[row] as number,
      metric: group.whole,
      applicant: table.applicant[row] as number,
      value: sum,
      printedShare: Number.NaN,
      printedChange: Number.NaN,
      printedChangePct: Number.NaN,
      basis: "derived",
      source: group.source,
      file: table.fileAt(first),
      line: table.line[first] as number,
    });
  }
  return builder.build();
}

/** One integer per (entity code, year, applicant index or −1). */
function cellKey(entity: number, year: number, applicant: number): number {
  return reportKey(entity, year) * 8 + applicant + 1;
}
