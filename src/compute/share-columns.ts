/**
 * Breakdown shares as typed columns, computed report by report over integer codes: the group specs are
 * compiled to catalogue codes once, every cell is found by codes among its report's rows, and a result
 * row is a slot in pre-sized arrays, not an object. A builder is reused piece after piece, so shares of
 * any number of reports stream out in bounded memory (see breakdown() for the semantics).
 */
import { layoutOfYear, metricCode } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { APPLICANT_CODES, type Layout } from "../types.js";
import { BREAKDOWN_SPECS, type BreakdownSpec } from "./breakdown-specs.js";
import type { ReportList } from "./report-order.js";
import type { ReportRows } from "./report-rows.js";

/** A breakdown spec as codes. */
export interface CompiledSpec {
  spec: BreakdownSpec;
  /** Index in BREAKDOWN_SPECS. */
  index: number;
  layouts: readonly Layout[];
  partMetric: Int32Array;
  partApplicant: Int32Array;
  wholeMetric: number;
  wholeApplicant: number;
}

const applicantCode = (a: string | null) => (a === null ? -1 : APPLICANT_CODES.indexOf(a as (typeof APPLICANT_CODES)[number]));

export const COMPILED_SPECS: readonly CompiledSpec[] = BREAKDOWN_SPECS.map((spec, index) => ({
  spec,
  index,
  layouts: spec.layouts,
  partMetric: Int32Array.from(spec.parts, (p) => metricCode(p.metric)),
  partApplicant: Int32Array.from(spec.parts, (p) => applicantCode(p.applicant)),
  wholeMetric: metricCode(spec.whole.metric),
  wholeApplicant: applicantCode(spec.whole.applicant),
}));

/** The most parts any group has. */
const MAX_PARTS = Math.max(...COMPILED_SPECS.map((s) => s.partMetric.length));

/** One piece of share rows; the arrays are valid up to `length` and reused by the next piece. */
export class ShareColumns {
  length = 0;
  entity: Int32Array;
  year: Int32Array;
  /** Index in BREAKDOWN_SPECS. */
  spec: Uint8Array;
  metric: Int32Array;
  /** APPLICANT_CODES index, −1 for none. */
  applicant: Int8Array;
  value: Float64Array;
  partsSum: Float64Array;
  whole: Float64Array;
  shareOfParts: Float64Array;
  shareOfWhole: Float64Array;
  printedShare: Float64Array;
  shareOfPartsChangePp: Float64Array;
  shareOfWholeChangePp: Float64Array;
  private cap: number;

  constructor(capacity: number) {
    this.cap = Math.max(16, capacity);
    [this.entity, this.year, this.metric] = [0, 0, 0].map(() => new Int32Array(this.cap)) as [Int32Array, Int32Array, Int32Array];
    this.spec = new Uint8Array(this.cap);
    this.applicant = new Int8Array(this.cap);
    this.value = new Float64Array(this.cap);
    this.partsSum = new Float64Array(this.cap);
    this.whole = new Float64Array(this.cap);
    this.shareOfParts = new Float64Array(this.cap);
    this.shareOfWhole = new Float64Array(this.cap);
    this.printedShare = new Float64Array(this.cap);
    this.shareOfPartsChangePp = new Float64Array(this.cap);
    this.shareOfWholeChangePp = new Float64Array(this.cap);
  }

  /** Makes room for `more` rows beyond `length`. */
  reserve(more: number): void {
    if (this.length + more <= this.cap) return;
    const cap = Math.max(this.cap * 2, this.length + more);
    const widen = <T extends Int32Array | Int8Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.entity = widen(this.entity);
    this.year = widen(this.year);
    this.spec = widen(this.spec);
    this.metric = widen(this.metric);
    this.applicant = widen(this.applicant);
    this.value = widen(this.value);
    this.partsSum = widen(this.partsSum);
    this.whole = widen(this.whole);
    this.shareOfParts = widen(this.shareOfParts);
    this.shareOfWhole = widen(this.shareOfWhole);
    this.printedShare = widen(this.printedShare);
    this.shareOfPartsChangePp = widen(this.shareOfPartsChangePp);
    this.shareOfWholeChangePp = widen(this.shareOfWholeChangePp);
    this.cap = cap;
  }
}

