/**
 * The loader's hot path over raw UTF-8 bytes: a row whose cells are all in plain form (digits, known
 * ids, no quotes, no spaces, no full-width characters) goes from bytes straight into the typed columns,
 * with no string per cell, no array per row and no row object. Anything else is declined and takes the
 * string path (papaparse, FastRowReader, validateRow), which owns every problem message; both paths
 * give the same row. This is fast-row.ts for bytes: keep the two in step.
 */
import { METRICS } from "../catalogue/metrics.js";
import type { ObservationTableBuilder } from "../core/observation-table.js";
import { APPLICANTS } from "../types.js";
import { ByteLookup } from "./byte-lookup.js";
import { YEAR_MAX, YEAR_MIN } from "./dataset-format.js";
import type { DuplicateGuard } from "./duplicate-guard.js";
import type { DatasetFileTarget } from "./read-dataset-file.js";
import { type ColumnPositions, type Columns, columnPositions } from "./read-header.js";

const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;
const QUOTE = 34;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;
const KINDS = ["count", "delta", "amount", "rate"] as const;

const metricLookup = new ByteLookup(METRICS.map((m) => m.id));
const applicantLookup = new ByteLookup(APPLICANTS);
const basisLookup = new ByteLookup(["printed", "derived"]);
const metricKind = Int8Array.from(METRICS, (m) => KINDS.indexOf(m.kind));
const metricByApplicant = Uint8Array.from(METRICS, (m) => (m.by_applicant ? 1 : 0));

export type DuplicateSink = (line: number, metric: number, applicant: number, firstLine: number) => void;

export class PlainRowScanner {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly targetEntity: string | null;
  private readonly known: ReadonlySet<string>;
  // Long files repeat an entity on many consecutive rows: decode and check it once per run.
  private lastEntity = new Uint8Array(64);
  private lastEntityLength = -1;
  private lastEntityName: string | null = null;
  /** Set by the number readers when a cell is not in plain form. */
  private bad = false;

  private readonly at: ColumnPositions;

  constructor(
    col: Columns,
    private readonly width: number,
    private readonly target: DatasetFileTarget,
    private readonly builder: ObservationTableBuilder,
    private readonly guard: DuplicateGuard,
    private readonly onDuplicate: DuplicateSink,
  ) {
    this.at = columnPositions(col);
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.known = target.knownEntities;
    this.targetEntity = target.entity !== null && target.knownEntities.has(target.entity) ? target.entity : null;
  }

  /**
   * Takes the row starting at `pos` when it is plain, and returns the index of the newline ending it (or
   * `end` for the last row). Returns −1 when the row needs the string path; nothing was added then.
   */
  scan(bytes: Buffer, pos: number, end: number, line: number): number {
    // Split the row into fields; a quote or a lone carriage return sends it to the string path.
    const starts = this.starts;
    const ends = this.ends;
    const width = this.width;
    let field = 0;
    starts[0] = pos;
    let rowEnd = end;
    let next = end;
    for (let i = pos; i < end; i++) {
      const c = bytes[i] as number;
      if (c === COMMA) {
        if (field + 1 >= width) return -1;
        ends[field++] = i;
        starts[field] = i + 1;
      } else if (c === NEWLINE) {
        rowEnd = i;
        next = i;
        break;
      } else if (c === QUOTE) {
        return -1;
      } else if (c === RETURN) {
        // \r\n ends the row (as does a \r closing the file); a \r alone is a line break papaparse must see.
        if (i + 1 < end && bytes[i + 1] !== NEWLINE) return -1;
        rowEnd = i;
        next = Math.min(i + 1, end);
        break;
      }
    }
    ends[field] = rowEnd;
    if (field + 1 !== width) return -1;
    return this.take(bytes, line) ? next : -1;
  }

  private take(bytes: Buffer, line: number): boolean {
    const t = this.target;
    const starts = this.starts;
    const ends = this.ends;

    let entity = this.targetEntity;
    if (this.at.entity >= 0 && starts[this.at.entity] !== ends[this.at.entity]) entity = this.entityName(bytes, this.at.entity);
    if (entity === null) return false;

    let year = t.year ?? -1;
    if (this.at.year >= 0 && starts[this.at.year] !== ends[this.at.year]) {
      const y = this.whole(bytes, starts[this.at.year] as number, ends[this.at.year] as number, false);
      if (this.bad || y < YEAR_MIN || y > YEAR_MAX || (t.year !== null && y !== t.year)) {
        this.bad = false;
        return false;
      }
      year = y;
    }
    if (year < 0) return false;

    const metric = metricLookup.find(bytes, starts[this.at.metric] as number, ends[this.at.metric] as number);
    if (metric < 0) return false;

    let applicant = -1;
    if (this.at.applicant >= 0 && starts[this.at.applicant] !== ends[this.at.applicant]) {
      applicant = applicantLookup.find(bytes, starts[this.at.applicant] as number, ends[this.at.applicant] as number);
      if (applicant < 0 || metricByApplicant[metric] === 0) return false;
    }

    const value = this.figure(bytes, starts[this.at.value] as number, ends[this.at.value] as number, metricKind[metric] as number);
    const share = this.optional(bytes, this.at.share, false, 100);
    const change = this.optional(bytes, this.at.change, true, Number.POSITIVE_INFINITY);
    const changePct = this.optional(bytes, this.at.changePct, true, Number.POSITIVE_INFINITY);
    if (this.bad) {
      this.bad = false;
      return false;
    }

    let derived = false;
    if (this.at.basis >= 0 && starts[this.at.basis] !== ends[this.at.basis]) {
      const b = basisLookup.find(bytes, starts[this.at.basis] as number, ends[this.at.basis] as number);
      if (b < 0) return false;
      derived = b === 1;
    }

    let source = -1;
    if (this.at.source >= 0) {
      const s = starts[this.at.source] as number;
      const e = ends[this.at.source] as number;
      if (s < e) {
        // Leading or trailing spaces, or a formula guard, need the full treatment.
        if ((bytes[s] as number) <= 32 || (bytes[e - 1] as number) <= 32 || bytes[s] === 39) return false;
        source = this.builder.sourceCode(bytes.toString("utf8", s, e));
      }
    }

    // Interned only now, so that the table names no entity without rows. Same string as the row before:
    // the interner answers without a map look-up.
    const code = this.builder.entityCode(entity);
    const first = this.guard.check(code, year, metric, applicant, line);
    if (first >= 0) this.onDuplicate(line, metric, applicant, first);
    else
      this.builder.pushCodes(
        code,
        year,
        metric,
        applicant,
        value,
        share,
        change,
        changePct,
        derived,
        source,
        this.builder.fileCode(this.target.file),
        line,
      );
    return true;
  }

