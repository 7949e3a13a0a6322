/**
 * O(1) look-up of a row by (entity, year, metric, applicant). ObservationTable.find is linear; audits
 * and breakdowns look up thousands of cells, so they build this index once.
 */
import { metricCode } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { APPLICANT_CODES, type Applicant } from "../types.js";
import { hashKey, KeyTable } from "./key-table.js";

/** Indexes already built, by table: breakdowns and audits of one table share one index. */
const built = new WeakMap<ObservationTable, ValueIndex>();

export class ValueIndex {
  /**
   * The index of a table, built on first use (tables are not changed once built) and kept for the
   * table unless `keep` is false.
   */
  static of(table: ObservationTable, options: { keep?: boolean } = {}): ValueIndex {
    let index = built.get(table);
    if (index === undefined) {
      index = new ValueIndex(table, RowTable.build(table));
      // keep: false for a one-off use (deriving subtotals), so the index is freed with its caller's
      // frame instead of living as long as the table: 6.4 bytes a row.
      if (options.keep !== false) built.set(table, index);
    }
    return index;
  }

  private readonly entityCodes = new Map<string, number>();

  private constructor(
    readonly table: ObservationTable,
    private readonly rows: RowTable,
  ) {
    table.entityNames.forEach((name, code) => {
      this.entityCodes.set(name, code);
    });
  }

  /** The row of a cell given as table codes (entity code, catalogue metric code, applicant index or −1), or −1. */
  rowOf(entity: number, year: number, metric: number, applicant: number): number {
    return this.rows.find(entity, year, metric, applicant);
  }

  /** The entity code of an id in the indexed table, or −1. */
  entityCode(entity: string): number {
    return this.entityCodes.get(entity) ?? -1;
  }

