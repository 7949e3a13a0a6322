/**
 * Adds the subtotals no report prints (derived_only metrics: result_denied, result_unavailable,
 * result_not_processed) as derived rows, each the sum of its sub-rows, per applicant column. A subtotal
 * is added only when every sub-row is stated; with any unknown sub-row it stays unknown (absent).
 * Returns a new table; the input is not changed.
 */
import { findMetric, metricCode } from "../catalogue/catalogue.js";
import { GROUPS } from "../catalogue/groups.js";
import { type ObservationTable, ObservationTableBuilder } from "../core/observation-table.js";
import { ValueIndex } from "./value-index.js";

const DERIVED_GROUPS = GROUPS.filter((g) => findMetric(g.whole)?.derived_only === true);

export function deriveSubtotals(table: ObservationTable): ObservationTable {
  const index = new ValueIndex(table);
  const partCodes = new Set(DERIVED_GROUPS.flatMap((g) => g.parts.map(metricCode)));
  // The (entity, year, applicant) cells where any sub-row exists.
  const cells = new Map<string, [number, number, number]>();
  for (let i = 0; i < table.length; i++) {
    if (!partCodes.has(table.metric[i] as number)) continue;
    const key = `${table.entity[i]}:${table.year[i]}:${table.applicant[i]}`;
    if (!cells.has(key)) cells.set(key, [i, table.year[i] as number, table.applicant[i] as number]);
  }
  // Nothing to derive (no sub-rows at all): the table as it is, without copying millions of rows.
  if (cells.size === 0) return table;
  const builder = new ObservationTableBuilder(table.length + cells.size * DERIVED_GROUPS.length);
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