  /** The entity id of the cell, null when it is unknown or contradicts the folder. */
  private entityName(bytes: Buffer, k: number): string | null {
    const s = this.starts[k] as number;
    const e = this.ends[k] as number;
    const n = e - s;
    if (n === this.lastEntityLength) {
      let same = true;
      for (let j = 0; j < n; j++) {
        if (this.lastEntity[j] !== bytes[s + j]) {
          same = false;
          break;
        }
      }
      if (same) return this.lastEntityName;
    }
    const raw = bytes.toString("utf8", s, e);
    const t = this.target;
    const ok = (t.entity === null || raw === t.entity) && this.known.has(raw);
    if (n > this.lastEntity.length) this.lastEntity = new Uint8Array(n * 2);
    this.lastEntity.set(bytes.subarray(s, e));
    this.lastEntityLength = n;
    this.lastEntityName = ok ? raw : null;
    return this.lastEntityName;
  }

  /** A value cell: NaN when blank or "-"/"—" (not stated); sets `bad` when it needs the full check. */
  private figure(bytes: Buffer, s: number, e: number, kind: number): number {
    if (s === e || notStated(bytes, s, e)) return Number.NaN;
    switch (kind) {
      case 0: // count
        return this.whole(bytes, s, e, false);
      case 1: // delta
        return this.whole(bytes, s, e, true);
      case 2: // amount
        return this.decimal(bytes, s, e, false);
      default: {
        const x = this.decimal(bytes, s, e, false);
        if (x > 100) this.bad = true;
        return x;
      }
    }
  }

  /** An optional printed figure: NaN when the column is absent, blank or not stated. */
  private optional(bytes: Buffer, k: number, signed: boolean, max: number): number {
    if (k < 0) return Number.NaN;
    const s = this.starts[k] as number;
    const e = this.ends[k] as number;
    if (s === e || notStated(bytes, s, e)) return Number.NaN;
    const x = this.decimal(bytes, s, e, signed);
    if (x > max) this.bad = true;
    return x;
  }

  /** 1–15 digits (with a sign when `signed`): exact, as Number() would read them. */
  private whole(bytes: Buffer, s: number, e: number, signed: boolean): number {
    let i = s;
    let negative = false;
    if (signed && (bytes[i] === MINUS || bytes[i] === PLUS)) negative = bytes[i++] === MINUS;
    const digits = e - i;
    if (digits < 1 || digits > 15) {
      this.bad = true;
      return Number.NaN;
    }
    let x = 0;
    for (; i < e; i++) {
      const d = (bytes[i] as number) - 48;
      if (d < 0 || d > 9) {
        this.bad = true;
        return Number.NaN;
      }
      x = x * 10 + d;
    }
    return negative ? -x : x;
  }

  /**
   * 1–15 digits, optionally "." and 1–15 more (a leading "-" when `signed`). Whole numbers are summed
   * exactly; a decimal is read by Number(), which rounds correctly, so both paths give the same double.
   */
  private decimal(bytes: Buffer, s: number, e: number, signed: boolean): number {
    let i = s;
    if (signed && bytes[i] === MINUS) i++;
    let dot = -1;
    for (let j = i; j < e; j++) {
      const c = bytes[j] as number;
      if (c === DOT && dot < 0) dot = j;
      else if (c < 48 || c > 57) {
        this.bad = true;
        return Number.NaN;
      }
    }
    if (dot < 0) return this.whole(bytes, s, e, signed);
    const intDigits = dot - i;
    const fracDigits = e - dot - 1;
    if (intDigits < 1 || intDigits > 15 || fracDigits < 1 || fracDigits > 15) {
      this.bad = true;
      return Number.NaN;
    }
    return Number(bytes.toString("latin1", s, e));
  }
}

/** "-" or "—" alone: a figure the report does not state. */
function notStated(bytes: Buffer, s: number, e: number): boolean {
  if (e - s === 1) return bytes[s] === MINUS;
  return e - s === 3 && bytes[s] === 0xe2 && bytes[s + 1] === 0x80 && bytes[s + 2] === 0x94;
}
