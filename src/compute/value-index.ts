/**
 * O(1) look-up of a row by (entity, year, metric, applicant). ObservationTable.find is linear; audits
 * and breakdowns look up thousands of cells, so they build this index once.
 */
import { metricCode } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { APPLICANTS, type Applicant } from "../types.js";

export class ValueIndex {
  private readonly rows: KeyTable;
  private readonly entityCodes = new Map<string, number>();

  constructor(readonly table: ObservationTable) {
    table.entityNames.forEach((name, code) => {
      this.entityCodes.set(name, code);
    });
    // Typed open addressing rather than a Map: cell keys exceed small-integer range, and a Map of heap
    // numbers costs a second per few hundred thousand rows.
    this.rows = new KeyTable(table.length);
    for (let i = 0; i < table.length; i++) {
      this.rows.set(
        cellKey(table.entity[i] as number, table.year[i] as number, table.metric[i] as number, table.applicant[i] as number),
        i,
      );
    }
  }

  /** The row of a cell, or −1 when the table has no such row. */
  row(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const e = this.entityCodes.get(entity);
    const m = metricCode(metric);
    if (e === undefined || m < 0) return -1;
    const a = applicant === null ? -1 : APPLICANTS.indexOf(applicant);
    return this.rows.get(cellKey(e, year, m, a));
  }

  /** The value of a cell; NaN when the row is absent or its value is not stated. */
  value(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const i = this.row(entity, year, metric, applicant);
    return i < 0 ? Number.NaN : (this.table.value[i] as number);
  }

  /** True when the entity has any row for the year (its report for that year was read). */
  hasYear(entity: string, year: number): boolean {
    const e = this.entityCodes.get(entity);
    return e !== undefined && this.entityYears().get(reportKey(e, year)) >= 0;
  }

  private years: KeyTable | null = null;

  private entityYears(): KeyTable {
    if (this.years === null) {
      const t = this.table;
      const s = new KeyTable(Math.min(t.length, 1 << 16));
      for (let i = 0; i < t.length; i++) s.set(reportKey(t.entity[i] as number, t.year[i] as number), 1);
      this.years = s;
    }
    return this.years;
  }
}

/** A collision-free numeric key: years 1900–5995, up to 8 applicant slots, any metric and entity code. */
function cellKey(entity: number, year: number, metric: number, applicant: number): number {
  return ((entity * 4096 + metric) * 8 + (applicant + 1)) * 4096 + (year - 1900);
}

function reportKey(entity: number, year: number): number {
  return entity * 8192 + (year & 8191);
}

/** An unused slot; keys are integers well inside ±2^53 (a year before 1900 makes a cell key negative). */
const EMPTY = Number.MIN_SAFE_INTEGER;

/** Integer keys → non-negative int32 values, in typed arrays; grows by doubling. */
class KeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(EMPTY);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Sets key → value (a later set of the same key wins, as Map.set does). */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = hashKey(key) & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === EMPTY) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.size++;
        return;
      }
      if (k === key) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The value of key, or −1. */
  get(key: number): number {
    let slot = hashKey(key) & this.mask;
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === key) return this.values[slot] as number;
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if ((keys[i] as number) !== EMPTY) this.set(keys[i] as number, values[i] as number);
  }
}

/** Mixes both 32-bit halves of an integer key. */
function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
