/**
 * Adds the subtotals no report prints (derived_only metrics: result_denied, result_unavailable,
 * result_not_processed) as derived rows, each the sum of its sub-rows, per applicant column. A subtotal
 * is added only when every sub-row is stated; with any unknown sub-row it stays unknown (absent).
 * Returns a new table; the input is not changed.
 */
import { findMetric, metricCode } from "../catalogue/catalogue.js";
import { GROUPS } from "../catalogue/groups.js";
import { METRICS } from "../catalogue/metrics.js";
import { madePerTable } from "../core/made-per-table.js";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import { KeyTable } from "./key-table.js";
import { reportKey, ValueIndex } from "./value-index.js";

const DERIVED_GROUPS = GROUPS.filter((g) => findMetric(g.whole)?.derived_only === true);

/** Results already derived, by input table: a breakdown and an audit of one table derive once. */
const derived = madePerTable(derive);

/** `shared` builds the derived table's columns on SharedArrayBuffers, for threads to adopt (adoptDerived). */
export function deriveSubtotals(table: ObservationTable, options: { shared?: boolean } = {}): ObservationTable {
  return derived.of(table, options);
}

/** Takes `full`, derived from `table` by another thread, as table's derived table. */
export function adoptDerived(table: ObservationTable, full: ObservationTable): void {
  derived.adopt(table, full);
}

function derive(table: ObservationTable, shared: boolean): ObservationTable {
  const isPart = new Uint8Array(METRICS.length);
  for (const g of DERIVED_GROUPS) for (const p of g.parts) isPart[metricCode(p)] = 1;
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
  const builder = new ObservationTableBuilder(table.length + firstRows.length * DERIVED_GROUPS.length, { shared });
  builder.append(table);
  for (const row of firstRows) {
    const e = table.entity[row] as number;
    const year = table.year[row] as number;
    const a = table.applicant[row] as number;
    for (const g of DERIVED) {
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
      if (first < 0) continue;
      builder.push({
        entity: table.entityAt(row),
        year,
        metric: g.whole,
        applicant: a,
        value: sum,
        printedShare: Number.NaN,
        printedChange: Number.NaN,
        printedChangePct: Number.NaN,
        basis: "derived",
        source: g.source,
        file: table.fileAt(first),
        line: table.line[first] as number,
      });
    }
  }
  return builder.build();
}

/** The derived groups as metric codes, with the source text of their rows. */
const DERIVED = DERIVED_GROUPS.map((g) => ({
  whole: metricCode(g.whole),
  parts: g.parts.map((p) => metricCode(p)),
  source: `sum of ${g.parts.length} sub-rows of ${g.whole}`,
}));

/** One integer per (entity code, year, applicant index or −1). */
function cellKey(entity: number, year: number, applicant: number): number {
  return reportKey(entity, year) * 8 + applicant + 1;
}
