/**
 * The order in which series are read: rows grouped by (entity, metric, applicant), each group ascending
 * by year. Built with stable counting sorts over the typed columns (least significant key first), so a
 * table of 10^7 rows is ordered in a few linear passes with no per-row objects and no comparator calls.
 */
import type { ObservationTable } from "../core/observation-table.js";
import { numberArray, onSharedMemory } from "../core/shared-memory.js";

/**
 * Row indexes of `table` in series order: entity, then metric, then applicant (总计 first), then year.
 * `shared` returns them on a SharedArrayBuffer, for threads that walk parts of one order.
 */
export function seriesOrder(table: ObservationTable, options: { shared?: boolean } = {}): Int32Array {
  const n = table.length;
  let order: Int32Array = numberArray(Int32Array, n, options.shared === true);
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
  // Only the result needs to be shared: with an even number of passes (there are) it is `order`.
  let scratch: Int32Array = new Int32Array(n);
  // Entities in the order of their ids (interned codes follow first appearance); metrics in catalogue order.
  const names = table.entityNames;
  const entityRank = new Int32Array(names.length);
  [...names.keys()]
    .sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1))
    .forEach((code, rank) => {
      entityRank[code] = rank;
    });
  const years = maxYear - minYear + 1;
  // Metric, applicant and year as one key when its range is small (it is for any real catalogue): two
  // passes instead of four. Applicant codes run from −1 (总计) to 6.
  const combined = (maxMetric + 1) * 8 * years;
  const passes: [SlotOf, number][] =
    combined <= 1 << 22
      ? [
          [
            (row) =>
              ((table.metric[row] as number) * 8 + (table.applicant[row] as number) + 1) * years + (table.year[row] as number) - minYear,
            combined,
          ],
          [(row) => entityRank[table.entity[row] as number] as number, names.length],
        ]
      : [
          [(row) => (table.year[row] as number) - minYear, years],
          [(row) => (table.applicant[row] as number) + 1, 8],
          [(row) => table.metric[row] as number, maxMetric + 1],
          [(row) => entityRank[table.entity[row] as number] as number, names.length],
        ];
  for (const [slotOf, range] of passes) {
    countingSort(order, scratch, slotOf, range);
    [order, scratch] = [scratch, order];
  }
  return options.shared === true ? onSharedMemory(order) : order;
}

/** A row's slot in a counting sort, 0 to range − 1. */
type SlotOf = (row: number) => number;

/** Stable counting sort of `from` (row indexes) by `slotOf(row)` into `to`. */
function countingSort(from: Int32Array, to: Int32Array, slotOf: SlotOf, range: number): void {
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
