/**
 * The result of yoy and changeBetween as typed columns, one entry per series and year pair, in series
 * order. Percent values are in percent (2.98 means +2.98%), never fractions. NaN inside the columns,
 * null in rows().
 */
import type { ObservationTable } from "../core/observation-table.js";
import { entityScopes, scopeChangeBetween } from "../coverage/scope-by-year.js";
import type { Applicant, Basis, EntityId, MetricId, Year } from "../types.js";
import type { Comparability } from "./comparability.js";
import type { ComputeWarning } from "./compute-warning.js";

export const COMPARABILITY_CODES: readonly Comparability[] = ["comparable", "approximate", "not_comparable", "no_prior", "scope_changed"];

export interface ChangeRow {
  entity: EntityId;
  entity_name: string;
  metric: MetricId;
  applicant: Applicant | null;
  /** The earlier year of the pair. */
  from_year: Year;
  /** The later year of the pair (the year the change is reported for). */
  to_year: Year;
  /** The figure in from_year; null when absent or not stated. */
  from_value: number | null;
  /** The figure in to_year; null when absent or not stated. */
  to_value: number | null;
  /** to_value − from_value; null when either is unknown. */
  change: number | null;
  /**
   * (to_value − from_value) / from_value × 100, in percent; null when either is unknown, from_value is
   * not positive, or the metric is a signed "delta" (its change is all there is).
   */
  change_pct: number | null;
  /**
   * Whether the two years' figures mean the same thing (the 2019 and 2021 template changes); "no_prior"
   * when there is no from_value to compare with; "scope_changed" when the body's two reports count
   * different scopes (the change is computed, but is not a like-for-like growth).
   */
  comparability: Comparability;
  /** The scope of from_year's report when the body's scope changed between the two years (全区), else null. */
  scope_from: string | null;
  /** The scope of to_year's report when the body's scope changed between the two years (办公室), else null. */
  scope_to: string | null;
  /** Whether from_value was printed or derived (null when absent). */
  from_basis: Basis | null;
  /** Whether to_value was printed or derived (null when absent). */
  to_basis: Basis | null;
  /** How the derived figure(s) of the pair were made (the rows' sources); null when both were printed. */
  derivation: string | null;
}

export class ChangeTable {
  constructor(
    readonly table: ObservationTable,
    readonly length: number,
    /** Row of the earlier figure in `table`, −1 when absent. */
    readonly fromRow: Int32Array,
    /** Row of the later figure in `table`, −1 when absent. */
    readonly toRow: Int32Array,
    readonly fromYear: Int32Array,
    readonly toYear: Int32Array,
    readonly fromValue: Float64Array,
    readonly toValue: Float64Array,
    readonly change: Float64Array,
    readonly changePct: Float64Array,
    /** Index into COMPARABILITY_CODES. */
    readonly comparability: Uint8Array,
    readonly warnings: readonly ComputeWarning[],
  ) {}

  /** Entry i as a plain object. */
  row(i: number): ChangeRow {
    const t = this.table;
    const to = this.toRow[i] as number;
    const from = this.fromRow[i] as number;
    const r = to >= 0 ? to : from;
    const entity = t.entityAt(r);
    const derived = [from, to].filter((x) => x >= 0 && t.basis[x] === 1);
    const scope = scopeChangeBetween(entityScopes(t, entity), this.fromYear[i] as number, this.toYear[i] as number);
    return {
      entity,
      entity_name: t.entityInfo.get(entity)?.name_zh ?? entity,
      metric: t.metricAt(r),
      applicant: t.applicantAt(r),
      from_year: this.fromYear[i] as number,
      to_year: this.toYear[i] as number,
      from_value: nullIfNaN(this.fromValue[i] as number),
      to_value: nullIfNaN(this.toValue[i] as number),
      change: nullIfNaN(this.change[i] as number),
      change_pct: nullIfNaN(this.changePct[i] as number),
      comparability: COMPARABILITY_CODES[this.comparability[i] as number] as Comparability,
      scope_from: scope?.from ?? null,
      scope_to: scope?.to ?? null,
      from_basis: from < 0 ? null : t.basisAt(from),
      to_basis: to < 0 ? null : t.basisAt(to),
      derivation: derivationText(t, derived),
    };
  }

