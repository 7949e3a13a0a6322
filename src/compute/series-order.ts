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
  // Entities in the order of their ids (interned codes follow first appearance); metrics in catalogue order.
  const names = table.entityNames;
  const entityRank = new Int32Array(names.length);
  [...names.keys()]
    .sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1))
    .forEach((code, rank) => {
      entityRank[code] = rank;
    });
  const passes: [ArrayLike<number>, number, number, Int32Array | null][] = [
    [table.year, minYear, maxYear - minYear + 1, null],
    [table.applicant, -1, 8, null],
    [table.metric, 0, maxMetric + 1, null],
    [table.entity, 0, names.length, entityRank],
  ];
  for (const [key, offset, range, remap] of passes) {
    countingSort(order, scratch, key, remap, offset, range);
    [order, scratch] = [scratch, order];
  }
  return order;
}

/** Stable counting sort of `from` (row indexes) by `remap[key[row]] - offset` (or `key[row] - offset`) into `to`. */
function countingSort(
  from: Int32Array,
  to: Int32Array,
  key: ArrayLike<number>,
  remap: Int32Array | null,
  offset: number,
  range: number,
): void {
  const slotOf = (row: number) => (remap === null ? (key[row] as number) : (remap[key[row] as number] as number)) - offset;
  const counts = new Int32Array(range + 1);
  for (let i = 0; i < from.length; i++) {
    const slot = slotOf(from[i] as number) + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let k = 1; k <= range; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
  for (let i = 0; i < from.length; i++) {
    const row = from[i] as number;
    const slot = slotOf(row);
    to[counts[slot] as number] = row;
    counts[slot] = (counts[slot] as number) + 1;
  }
}

/** True when rows a and b belong to the same (entity, metric, applicant) series. */
export function sameSeries(table: ObservationTable, a: number, b: number): boolean {
  return table.entity[a] === table.entity[b] && table.metric[a] === table.metric[b] && table.applicant[a] === table.applicant[b];
}
