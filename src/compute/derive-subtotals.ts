/**
 * Adds the subtotals no report prints (derived_only metrics: result_denied, result_unavailable,
 * result_not_processed) as derived rows, each the sum of its sub-rows, per applicant column. A subtotal
 * is added only when every sub-row is stated; with any unknown sub-row it stays unknown (absent).
 * Returns a new table; the input is not changed.
 */
import { findMetric, metricCode } from "../catalogue/catalogue.js";
import { GROUPS } from "../catalogue/groups.js";
import { METRICS } from "../catalogue/metrics.js";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import { ValueIndex } from "./value-index.js";

const DERIVED_GROUPS = GROUPS.filter((g) => findMetric(g.whole)?.derived_only === true);

/** Results already derived, by input table: a breakdown and an audit of one table derive once. */
const derived = new WeakMap<ObservationTable, ObservationTable>();

/** `shared` builds the derived table's columns on SharedArrayBuffers, for threads to adopt (adoptDerived). */
export function deriveSubtotals(table: ObservationTable, options: { shared?: boolean } = {}): ObservationTable {
  let full = derived.get(table);
  if (full === undefined) {
    full = derive(table, options.shared === true);
    derived.set(table, full);
  }
  return full;
}

/** Takes `full`, derived from `table` by another thread, as table's derived table. */
export function adoptDerived(table: ObservationTable, full: ObservationTable): void {
  derived.set(table, full);
}

function derive(table: ObservationTable, shared: boolean): ObservationTable {
  const isPart = new Uint8Array(METRICS.length);
  for (const g of DERIVED_GROUPS) for (const p of g.parts) isPart[metricCode(p)] = 1;
  // The (entity, year, applicant) cells where any sub-row exists.
  const cells = new Map<string, [number, number, number]>();
  for (let i = 0; i < table.length; i++) {
    if (isPart[table.metric[i] as number] !== 1) continue;
    const key = `${table.entity[i]}:${table.year[i]}:${table.applicant[i]}`;
    if (!cells.has(key)) cells.set(key, [i, table.year[i] as number, table.applicant[i] as number]);
  }
  // Nothing to derive (no sub-rows at all): the table as it is, without copying millions of rows.
  if (cells.size === 0) return table;
  const index = ValueIndex.of(table);
  const builder = new ObservationTableBuilder(table.length + cells.size * DERIVED_GROUPS.length, { shared });
  builder.append(table);
  for (const [row, year] of cells.values()) {
    const entity = table.entityAt(row);
    const applicant = table.applicantAt(row);
    for (const g of DERIVED_GROUPS) {
      if (index.row(entity, year, g.whole, applicant) >= 0) continue;
      const rows = g.parts.map((p) => index.row(entity, year, p, applicant));
      if (rows.some((r) => r < 0 || Number.isNaN(table.value[r] as number))) continue;
      const sum = rows.reduce((s, r) => s + (table.value[r] as number), 0);
      const first = rows[0] as number;
      builder.push({
        entity,
        year,
        metric: metricCode(g.whole),
        applicant: table.applicant[row] as number,
        value: sum,
        printedShare: Number.NaN,
        printedChange: Number.NaN,
        printedChangePct: Number.NaN,
        basis: "derived",
        source: `sum of ${g.parts.length} sub-rows of ${g.whole}`,
        file: table.fileAt(first),
        line: table.line[first] as number,
      });
    }
  }
  return builder.build();
}