  /** The row of a cell, or −1 when the table has no such row. */
  row(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const e = this.entityCodes.get(entity);
    const m = metricCode(metric);
    if (e === undefined || m < 0) return -1;
    const a = applicant === null ? -1 : APPLICANT_CODES.indexOf(applicant);
    return this.rows.find(e, year, m, a);
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

/** One integer per (entity code, year): years 0–8191. */
export function reportKey(entity: number, year: number): number {
  return entity * 8192 + (year & 8191);
}

/**
 * Which (year, metric, applicant) combinations the table has at all. Most look-ups of an audit are for
 * cells a report does not state (fax requests in a corpus without them, 2019+ metrics in a 2010
 * report); in the hash table a miss probes until an empty slot and reads the key columns of every row
 * it passes, while this answers it from a few kilobytes. One bit a combination (a byte, for
 * simplicity): catalogue metrics × 8 applicant columns × the table's years (a single year band when the
 * years span more than MAX_YEAR_BANDS).
 */
interface CellKinds {
  minYear: number;
  /** Year bands: 1 (years not told apart) or maxYear − minYear + 1. */
  years: number;
  /** Metric codes per band (the largest code in the table + 1). */
  metrics: number;
  present: Uint8Array;
}

const MAX_YEAR_BANDS = 64;

function cellKinds(table: ObservationTable): CellKinds {
  let minYear = 0x7fffffff;
  let maxYear = -0x7fffffff;
  let metrics = 0;
  for (let i = 0; i < table.length; i++) {
    const y = table.year[i] as number;
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
    const m = table.metric[i] as number;
    if (m >= metrics) metrics = m + 1;
  }
  const years = table.length > 0 && maxYear - minYear < MAX_YEAR_BANDS ? maxYear - minYear + 1 : 1;
  const kinds = { minYear: table.length > 0 ? minYear : 0, years, metrics, present: new Uint8Array(years * metrics * 8) };
  for (let i = 0; i < table.length; i++) {
    const m = table.metric[i] as number;
    if (m < 0) continue;
    kinds.present[kindSlot(kinds, table.year[i] as number, m, table.applicant[i] as number)] = 1;
  }
  return kinds;
}

/** The byte of a combination in `present`, or −1 when it is out of the table's range (so absent). */
function kindSlot(k: CellKinds, year: number, metric: number, applicant: number): number {
  if (metric < 0 || metric >= k.metrics || applicant < -1 || applicant > 6) return -1;
  const band = k.years === 1 ? 0 : year - k.minYear;
  if (band < 0 || band >= k.years) return -1;
  return (band * k.metrics + metric) * 8 + applicant + 1;
}

/** Slots per row of a RowTable: a load of 0.625 keeps probes short and the index at 6.4 bytes a row. */
const SLOTS_PER_ROW = 1.6;

/**
 * Cell keys → rows of a table, holding only row numbers; sized once for the table. Typed open
 * addressing: a slot holds a row and a fingerprint of its key, and a probe whose fingerprint agrees
 * compares the cell key of that row (read from the columns) with the one sought. The slot count need
 * not be a power of two (a hash is mapped onto it by a multiply), so the index grows with the table,
 * not in doublings: at 50M rows, 320 MB, not 537 MB.
 */
class RowTable {
  private readonly size: number;
  /** Bits of a slot that hold the row; the bits above them (below the sign) hold a fingerprint. */
  private readonly rowBits: number;
  private readonly rowMask: number;
  private readonly fingerprintMask: number;

  /** Slots filled by build for this table. */
  constructor(
    private readonly table: ObservationTable,
    private readonly slots: Int32Array,
    private readonly kinds: CellKinds,
  ) {
    this.size = slots.length;
    // Rows take as many bits as the table's length needs; the other 31 − rowBits hold the low bits of
    // the key's hash. A probe passing another key's slot then reads its row's key columns (four random
    // reads, cache misses on a large table) only when the fingerprints agree: building the index of 1M
    // rows went from 0.42–0.44 s to 0.18–0.29 s, of 5M from 2.4 s to 1.1 s, with no byte more. Empty
    // is −1 (the sign bit).
    this.rowBits = Math.max(1, Math.ceil(Math.log2(table.length + 1)));
    this.rowMask = this.rowBits >= 31 ? 0x7fffffff : (1 << this.rowBits) - 1;
    this.fingerprintMask = this.rowBits >= 31 ? 0 : (1 << (31 - this.rowBits)) - 1;
  }

  static build(table: ObservationTable): RowTable {
    const cap = Math.max(16, Math.ceil(table.length * SLOTS_PER_ROW));
    const slots = new Int32Array(cap);
    const rows = new RowTable(table, slots.fill(-1), cellKinds(table));
    for (let i = 0; i < table.length; i++) rows.set(rows.keyOf(i), i);
    return rows;
  }

  private keyOf(row: number): number {
    const t = this.table;
    return cellKey(t.entity[row] as number, t.year[row] as number, t.metric[row] as number, t.applicant[row] as number);
  }

  /** Sets key → row (a later row of the same key wins, as Map.set does). */
  private set(key: number, row: number): void {
    const h = hashKey(key);
    const fingerprint = h & this.fingerprintMask;
    const entry = ((fingerprint << this.rowBits) | row) >>> 0;
    let slot = this.home(h);
    for (;;) {
      const v = this.slots[slot] as number;
      if (v < 0 || (v >>> this.rowBits === fingerprint && this.keyOf(v & this.rowMask) === key)) {
        this.slots[slot] = entry;
        return;
      }
      slot = slot + 1 === this.size ? 0 : slot + 1;
    }
  }

  /** The row of a cell, or −1; a combination the table never has is answered without probing. */
  find(entity: number, year: number, metric: number, applicant: number): number {
    const k = kindSlot(this.kinds, year, metric, applicant);
    if (k < 0 || this.kinds.present[k] === 0) return -1;
    return this.get(cellKey(entity, year, metric, applicant));
  }

  /** The row of key, or −1. */
  private get(key: number): number {
    const h = hashKey(key);
    const fingerprint = h & this.fingerprintMask;
    let slot = this.home(h);
    for (;;) {
      const v = this.slots[slot] as number;
      if (v < 0) return -1;
      if (v >>> this.rowBits === fingerprint) {
        const row = v & this.rowMask;
        if (this.keyOf(row) === key) return row;
      }
      slot = slot + 1 === this.size ? 0 : slot + 1;
    }
  }

  /**
   * The first slot to probe: the key's 32-bit hash scaled onto the slot count, in [0, size) (its high
   * bits decide; the fingerprint is its low bits). Above 2^21 slots the product can round, but never up
   * to size × 2^32 (it is at least size below it, more than an ulp), and set and get compute the same
   * slot.
   */
  private home(hash: number): number {
    return Math.floor((hash * this.size) / 4294967296);
  }
}
