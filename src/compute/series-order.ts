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
  if (n < 2) {
    if (n === 1) order[0] = 0;
    return order;
  }
  const { minYear, maxYear, maxMetric } = keyRanges(table);
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
  if (combined <= 1 << 22) {
    sortByCellThenEntity(table, scratch, order, entityRank, minYear, years, combined);
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  const passes: [SlotOf, number][] = [
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

/** The years' and metric codes' range over the rows (n ≥ 1). */
function keyRanges(table: ObservationTable): { minYear: number; maxYear: number; maxMetric: number } {
  const { year, metric, length: n } = table;
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  let maxMetric = 0;
  for (let i = 0; i < n; i++) {
    const y = year[i] as number;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
    const m = metric[i] as number;
    if (m > maxMetric) maxMetric = m;
  }
  return { minYear, maxYear, maxMetric };
}

/**
 * The usual case's two passes, written out: rows by (metric, applicant, year) into `scratch`, then
 * stably by entity rank into `order`. The general countingSort calls a key function per row and pass,
 * which costs little once V8 has optimised it but most of the 0.05 s a 200,000-row order took in a
 * fresh thread, where every export's threads wait for it.
 *
 * Each loop is a function of its own. The order is made once, in a thread whose code is cold: V8
 * optimises a loop while it runs, and with the loops of one function it compiled the whole function
 * each time, then threw it away at the code after the loop, which had not run yet (`--trace-deopt`).
 */
function sortByCellThenEntity(
  table: ObservationTable,
  scratch: Int32Array,
  order: Int32Array,
  entityRank: Int32Array,
  minYear: number,
  years: number,
  cells: number,
): void {
  const byCell = new Int32Array(cells + 1);
  countCells(table, byCell, minYear, years);
  runningSums(byCell);
  placeByCell(table, byCell, scratch, minYear, years);
  const byEntity = new Int32Array(entityRank.length + 1);
  countEntities(table.entity, scratch, entityRank, byEntity);
  runningSums(byEntity);
  placeByEntity(table.entity, scratch, entityRank, byEntity, order);
}

/** counts[slot + 1] += 1 for each row's (metric, applicant, year) slot. */
function countCells(table: ObservationTable, counts: Int32Array, minYear: number, years: number): void {
  const { metric, applicant, year, length: n } = table;
  for (let row = 0; row < n; row++) {
    const slot = ((metric[row] as number) * 8 + (applicant[row] as number) + 1) * years + (year[row] as number) - minYear + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
}

/** Counts into start positions, in place. */
function runningSums(counts: Int32Array): void {
  for (let k = 1; k < counts.length; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
}

function placeByCell(table: ObservationTable, next: Int32Array, into: Int32Array, minYear: number, years: number): void {
  const { metric, applicant, year, length: n } = table;
  for (let row = 0; row < n; row++) {
    const slot = ((metric[row] as number) * 8 + (applicant[row] as number) + 1) * years + (year[row] as number) - minYear;
    into[next[slot] as number] = row;
    next[slot] = (next[slot] as number) + 1;
  }
}

function countEntities(entity: Int32Array, rows: Int32Array, entityRank: Int32Array, counts: Int32Array): void {
  for (let i = 0; i < rows.length; i++) {
    const slot = (entityRank[entity[rows[i] as number] as number] as number) + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
}

function placeByEntity(entity: Int32Array, rows: Int32Array, entityRank: Int32Array, next: Int32Array, into: Int32Array): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const slot = entityRank[entity[row] as number] as number;
    into[next[slot] as number] = row;
    next[slot] = (next[slot] as number) + 1;
  }
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
  runningSums(counts);
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