/** Computes the share rows of reports [from, to) of `reports`, appending them to `out`. */
export class ShareComputer {
  private readonly specs: readonly CompiledSpec[];
  private readonly now = new Float64Array(MAX_PARTS);
  private readonly before = new Float64Array(MAX_PARTS);
  private readonly rows = new Int32Array(MAX_PARTS);

  constructor(
    /** The table with its derived subtotals, its cells found through `cells`. */
    private readonly full: ObservationTable,
    private readonly cells: Pick<ReportRows, "rowOf">,
    group?: string,
  ) {
    this.specs = COMPILED_SPECS.filter((s) => group === undefined || s.spec.id === group);
  }

  compute(reports: ReportList, from: number, to: number, out: ShareColumns): void {
    const printed = this.full.printedShare;
    for (let r = from; r < to; r++) {
      const entity = reports.entity[r] as number;
      const year = reports.year[r] as number;
      const layout = layoutOfYear(year);
      const layoutBefore = layoutOfYear(year - 1);
      for (const c of this.specs) {
        if (!c.layouts.includes(layout)) continue;
        const parts = c.partMetric.length;
        const now = this.figures(c, entity, year, this.now, this.rows);
        // A group is shown when at least one share can be computed.
        if (!(now.anyPart && (now.partsSum > 0 || now.whole > 0))) continue;
        const hasBefore = c.layouts.includes(layoutBefore);
        const before = hasBefore ? this.figures(c, entity, year - 1, this.before, null) : null;
        out.reserve(parts);
        for (let k = 0; k < parts; k++) {
          const v = this.now[k] as number;
          const sp = share(v, now.partsSum);
          const sw = share(v, now.whole);
          const psp = before ? share(this.before[k] as number, before.partsSum) : Number.NaN;
          const psw = before ? share(this.before[k] as number, before.whole) : Number.NaN;
          const row = this.rows[k] as number;
          const i = out.length++;
          out.entity[i] = entity;
          out.year[i] = year;
          out.spec[i] = c.index;
          out.metric[i] = c.partMetric[k] as number;
          out.applicant[i] = c.partApplicant[k] as number;
          out.value[i] = v;
          out.partsSum[i] = now.partsSum;
          out.whole[i] = now.whole;
          out.shareOfParts[i] = sp;
          out.shareOfWhole[i] = sw;
          out.printedShare[i] = row < 0 || printed === null ? Number.NaN : (printed[row] as number);
          out.shareOfPartsChangePp[i] = sp - psp;
          out.shareOfWholeChangePp[i] = sw - psw;
        }
      }
    }
  }

  /** The stated figures of a group in one report into `values` (NaN for each unknown), with their rows. */
  private figures(
    c: CompiledSpec,
    entity: number,
    year: number,
    values: Float64Array,
    rows: Int32Array | null,
  ): { partsSum: number; whole: number; anyPart: boolean } {
    const v = this.full.value;
    let partsSum = 0;
    let anyPart = false;
    for (let k = 0; k < c.partMetric.length; k++) {
      const row = this.cells.rowOf(entity, year, c.partMetric[k] as number, c.partApplicant[k] as number);
      const x = row < 0 ? Number.NaN : (v[row] as number);
      values[k] = x;
      if (rows !== null) rows[k] = row;
      // The parts' sum is known only when every part is stated: an unknown part is not a zero.
      partsSum += x;
      if (!Number.isNaN(x)) anyPart = true;
    }
    const wholeRow = this.cells.rowOf(entity, year, c.wholeMetric, c.wholeApplicant);
    return { partsSum, whole: wholeRow < 0 ? Number.NaN : (v[wholeRow] as number), anyPart };
  }
}

function share(value: number, denominator: number): number {
  return denominator > 0 ? (value / denominator) * 100 : Number.NaN;
}
