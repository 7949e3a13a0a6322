/**
 * The loader's fast path: a row whose cells are all in plain form (digits, known ids, no spaces, no
 * full-width characters) is taken without cleaning, closures or messages. Anything else returns null
 * and goes through validateRow, which owns every problem message; both paths give the same row.
 */
import { metricAt, metricCode } from "../catalogue/catalogue.js";
import type { MetricKind } from "../catalogue/metric-definition.js";
import type { RowInput } from "../core/observation-table.js";
import { APPLICANTS } from "../types.js";
import { YEAR_MAX, YEAR_MIN } from "./dataset-format.js";
import type { DatasetFileTarget } from "./read-dataset-file.js";
import { type ColumnPositions, type Columns, columnPositions } from "./read-header.js";

const WHOLE = /^\d{1,15}$/;
const DECIMAL = /^\d{1,15}(?:\.\d{1,15})?$/;
const SIGNED_WHOLE = /^[+-]?\d{1,15}$/;
const SIGNED_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const APPLICANT_CODES = new Map<string, number>(APPLICANTS.map((a, i) => [a, i]));

export class FastRowReader {
  // Long files repeat the same entity and year on many consecutive rows: check each once.
  private lastEntity = "";
  private lastEntityOk = false;
  private lastYearCell = "";
  private lastYear = Number.NaN;

  private readonly at: ColumnPositions;

  constructor(
    col: Columns,
    private readonly target: DatasetFileTarget,
  ) {
    this.at = columnPositions(col);
  }

  read(fields: readonly string[], line: number): RowInput | null {
    const t = this.target;
    let entity = t.entity;
    if (this.at.entity >= 0) {
      const raw = fields[this.at.entity] as string;
      if (raw !== "") {
        if (raw !== this.lastEntity) {
          this.lastEntity = raw;
          this.lastEntityOk = (t.entity === null || raw === t.entity) && t.knownEntities.has(raw);
        }
        if (!this.lastEntityOk) return null;
        entity = raw;
      }
    }
    if (entity === null) return null;

    let year = t.year;
    if (this.at.year >= 0) {
      const raw = fields[this.at.year] as string;
      if (raw !== "") {
        if (raw !== this.lastYearCell) {
          this.lastYearCell = raw;
          const y = WHOLE.test(raw) ? Number(raw) : Number.NaN;
          this.lastYear = y >= YEAR_MIN && y <= YEAR_MAX && (t.year === null || y === t.year) ? y : Number.NaN;
        }
        if (Number.isNaN(this.lastYear)) return null;
        year = this.lastYear;
      }
    }
    if (year === null) return null;

    const code = metricCode(fields[this.at.metric] as string);
    if (code < 0) return null;
    const def = metricAt(code);

    let applicant = -1;
    if (this.at.applicant >= 0) {
      const raw = fields[this.at.applicant] as string;
      if (raw !== "") {
        const a = APPLICANT_CODES.get(raw);
        if (a === undefined || !def.by_applicant) return null;
        applicant = a;
      }
    }

    const value = figure(fields[this.at.value] as string, def.kind);
    if (value === undefined) return null;
    const printedShare = optional(fields, this.at.share, DECIMAL, 100);
    const printedChange = optional(fields, this.at.change, SIGNED_DECIMAL, Number.POSITIVE_INFINITY);
    const printedChangePct = optional(fields, this.at.changePct, SIGNED_DECIMAL, Number.POSITIVE_INFINITY);
    if (printedShare === undefined || printedChange === undefined || printedChangePct === undefined) return null;

    let basis: RowInput["basis"] = "printed";
    if (this.at.basis >= 0) {
      const raw = fields[this.at.basis] as string;
      if (raw === "derived") basis = "derived";
      else if (raw !== "" && raw !== "printed") return null;
    }

    let source: string | null = null;
    if (this.at.source >= 0) {
      const raw = fields[this.at.source] as string;
      // Leading or trailing spaces, or a formula guard, need the full treatment.
      if (raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32 || raw.charCodeAt(0) === 39)) return null;
      source = raw;
    }
    return {
      entity,
      year,
      metric: code,
      applicant,
      value,
      printedShare,
      printedChange,
      printedChangePct,
      basis,
      source,
      file: t.file,
      line,
    };
  }
}

/** A value cell in plain form: NaN for blank, undefined when it needs the full check. */
function figure(raw: string, kind: MetricKind): number | undefined {
  if (raw === "") return Number.NaN;
  switch (kind) {
    case "count":
      return WHOLE.test(raw) ? Number(raw) : undefined;
    case "delta":
      return SIGNED_WHOLE.test(raw) ? Number(raw) : undefined;
    case "amount":
      return DECIMAL.test(raw) ? Number(raw) : undefined;
    case "rate": {
      const x = DECIMAL.test(raw) ? Number(raw) : Number.NaN;
      return x <= 100 ? x : undefined;
    }
  }
}

function optional(fields: readonly string[], i: number, pattern: RegExp, max: number): number | undefined {
  if (i < 0) return Number.NaN;
  const raw = fields[i] as string;
  if (raw === "") return Number.NaN;
  if (!pattern.test(raw)) return undefined;
  const x = Number(raw);
  return x <= max ? x : undefined;
}