  /** Every entry as a plain object: for small results (CLI output, tests). */
  rows(): ChangeRow[] {
    const out: ChangeRow[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.row(i);
    return out;
  }
}

/** Grows typed columns while pairs are appended, then freezes them into a ChangeTable. */
export class ChangeTableBuilder {
  length = 0;
  private fromRow: Int32Array;
  private toRow: Int32Array;
  private fromYear: Int32Array;
  private toYear: Int32Array;
  private fromValue: Float64Array;
  private toValue: Float64Array;
  private change: Float64Array;
  private changePct: Float64Array;
  private comparability: Uint8Array;
  private cap: number;

  constructor(
    private readonly table: ObservationTable,
    capacity: number,
  ) {
    const cap = Math.max(16, capacity);
    this.cap = cap;
    this.fromRow = new Int32Array(cap);
    this.toRow = new Int32Array(cap);
    this.fromYear = new Int32Array(cap);
    this.toYear = new Int32Array(cap);
    this.fromValue = new Float64Array(cap);
    this.toValue = new Float64Array(cap);
    this.change = new Float64Array(cap);
    this.changePct = new Float64Array(cap);
    this.comparability = new Uint8Array(cap);
  }

  push(fromRow: number, toRow: number, fromYear: number, toYear: number, change: number, changePct: number, comparability: number): void {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    const v = this.table.value;
    this.fromRow[i] = fromRow;
    this.toRow[i] = toRow;
    this.fromYear[i] = fromYear;
    this.toYear[i] = toYear;
    this.fromValue[i] = fromRow < 0 ? Number.NaN : (v[fromRow] as number);
    this.toValue[i] = toRow < 0 ? Number.NaN : (v[toRow] as number);
    this.change[i] = change;
    this.changePct[i] = changePct;
    this.comparability[i] = comparability;
  }

  build(warnings: readonly ComputeWarning[]): ChangeTable {
    const n = this.length;
    return new ChangeTable(
      this.table,
      n,
      this.fromRow.slice(0, n),
      this.toRow.slice(0, n),
      this.fromYear.slice(0, n),
      this.toYear.slice(0, n),
      this.fromValue.slice(0, n),
      this.toValue.slice(0, n),
      this.change.slice(0, n),
      this.changePct.slice(0, n),
      this.comparability.slice(0, n),
      warnings,
    );
  }

  /** The entries so far as a ChangeTable of views on the builder's arrays (no copy): valid until clear(). */
  view(warnings: readonly ComputeWarning[]): ChangeTable {
    const n = this.length;
    return new ChangeTable(
      this.table,
      n,
      this.fromRow.subarray(0, n),
      this.toRow.subarray(0, n),
      this.fromYear.subarray(0, n),
      this.toYear.subarray(0, n),
      this.fromValue.subarray(0, n),
      this.toValue.subarray(0, n),
      this.change.subarray(0, n),
      this.changePct.subarray(0, n),
      this.comparability.subarray(0, n),
      warnings,
    );
  }

  /** Starts over, keeping the arrays for the next entries. */
  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.fromRow = widen(this.fromRow);
    this.toRow = widen(this.toRow);
    this.fromYear = widen(this.fromYear);
    this.toYear = widen(this.toYear);
    this.fromValue = widen(this.fromValue);
    this.toValue = widen(this.toValue);
    this.change = widen(this.change);
    this.changePct = widen(this.changePct);
    this.comparability = widen(this.comparability);
    this.cap = cap;
  }
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** The sources of a pair's derived rows: one text when both years were derived alike, else each with its year. */
function derivationText(t: ObservationTable, rows: readonly number[]): string | null {
  if (rows.length === 0) return null;
  const texts = rows.map((x) => t.sourceAt(x) ?? "derived");
  if (texts.length === 2 && texts[0] === texts[1]) return texts[0] as string;
  return rows.map((x, k) => `${t.year[x]}: ${texts[k]}`).join("; ");
}
