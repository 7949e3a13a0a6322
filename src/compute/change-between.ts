/**
 * The change of every (entity, metric, applicant) series between two chosen years, e.g. 2016 → 2017 or
 * 2019 → 2024. One entry per series that has a row in either year. Same arithmetic and nulls as yoy;
 * every figure of `to` whose `from` figure is missing, unstated or 0 gets a warning.
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { ChangeTable } from "./change-table.js";
import { WarningLog, type WarnSink } from "./compute-warning.js";
import { deriveSubtotals } from "./derive-subtotals.js";
import { PairContext } from "./pair-context.js";
import { rowFilter, type SeriesFilter } from "./series-filter.js";
import { sameSeries, seriesOrder } from "./series-order.js";

export interface ChangeBetweenOptions extends SeriesFilter {
  warn?: WarnSink;
}

export function changeBetween(input: ObservationTable, from: number, to: number, options: ChangeBetweenOptions = {}): ChangeTable {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from >= to) {
    throw new RangeError(`changeBetween needs two years with from < to, got ${from} and ${to}`);
  }
  // The same figures every command sees: printed ones and the subtotals derived from them.
  const table = deriveSubtotals(input);
  const log = new WarningLog(options.warn);
  const keep = rowFilter(table, options);
  const order = seriesOrder(table);
  const ctx = new PairContext(table, log, 64);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && sameSeries(table, order[start] as number, order[end] as number)) end++;
    if (keep(order[start] as number)) {
      let fromRow = -1;
      let toRow = -1;
      for (let k = start; k < end; k++) {
        const row = order[k] as number;
        if (table.year[row] === from) fromRow = row;
        else if (table.year[row] === to) toRow = row;
      }
      if (fromRow >= 0 || toRow >= 0) ctx.add(fromRow, toRow, from, to, true);
    }
    start = end;
  }
  return ctx.out.build(log.warnings);
}
