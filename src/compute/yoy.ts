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
import { deriveSubtotals } from "./derive-subtotals.js";
import { PairContext } from "./pair-context.js";
import { rowFilter, type SeriesFilter } from "./series-filter.js";
import { sameSeries, seriesOrder } from "./series-order.js";

export interface YoyOptions extends SeriesFilter {
  /** Receives each warning as it is found (they are also returned in `result.warnings`). */
  warn?: WarnSink;
}

export function yoy(input: ObservationTable, options: YoyOptions = {}): ChangeTable {
  // The same figures every command sees: printed ones and the subtotals derived from them.
  const table = deriveSubtotals(input);
  const log = new WarningLog(options.warn);
  const ctx = new PairContext(table, log, table.length);
  const walk = new YoyWalk(table, options);
  walk.pairs(ctx, 0, walk.length);
  return ctx.out.build(log.warnings);
}

/**
 * The walk yoy makes over a table: its rows in series order, each paired with the row before when that
 * is the same series' year − 1. Positions [from, to) of the walk can be paired separately, so a long
 * table is paired (and written) a piece at a time with the same result.
 */
export class YoyWalk {
  private readonly keep: (row: number) => boolean;
  private readonly order: Int32Array;
  private readonly firstYear: Int32Array;

  /** `order`: the table's seriesOrder when already made (by another thread, say). */
  constructor(
    private readonly table: ObservationTable,
    filter: SeriesFilter = {},
    order?: Int32Array,
  ) {
    this.keep = rowFilter(table, filter);
    this.order = order ?? seriesOrder(table);
    this.firstYear = firstYearByEntity(table);
  }

  get length(): number {
    return this.order.length;
  }

  /** Adds the pairs of walk positions [from, to) to ctx: at most one per position. */
  pairs(ctx: PairContext, from: number, to: number): void {
    const { table, order, firstYear } = this;
    for (let k = from; k < to; k++) {
      const row = order[k] as number;
      if (!this.keep(row)) continue;
      const year = table.year[row] as number;
      const prev = k > 0 ? (order[k - 1] as number) : -1;
      const priorRow = prev >= 0 && sameSeries(table, prev, row) && table.year[prev] === year - 1 ? prev : -1;
      ctx.add(priorRow, row, year - 1, year, year > (firstYear[table.entity[row] as number] as number));
    }
  }
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
