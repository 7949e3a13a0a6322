/**
 * The order in which series are read: rows grouped by (entity, metric, applicant), each group ascending
 * by year. Built with stable counting sorts over the typed columns (least significant key first), so a
 * table of 10^7 rows is ordered in a few linear passes with no per-row objects and no comparator calls.
 */
import type { ObservationTable } from "../core/observation-table.js";

/** Row indexes of `table` in series order: entity, then metric, then applicant (总计 first), then year. */
export function seriesOrder(table: ObservationTable): Int32Array {
  const n = table.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  let maxMetric = 0;
  for (let i = 0; i < n; i++) {
    const y = table.year[i] as number;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
    const m = table.metric[i] as number;
    if (m > maxMetric) maxMetric = m;
  }
  let scratch = new Int32Array(n);
  const passes: [ArrayLike<number>, number, number][] = [
    [table.year, minYear, maxYear - minYear + 1],
    [table.applicant, -1, 8],
    [table.metric, 0, maxMetric + 1],
    [table.entity, 0, table.entityNames.length],
  ];
  for (const [key, offset, range] of passes) {
    countingSort(order, scratch, key, offset, range);
    [order, scratch] = [scratch, order];
  }
  return order;
}

/** Stable counting sort of `from` (row indexes) by `key[row] - offset` into `to`. */
function countingSort(from: Int32Array, to: Int32Array, key: ArrayLike<number>, offset: number, range: number): void {
  const counts = new Int32Array(range + 1);
  for (let i = 0; i < from.length; i++) {
    const slot = (key[from[i] as number] as number) - offset + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let k = 1; k <= range; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
  for (let i = 0; i < from.length; i++) {
    const row = from[i] as number;
    const slot = (key[row] as number) - offset;
    to[counts[slot] as number] = row;
    counts[slot] = (counts[slot] as number) + 1;
  }
}

/** True when rows a and b belong to the same (entity, metric, applicant) series. */
export function sameSeries(table: ObservationTable, a: number, b: number): boolean {
  return table.entity[a] === table.entity[b] && table.metric[a] === table.metric[b] && table.applicant[a] === table.applicant[b];
}
