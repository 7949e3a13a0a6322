/**
 * Year over year: for every (entity, metric, applicant) series ordered by year, each year's figure
 * against the year before (year − 1, not merely the previous row: a gap year gives null growth).
 *
 * change = value − prior; change_pct = (value − prior) / prior × 100, in percent. Both null when either
 * figure is unknown; change_pct also null when prior is 0, never Infinity or NaN. A warning names each
 * missing or zero prior figure when the entity has data for an earlier year (a series that simply
 * starts with the entity's first report warns nothing).
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { ChangeTable } from "./change-table.js";
import { WarningLog, type WarnSink } from "./compute-warning.js";
import { PairContext } from "./pair-context.js";
import { rowFilter, type SeriesFilter } from "./series-filter.js";
import { sameSeries, seriesOrder } from "./series-order.js";

export interface YoyOptions extends SeriesFilter {
  /** Receives each warning as it is found (they are also returned in `result.warnings`). */
  warn?: WarnSink;
}

export function yoy(table: ObservationTable, options: YoyOptions = {}): ChangeTable {
  const log = new WarningLog(options.warn);
  const ctx = new PairContext(table, log, table.length);
  const keep = rowFilter(table, options);
  const order = seriesOrder(table);
  const firstYear = firstYearByEntity(table);
  for (let k = 0; k < order.length; k++) {
    const row = order[k] as number;
    if (!keep(row)) continue;
    const year = table.year[row] as number;
    const prev = k > 0 ? (order[k - 1] as number) : -1;
    const priorRow = prev >= 0 && sameSeries(table, prev, row) && table.year[prev] === year - 1 ? prev : -1;
    ctx.add(priorRow, row, year - 1, year, year > (firstYear[table.entity[row] as number] as number));
  }
  return ctx.out.build(log.warnings);
}

/** Each entity's earliest year with any row. */
function firstYearByEntity(table: ObservationTable): Int32Array {
  const first = new Int32Array(table.entityNames.length).fill(0x7fffffff);
  for (let i = 0; i < table.length; i++) {
    const e = table.entity[i] as number;
    if ((table.year[i] as number) < (first[e] as number)) first[e] = table.year[i] as number;
  }
  return first;
}
