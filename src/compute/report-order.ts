/**
 * The reports of a table — its distinct (entity, year) pairs — in reading order: entity ids as
 * String.prototype.localeCompare orders them (two different ids it finds equal, such as "é" written as
 * one code point and as two, by their code units), then year ascending. Found with one pass over the
 * integer columns (a year bit set per entity), so a corpus of millions of rows costs no string
 * comparisons per row and no object per report.
 *
 * Made once per table and kept with it (tables do not change): shares, the audit and breakdowns all
 * read reports in this order, and ranking the ids through ICU's collation is the costly part (20 ms and
 * more for a thousand ids in a fresh thread). An export's threads take the one their lead made
 * (adoptReportOrder), on shared memory.
 */
import { madePerTable } from "../core/made-per-table.js";
import type { ObservationTable } from "../core/observation-table.js";
import { numberArray } from "../core/shared-memory.js";

export interface ReportList {
  length: number;
  /** Entity codes of the table, in reading order. */
  entity: Int32Array;
  year: Int32Array;
}

const orders = madePerTable(order);

/** `shared` puts the lists on SharedArrayBuffers, for threads to adopt (adoptReportOrder). */
export function reportOrder(table: ObservationTable, options: { shared?: boolean } = {}): ReportList {
  return orders.of(table, options);
}

/** Takes `list`, made from `table` by another thread, as table's report order. */
export function adoptReportOrder(table: ObservationTable, list: ReportList): void {
  orders.adopt(table, list);
}

/** Year bit sets larger than this (entities × years / 32 words) take the general path. */
const MAX_WORDS = 1 << 24;

function order(table: ObservationTable, shared: boolean): ReportList {
  const n = table.length;
  const names = table.entityNames;
  if (n === 0) return { length: 0, entity: new Int32Array(0), year: new Int32Array(0) };
  let minYear = 0x7fffffff;
  let maxYear = -0x7fffffff;
  for (let i = 0; i < n; i++) {
    const y = table.year[i] as number;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
  }
  const words = ((maxYear - minYear) >> 5) + 1;
  if (names.length * words > MAX_WORDS) return reportOrderByStrings(table, shared);
  const ranked = entitiesInOrder(names);
  const bits = new Uint32Array(names.length * words);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const y = (table.year[i] as number) - minYear;
    const w = (table.entity[i] as number) * words + (y >> 5);
    const bit = 1 << (y & 31);
    const before = bits[w] as number;
    if ((before & bit) === 0) {
      bits[w] = before | bit;
      count++;
    }
  }
  const entity = numberArray(Int32Array, count, shared);
  const year = numberArray(Int32Array, count, shared);
  let k = 0;
  for (const e of ranked) {
    for (let w = 0; w < words; w++) {
      let b = bits[e * words + w] as number;
      while (b !== 0) {
        const low = b & -b;
        entity[k] = e;
        year[k] = minYear + w * 32 + (31 - Math.clz32(low));
        k++;
        b ^= low;
      }
    }
  }
  return { length: count, entity, year };
}

/**
 * Makes this thread's first Intl.Collator, which costs 8–14 ms here (ICU loads its collation data)
 * where every later one costs microseconds: an export's threads call it while they wait for the table,
 * rather than in the middle of their first report order.
 */
export function prepareCollation(): void {
  new Intl.Collator().compare("a", "b");
}

/** Entity codes in the reading order of their ids. */
function entitiesInOrder(names: readonly string[]): number[] {
  const compare = readingOrder();
  return [...names.keys()].sort((a, b) => compare(names[a] as string, names[b] as string));
}

/**
 * localeCompare (a default Intl.Collator's compare, the same order), with the ids it finds equal told
 * apart by their code units: every id then has a place of its own, so a report's findings never mix
 * with another's, however the reports are grouped.
 */
export function readingOrder(): (a: string, b: string) => number {
  const compare = new Intl.Collator().compare;
  return (a, b) => compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The general path, for year bit sets too large: a map of report keys, sorted by id then year. */
function reportOrderByStrings(table: ObservationTable, shared: boolean): ReportList {
  const seen = new Map<string, [number, number]>();
  for (let i = 0; i < table.length; i++) {
    const e = table.entity[i] as number;
    const y = table.year[i] as number;
    const key = `${e}:${y}`;
    if (!seen.has(key)) seen.set(key, [e, y]);
  }
  const names = table.entityNames;
  const compare = readingOrder();
  const sorted = [...seen.values()].sort((a, b) => compare(names[a[0]] as string, names[b[0]] as string) || a[1] - b[1]);
  const entity = numberArray(Int32Array, sorted.length, shared);
  const year = numberArray(Int32Array, sorted.length, shared);
  sorted.forEach(([e, y], k) => {
    entity[k] = e;
    year[k] = y;
  });
  return { length: sorted.length, entity, year };
}
