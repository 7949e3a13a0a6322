/**
 * The reports of a table — its distinct (entity, year) pairs — in reading order: entity ids as
 * String.prototype.localeCompare orders them, then year ascending. Found with one pass over the
 * integer columns (a year bit set per entity), so a corpus of millions of rows costs no string
 * comparisons per row and no object per report.
 */
import type { ObservationTable } from "../core/observation-table.js";

export interface ReportList {
  length: number;
  /** Entity codes of the table, in reading order. */
  entity: Int32Array;
  year: Int32Array;
}

/** Year bit sets larger than this (entities × years / 32 words) take the general path. */
const MAX_WORDS = 1 << 24;

export function reportOrder(table: ObservationTable): ReportList {
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
  const ranked = entitiesInOrder(names);
  const words = ((maxYear - minYear) >> 5) + 1;
  if (ranked === null || names.length * words > MAX_WORDS) return reportOrderByStrings(table);
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
  const entity = new Int32Array(count);
  const year = new Int32Array(count);
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

/**
 * Entity codes ordered by localeCompare of their ids, or null when two different ids compare equal
 * (then only the general path reproduces localeCompare's order exactly).
 */
function entitiesInOrder(names: readonly string[]): number[] | null {
  // localeCompare without arguments is a default Intl.Collator's compare.
  const compare = new Intl.Collator().compare;
  const codes = [...names.keys()].sort((a, b) => compare(names[a] as string, names[b] as string));
  for (let k = 1; k < codes.length; k++) {
    if (compare(names[codes[k - 1] as number] as string, names[codes[k] as number] as string) === 0) return null;
  }
  return codes;
}

/** The general path: a map of report keys, sorted with localeCompare then year. */
function reportOrderByStrings(table: ObservationTable): ReportList {
  const seen = new Map<string, [number, number]>();
  for (let i = 0; i < table.length; i++) {
    const e = table.entity[i] as number;
    const y = table.year[i] as number;
    const key = `${e}:${y}`;
    if (!seen.has(key)) seen.set(key, [e, y]);
  }
  const names = table.entityNames;
  const sorted = [...seen.values()].sort((a, b) => (names[a[0]] as string).localeCompare(names[b[0]] as string) || a[1] - b[1]);
  return {
    length: sorted.length,
    entity: Int32Array.from(sorted, (r) => r[0]),
    year: Int32Array.from(sorted, (r) => r[1]),
  };
}
