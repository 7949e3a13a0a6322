/**
 * The arithmetic every total check shares: a printed whole against the sum of its parts. It runs only
 * when every figure is stated; an unknown part is never read as zero. When some parts are stated and
 * others are not, the check could not run and says which figures are missing (a note), unless the
 * stated parts already exceed the whole, which is an error whatever the missing ones are.
 */
import { APPLICANT_LABELS } from "../catalogue/applicant-labels.js";
import { metricCode, metricLabel } from "../catalogue/catalogue.js";
import { isDerivedSubtotal } from "../compute/derive-subtotals.js";
import { say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";
import type { MessageText } from "../messages/message.js";
import { APPLICANT_CODES, type Applicant, type MetricId } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import { finding, reportLang } from "./audit-context.js";
import type { CheckId, Finding, FindingFigure } from "./finding.js";

export interface SumTerm {
  metric: MetricId;
  applicant: Applicant | null;
  /** The year of the figure, when not the report's own (cross-year checks). */
  year?: number;
  /** −1 for a term that is subtracted. */
  sign?: 1 | -1;
}

export interface SumCheckSpec {
  check: CheckId;
  /** The figure the sum is compared with (the printed whole). */
  whole: SumTerm;
  parts: readonly SumTerm[];
  /** What is being checked, for messages, in both languages (e.g. "new + carried in = results + carried out"). */
  label: MessageText;
  /** Severity of a mismatch (default error). */
  severity?: "error" | "warning";
}

/** A spec with its figures as table codes, compiled once per year rather than looked up by name per report. */
export interface CompiledSumCheck {
  spec: SumCheckSpec;
  /** Metric code, applicant index (−1 for 总计), year offset from the report's year and sign, per term. */
  whole: CompiledTerm;
  parts: readonly CompiledTerm[];
  /** Skip the check when the whole is a subtotal the toolkit derived from these very parts. */
  skipDerivedWhole: boolean;
  /** The distinct metrics of the whole and the parts, in that order: every finding's `metrics` (copied). */
  metrics: readonly MetricId[];
  /** The report year it was compiled for. */
  year: number;
  /**
   * Could-not-run messages made so far for reports of `year`, by the bit mask of the parts not stated
   * (doubled, plus one for English: the same check speaks either language).
   */
  notStated: Map<number, string>;
}

interface CompiledTerm {
  metric: number;
  applicant: number;
  yearOffset: number;
  sign: number;
}

export function compileSumCheck(spec: SumCheckSpec, reportYear: number, options: { skipDerivedWhole?: boolean } = {}): CompiledSumCheck {
  const term = (t: SumTerm): CompiledTerm => ({
    metric: metricCode(t.metric),
    applicant: t.applicant === null ? -1 : APPLICANT_CODES.indexOf(t.applicant),
    yearOffset: (t.year ?? reportYear) - reportYear,
    sign: t.sign ?? 1,
  });
  const derivable = isDerivedSubtotal(spec.whole.metric);
  return {
    spec,
    whole: term(spec.whole),
    parts: spec.parts.map(term),
    skipDerivedWhole: (options.skipDerivedWhole ?? false) && derivable,
    metrics: [...new Set([spec.whole.metric, ...spec.parts.map((t) => t.metric)])],
    year: reportYear,
    notStated: new Map(),
  };
}

/**
 * The compiled checks of each report year, built on first use: their specs depend on the year (the
 * layout, and labels naming the prior year) and on nothing else.
 */
export function compiledPerYear(specsOf: (year: number) => CompiledSumCheck[]): (year: number) => readonly CompiledSumCheck[] {
  const byYear = new Map<number, CompiledSumCheck[]>();
  return (year) => {
    let checks = byYear.get(year);
    if (checks === undefined) {
      checks = specsOf(year);
      byYear.set(year, checks);
    }
    return checks;
  };
}

/** Runs each compiled check on a report and appends its findings to `out`. */
export function runSumChecks(ctx: AuditContext, r: Report, checks: readonly CompiledSumCheck[], out: Finding[]): Finding[] {
  for (const c of checks) {
    const f = sumCheck(ctx, r, c);
    if (f) out.push(f);
  }
  return out;
}

export function sumCheck(ctx: AuditContext, r: Report, c: CompiledSumCheck): Finding | null {
  // Most checks of a corpus agree or cannot run: tell which from the values alone, and build figures
  // and messages only for a finding.
  const outcome = quickOutcome(ctx, r, c);
  if (outcome === SKIP) return null;
  if (outcome === AGREES) {
    ctx.checksRun++;
    return null;
  }
  return sumCheckFinding(ctx, r, c);
}

const SKIP = 0;
const AGREES = 1;
const FINDING = 2;

/** The rows quickOutcome found, whole first, for sumCheckFinding (−1 for a figure not in the table). */
let termRows = new Int32Array(64);

/** What sumCheckFinding would do, from the cell values only. */
function quickOutcome(ctx: AuditContext, r: Report, c: CompiledSumCheck): number {
  const e = r.code;
  if (e < 0) return SKIP;
  const rows = ctx.rows;
  const value = ctx.table.value;
  const w = c.whole;
  if (w.metric < 0) return SKIP;
  const wholeRow = rows.rowOf(e, r.year + w.yearOffset, w.metric, w.applicant);
  if (wholeRow < 0) return SKIP;
  if (c.skipDerivedWhole && ctx.table.basis[wholeRow] === 1) return SKIP;
  const whole = value[wholeRow] as number;
  if (Number.isNaN(whole)) return SKIP;
  const parts = c.parts;
  if (termRows.length <= parts.length) termRows = new Int32Array(parts.length * 2 + 2);
  termRows[0] = wholeRow;
  let known = 0;
  let computed = 0;
  for (let k = 0; k < parts.length; k++) {
    const t = parts[k] as CompiledTerm;
    const row = t.metric < 0 ? -1 : rows.rowOf(e, r.year + t.yearOffset, t.metric, t.applicant);
    termRows[k + 1] = row;
    const v = row < 0 ? Number.NaN : (value[row] as number);
    if (!Number.isNaN(v)) known++;
    computed = computed + t.sign * v;
  }
  if (known === 0) return SKIP;
  if (known < parts.length) return FINDING;
  return computed === whole ? AGREES : FINDING;
}

/**
 * The check with its figures and message, from the rows quickOutcome left in termRows (the whole is
 * stated and at least one part is); increments checksRun when it ran.
 */
function sumCheckFinding(ctx: AuditContext, r: Report, c: CompiledSumCheck): Finding | null {
  const spec = c.spec;
  const n = spec.parts.length;
  // The whole, then the parts: a plain loop, as a corpus makes this for hundreds of thousands of
  // findings and a spread and an entries() iterator per finding cost more than the figures themselves.
  const whole = ctx.figureAt(termRows[0] as number, spec.whole.metric, spec.whole.applicant, spec.whole.year ?? r.year);
  const figures: FindingFigure[] = [whole];
  const wholeValue = whole.value as number;
  let known = 0;
  let stated = 0;
  for (let k = 0; k < n; k++) {
    const t = spec.parts[k] as SumTerm;
    const p = ctx.figureAt(termRows[k + 1] as number, t.metric, t.applicant, t.year ?? r.year);
    figures.push(p);
    if (p.value === null) continue;
    known++;
    stated += (t.sign ?? 1) * p.value;
  }
  const lang = reportLang(r);
  const col = columnText(spec.whole.applicant, lang);
  if (known < n) {
    const allAdded = spec.parts.every((t) => (t.sign ?? 1) === 1);
    if (allAdded && stated > wholeValue) {
      ctx.checksRun++;
      return finding(r, spec.check, "error", whole, {
        printed: wholeValue,
        computed: stated,
        message: say(
          "audit.sum_parts_exceed",
          {
            label: spec.label[lang],
            column: col,
            whole: termName(spec.whole, r.year, lang),
            value: wholeValue,
            stated,
            missing: n - known,
          },
          lang,
        ),
        figures,
        metrics: c.metrics.slice(),
      });
    }
    return finding(r, spec.check, "note", whole, {
      ran: false,
      printed: wholeValue,
      computed: null,
      message: notStatedMessage(c, figures, r.year, lang),
      figures,
      metrics: c.metrics.slice(),
    });
  }
  ctx.checksRun++;
  const computed = stated;
  if (computed === wholeValue) return null;
  // The arithmetic spelled out, only for a mismatch (a corpus has many more could-not-run notes).
  const expr = spec.parts
    .map((t, k) => `${k === 0 ? (t.sign === -1 ? "−" : "") : t.sign === -1 ? " − " : " + "}${figures[k + 1]?.value ?? "?"}`)
    .join("");
  const names = spec.parts.map((t, k) => `${k === 0 ? "" : t.sign === -1 ? " − " : " + "}${termName(t, r.year, lang)}`).join("");
  return finding(r, spec.check, spec.severity ?? "error", whole, {
    printed: wholeValue,
    computed,
    message: say(
      "audit.sum_mismatch",
      {
        label: spec.label[lang],
        column: col,
        whole: termName(spec.whole, r.year, lang),
        value: wholeValue,
        names,
        arithmetic: `${n > 1 ? `${expr} = ` : ""}${computed}`,
      },
      lang,
    ),
    figures,
    metrics: c.metrics.slice(),
  });
}

/**
 * The message of a check that could not run, the same for every report missing the same parts: kept
 * per missing set (a bit mask of parts), so a corpus's many could-not-run notes share a few texts
 * rather than build one each.
 */
function notStatedMessage(c: CompiledSumCheck, figures: readonly FindingFigure[], year: number, lang: Lang): string {
  const parts = c.parts.length;
  let mask = 0;
  for (let k = 0; k < parts && k < 30; k++) if (figures[k + 1]?.value === null) mask |= 1 << k;
  const cacheable = parts <= 30 && year === c.year;
  const key = mask * 2 + (lang === "en" ? 1 : 0);
  let text = cacheable ? c.notStated.get(key) : undefined;
  if (text === undefined) {
    const spec = c.spec;
    const missing = spec.parts.filter((_, k) => figures[k + 1]?.value === null).map((t) => termName(t, year, lang));
    text = say(
      "audit.sum_not_stated",
      {
        label: spec.label[lang],
        column: columnText(spec.whole.applicant, lang),
        missing: missing.join(say("general.list_separator", undefined, lang)),
      },
      lang,
    );
    if (cacheable) c.notStated.set(key, text);
  }
  return text;
}

/**
 * A figure's name in a message: its metric label in Chinese, its metric id in English (as the datasets
 * name it), with its year when it is not the report's own.
 */
function termName(t: SumTerm, year: number, lang: Lang): string {
  const name = lang === "zh" ? metricLabel(t.metric, "zh") : t.metric;
  return t.year !== undefined && t.year !== year ? say("audit.term_of_year", { name, year: t.year }, lang) : name;
}

/** The applicant column a check ran in ("" for 总计). */
function columnText(applicant: Applicant | null, lang: Lang): string {
  if (applicant === null) return "";
  return say("audit.column", { applicant: lang === "zh" ? APPLICANT_LABELS[applicant].printed : applicant }, lang);
}
