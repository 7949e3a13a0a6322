/**
 * The columnar core: observations held as typed columns (float64 values, interned strings), so that
 * loading, year over year, shares and audits run over arrays, not objects, and stay exact to the last
 * digit. Danfo DataFrames are built from it at the API edge only (frame/to-frame.ts).
 *
 * Missing numbers are NaN inside the columns and null everywhere outside them: a blank in a report is
 * unknown, never zero.
 */
import { metricAt, metricCode } from "../catalogue/catalogue.js";
import { APPLICANT_CODES, type Applicant, type Basis, type EntityInfo, type Observation } from "../types.js";
import { type NumberArray, type NumberArrayType, numberArray } from "./shared-memory.js";

/** The column values of one row, as the builder takes them. */
export interface RowInput {
  entity: string;
  year: number;
  /** A catalogue metric code (catalogue.metricCode). */
  metric: number;
  /** Index into APPLICANT_CODES, or -1 for the 总计 column / no applicant split. */
  applicant: number;
  value: number;
  printedShare: number;
  printedChange: number;
  printedChangePct: number;
  basis: Basis;
  source: string | null;
  file: string;
  line: number;
}

export class ObservationTable {
  constructor(
    readonly length: number,
    /** Interned entity ids; `entity[i]` indexes this list. */
    readonly entityNames: readonly string[],
    readonly entity: Int32Array,
    readonly year: Int32Array,
    /** Catalogue metric codes. */
    readonly metric: Int32Array,
    /** APPLICANT_CODES index, −1 for the total column. */
    readonly applicant: Int8Array,
    /** NaN when the report does not state the figure. */
    readonly value: Float64Array,
    /** NaN when nothing was printed; null when no row of the table has one. */
    readonly printedShare: Float64Array | null,
    readonly printedChange: Float64Array | null,
    readonly printedChangePct: Float64Array | null,
    /** 0 printed, 1 derived. */
    readonly basis: Uint8Array,
    /** Interned sources; −1 for none. */
    readonly sourceTexts: readonly string[],
    readonly source: Int32Array,
    readonly fileNames: readonly string[],
    readonly file: Int32Array,
    readonly line: Int32Array,
    /** Metadata of the entities whose folders were read. */
    readonly entityInfo: ReadonlyMap<string, EntityInfo>,
  ) {}

  entityAt(i: number): string {
    return this.entityNames[this.entity[i] as number] as string;
  }

  metricAt(i: number): string {
    return metricAt(this.metric[i] as number).id;
  }

  applicantAt(i: number): Applicant | null {
    const a = this.applicant[i] as number;
    return a < 0 ? null : (APPLICANT_CODES[a] as Applicant);
  }

  valueAt(i: number): number | null {
    return nullIfNaN(this.value[i] as number);
  }

  printedShareAt(i: number): number | null {
    return this.printedShare === null ? null : nullIfNaN(this.printedShare[i] as number);
  }

  printedChangeAt(i: number): number | null {
    return this.printedChange === null ? null : nullIfNaN(this.printedChange[i] as number);
  }

  printedChangePctAt(i: number): number | null {
    return this.printedChangePct === null ? null : nullIfNaN(this.printedChangePct[i] as number);
  }

  basisAt(i: number): Basis {
    const b = this.basis[i];
    return b === 1 ? "derived" : b === 2 ? "ocr" : "printed";
  }

  sourceAt(i: number): string | null {
    const s = this.source[i] as number;
    return s < 0 ? null : (this.sourceTexts[s] as string);
  }

  fileAt(i: number): string {
    return this.fileNames[this.file[i] as number] as string;
  }

  /** Row i as a plain object. */
  row(i: number): Observation {
    return {
      entity: this.entityAt(i),
      year: this.year[i] as number,
      metric: this.metricAt(i),
      applicant: this.applicantAt(i),
      value: this.valueAt(i),
      printed_share: this.printedShareAt(i),
      printed_change: this.printedChangeAt(i),
      printed_change_pct: this.printedChangePctAt(i),
      basis: this.basisAt(i),
      source: this.sourceAt(i),
      file: this.fileAt(i),
      line: this.line[i] as number,
    };
  }

  /** Every row as a plain object, in table order. */
  rows(): Observation[] {
    const out: Observation[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.row(i);
    return out;
  }

  /** The distinct years, ascending. */
  years(): number[] {
    return [...new Set(this.year.subarray(0, this.length))].sort((a, b) => a - b);
  }

  /** Row index of (entity, year, metric, applicant), or −1. Linear: for look-ups, build an index. */
  find(entity: string, year: number, metric: string, applicant: Applicant | null = null): number {
    const e = this.entityNames.indexOf(entity);
    const m = metricCode(metric);
    const a = applicant === null ? -1 : APPLICANT_CODES.indexOf(applicant);
    for (let i = 0; i < this.length; i++) {
      if (this.entity[i] === e && this.year[i] === year && this.metric[i] === m && this.applicant[i] === a) return i;
    }
    return -1;
  }

  /** The value of (entity, year, metric, applicant), or null when absent or unknown. */
  get(entity: string, year: number, metric: string, applicant: Applicant | null = null): number | null {
    const i = this.find(entity, year, metric, applicant);
    return i < 0 ? null : this.valueAt(i);
  }
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Appends rows to growable typed columns and freezes them into an ObservationTable. */
export class ObservationTableBuilder {
  private n = 0;
  private cap: number;
  private entity: Int32Array;
  private year: Int32Array;
  private metric: Int32Array;
  private applicant: Int8Array;
  private value: Float64Array;
  private printedShare: Float64Array | null = null;
  private printedChange: Float64Array | null = null;
  private printedChangePct: Float64Array | null = null;
  private basis: Uint8Array;
  private source: Int32Array;
  private file: Int32Array;
  private line: Int32Array;
  private readonly entities = new Interner();
  private readonly sources = new Interner();
  private readonly files = new Interner();
  private readonly entityInfo = new Map<string, EntityInfo>();

  /** Columns on SharedArrayBuffers, for a table that worker threads will read without a copy each. */
  private readonly shared: boolean;

  constructor(initialCapacity = 1024, options: { shared?: boolean } = {}) {
    this.shared = options.shared === true;
    this.cap = Math.max(16, initialCapacity);
    this.entity = this.column(Int32Array, this.cap);
    this.year = this.column(Int32Array, this.cap);
    this.metric = this.column(Int32Array, this.cap);
    this.applicant = this.column(Int8Array, this.cap);
    this.value = this.column(Float64Array, this.cap);
    this.basis = this.column(Uint8Array, this.cap);
    this.source = this.column(Int32Array, this.cap);
    this.file = this.column(Int32Array, this.cap);
    this.line = this.column(Int32Array, this.cap);
  }

  private column<T extends NumberArray>(type: NumberArrayType<T>, n: number): T {
    return numberArray(type, n, this.shared);
  }

  /** Sets a cell of an optional column (printed figures), allocated on first use and filled with NaN. */
  private setOptional(col: Float64Array | null, i: number, x: number): Float64Array {
    const c = col ?? this.column(Float64Array, this.cap).fill(Number.NaN);
    c[i] = x;
    return c;
  }

  /** Copies a run into an optional column, allocating it on first use. */
  private setOptionalRange(col: Float64Array | null, at: number, values: Float64Array): Float64Array {
    const c = col ?? this.column(Float64Array, this.cap).fill(Number.NaN);
    c.set(values, at);
    return c;
  }

  get length(): number {
    return this.n;
  }

  /** The key columns filled so far (valid up to `length`), for checks over rows already pushed. */
  keyColumns(): { length: number; entity: Int32Array; year: Int32Array; metric: Int32Array; applicant: Int8Array; line: Int32Array } {
    return { length: this.n, entity: this.entity, year: this.year, metric: this.metric, applicant: this.applicant, line: this.line };
  }

  addEntityInfo(info: EntityInfo): void {
    this.entityInfo.set(info.id, info);
  }

  /** The interned code of an entity id (what `entity` columns hold), adding it when new. */
  entityCode(entity: string): number {
    return this.entities.code(entity);
  }

  /** The interned code of a file name, adding it when new. */
  fileCode(file: string): number {
    return this.files.code(file);
  }

  /** The interned code of a source text, −1 for none. */
  sourceCode(source: string | null): number {
    return source === null || source === "" ? -1 : this.sources.code(source);
  }

  /** Rows the columns have room for before they grow again. */
  get capacity(): number {
    return this.cap;
  }

  /**
   * Makes room for exactly `rows` rows in total (when there is less), so a load whose size is known
   * grows its columns once, and no further than asked.
   */
  reserve(rows: number): void {
    if (rows > this.cap) this.grow(rows);
  }

  /** Makes room for `rows` rows, at least doubling the room: appending many tables stays linear. */
  private ensureRoom(rows: number): void {
    if (rows > this.cap) this.grow(Math.max(this.cap * 2, rows));
  }

  /**
   * Appends one row given as column codes (entityCode, sourceCode, fileCode): the loader's hot path,
   * with no row object. NaN printed figures mean none was printed.
   */
  pushCodes(
    entity: number,
    year: number,
    metric: number,
    applicant: number,
    value: number,
    printedShare: number,
    printedChange: number,
    printedChangePct: number,
    derived: boolean,
    source: number,
    file: number,
    line: number,
  ): void {
    if (this.n === this.cap) this.grow(this.cap * 2);
    const i = this.n++;
    this.entity[i] = entity;
    this.year[i] = year;
    this.metric[i] = metric;
    this.applicant[i] = applicant;
    this.value[i] = value;
    if (!Number.isNaN(printedShare)) this.printedShare = this.setOptional(this.printedShare, i, printedShare);
    if (!Number.isNaN(printedChange)) this.printedChange = this.setOptional(this.printedChange, i, printedChange);
    if (!Number.isNaN(printedChangePct)) this.printedChangePct = this.setOptional(this.printedChangePct, i, printedChangePct);
    this.basis[i] = derived ? 1 : 0;
    this.source[i] = source;
    this.file[i] = file;
    this.line[i] = line;
  }

  push(r: RowInput): void {
    if (this.n === this.cap) this.grow(this.cap * 2);
    const i = this.n++;
    this.entity[i] = this.entities.code(r.entity);
    this.year[i] = r.year;
    this.metric[i] = r.metric;
    this.applicant[i] = r.applicant;
    this.value[i] = r.value;
    if (!Number.isNaN(r.printedShare)) this.printedShare = this.setOptional(this.printedShare, i, r.printedShare);
    if (!Number.isNaN(r.printedChange)) this.printedChange = this.setOptional(this.printedChange, i, r.printedChange);
    if (!Number.isNaN(r.printedChangePct)) this.printedChangePct = this.setOptional(this.printedChangePct, i, r.printedChangePct);
    this.basis[i] = r.basis === "derived" ? 1 : r.basis === "ocr" ? 2 : 0;
    this.source[i] = r.source === null || r.source === "" ? -1 : this.sources.code(r.source);
    this.file[i] = this.files.code(r.file);
    this.line[i] = r.line;
  }

  /** Appends every row of another table (used to merge files loaded separately, and to derive rows). */
  append(t: ObservationTable): void {
    for (const info of t.entityInfo.values()) this.addEntityInfo(info);
    const n = t.length;
    this.ensureRoom(this.n + n);
    // Column by column, re-coding only the interned strings: no row objects, so appending a table of
    // millions of rows costs a few array copies.
    const recode = (names: readonly string[], interner: Interner) => Int32Array.from(names, (s) => interner.code(s));
    const entityCodes = recode(t.entityNames, this.entities);
    const fileCodes = recode(t.fileNames, this.files);
    const sourceCodes = recode(t.sourceTexts, this.sources);
    const at = this.n;
    for (let i = 0; i < n; i++) {
      this.entity[at + i] = entityCodes[t.entity[i] as number] as number;
      this.file[at + i] = fileCodes[t.file[i] as number] as number;
      const s = t.source[i] as number;
      this.source[at + i] = s < 0 ? -1 : (sourceCodes[s] as number);
    }
    this.line.set(t.line.subarray(0, n), at);
    this.copyUncoded(t, 0, n, at);
    this.n += n;
  }

  /**
   * Appends rows [from, to) of a table read elsewhere from the same file (another thread's chunks of
   * it), with `lineShift` added to their lines. Its entities, sources and files get their codes here as
   * they first occur, through `codes` (carried from one call to the next), so appending a file's chunks
   * in order gives the codes reading it in order gives.
   */
  appendRows(t: ObservationTable, from: number, to: number, lineShift: number, codes: AppendCodes): void {
    const n = to - from;
    this.ensureRoom(this.n + n);
    const at = this.n;
    const recode = (map: Int32Array, code: number, texts: readonly string[], interner: Interner): number => {
      let c = map[code] as number;
      if (c < 0) {
        c = interner.code(texts[code] as string);
        map[code] = c;
      }
      return c;
    };
    for (let i = 0; i < n; i++) {
      const r = from + i;
      this.entity[at + i] = recode(codes.entity, t.entity[r] as number, t.entityNames, this.entities);
      this.file[at + i] = recode(codes.file, t.file[r] as number, t.fileNames, this.files);
      const s = t.source[r] as number;
      this.source[at + i] = s < 0 ? -1 : recode(codes.source, s, t.sourceTexts, this.sources);
      this.line[at + i] = (t.line[r] as number) + lineShift;
    }
    this.copyUncoded(t, from, to, at);
    this.n += n;
  }

  /** Copies rows [from, to) of t's columns that need no re-coding (all but entity, source, file and line) to row `at` on. */
  private copyUncoded(t: ObservationTable, from: number, to: number, at: number): void {
    this.year.set(t.year.subarray(from, to), at);
    this.metric.set(t.metric.subarray(from, to), at);
    this.applicant.set(t.applicant.subarray(from, to), at);
    this.value.set(t.value.subarray(from, to), at);
    this.basis.set(t.basis.subarray(from, to), at);
    if (t.printedShare) this.printedShare = this.setOptionalRange(this.printedShare, at, t.printedShare.subarray(from, to));
    if (t.printedChange) this.printedChange = this.setOptionalRange(this.printedChange, at, t.printedChange.subarray(from, to));
    if (t.printedChangePct) this.printedChangePct = this.setOptionalRange(this.printedChangePct, at, t.printedChangePct.subarray(from, to));
  }

  build(): ObservationTable {
    const n = this.n;
    // Columns nearly full are handed over as views rather than copied: at corpus scale a copy would
    // double the peak memory of the load for a moment.
    const view = n >= this.cap * 0.875;
    const cut = <T extends NumberArray>(a: T): T => {
      if (view) return a.subarray(0, n) as T;
      if (!this.shared) return a.slice(0, n) as T;
      const b = this.column(a.constructor as NumberArrayType<T>, n);
      b.set(a.subarray(0, n) as never);
      return b;
    };
    return new ObservationTable(
      n,
      this.entities.values,
      cut(this.entity),
      cut(this.year),
      cut(this.metric),
      cut(this.applicant),
      cut(this.value),
      this.printedShare && cut(this.printedShare),
      this.printedChange && cut(this.printedChange),
      this.printedChangePct && cut(this.printedChangePct),
      cut(this.basis),
      this.sources.values,
      cut(this.source),
      this.files.values,
      cut(this.file),
      cut(this.line),
      new Map(this.entityInfo),
    );
  }

  /** Moves every column to room for `cap` rows. */
  private grow(cap: number): void {
    const widen = <T extends NumberArray>(a: T, fill?: number): T => {
      const b = this.column(a.constructor as NumberArrayType<T>, cap);
      b.set(a);
      if (fill !== undefined) b.fill(fill, this.cap);
      return b;
    };
    this.entity = widen(this.entity);
    this.year = widen(this.year);
    this.metric = widen(this.metric);
    this.applicant = widen(this.applicant);
    this.value = widen(this.value);
    this.printedShare = this.printedShare && widen(this.printedShare, Number.NaN);
    this.printedChange = this.printedChange && widen(this.printedChange, Number.NaN);
    this.printedChangePct = this.printedChangePct && widen(this.printedChangePct, Number.NaN);
    this.basis = widen(this.basis);
    this.source = widen(this.source);
    this.file = widen(this.file);
    this.line = widen(this.line);
    this.cap = cap;
  }
}

/** For appendRows: a table's entity, source and file codes → this builder's (−1: not seen yet). */
export interface AppendCodes {
  entity: Int32Array;
  source: Int32Array;
  file: Int32Array;
}

/** Fresh AppendCodes for appending rows of `t`. */
export function appendCodes(t: ObservationTable): AppendCodes {
  return {
    entity: new Int32Array(t.entityNames.length).fill(-1),
    source: new Int32Array(t.sourceTexts.length).fill(-1),
    file: new Int32Array(t.fileNames.length).fill(-1),
  };
}

/** Maps strings to dense integer codes. */
class Interner {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  // Consecutive rows mostly repeat the last string (same entity, same file): skip the map then.
  private last: string | undefined;
  private lastCode = -1;

  code(s: string): number {
    if (s === this.last) return this.lastCode;
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(s);
      this.codes.set(s, c);
    }
    this.last = s;
    this.lastCode = c;
    return c;
  }
}

/** Convenience for tests and small inputs: a table from plain observations. */
export function tableFromObservations(rows: readonly Observation[], entityInfo: readonly EntityInfo[] = []): ObservationTable {
  const b = new ObservationTableBuilder(rows.length);
  for (const info of entityInfo) b.addEntityInfo(info);
  for (const r of rows) {
    const code = metricCode(r.metric);
    if (code < 0) throw new RangeError(`unknown metric id "${r.metric}"`);
    b.push({
      entity: r.entity,
      year: r.year,
      metric: code,
      applicant: r.applicant === null ? -1 : APPLICANT_CODES.indexOf(r.applicant),
      value: r.value ?? Number.NaN,
      printedShare: r.printed_share ?? Number.NaN,
      printedChange: r.printed_change ?? Number.NaN,
      printedChangePct: r.printed_change_pct ?? Number.NaN,
      basis: r.basis,
      source: r.source,
      file: r.file,
      line: r.line,
    });
  }
  return b.build();
}
