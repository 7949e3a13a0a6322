/**
 * The arithmetic every total check shares: a printed whole against the sum of its parts. It runs only
 * when every figure is stated; an unknown part is never read as zero. When some parts are stated and
 * others are not, the check could not run and says which figures are missing (a note), unless the
 * stated parts already exceed the whole, which is an error whatever the missing ones are.
 */
import { metricCode } from "../catalogue/catalogue.js";
import { APPLICANTS, type Applicant, type MetricId } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import { finding } from "./audit-context.js";
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
  /** What is being checked, for messages, e.g. "result categories". */
  label: string;
  /** Severity of a mismatch (default error). */
  severity?: "error" | "warning";
}

export function sumCheck(ctx: AuditContext, r: Report, spec: SumCheckSpec): Finding | null {
  // Most checks of a corpus agree or cannot run: tell which from the values alone, and build figures
  // and messages only for a finding.
  const outcome = quickOutcome(ctx, r, spec);
  if (outcome === "skip") return null;
  if (outcome === "agrees") {
    ctx.checksRun++;
    return null;
  }
  return sumCheckFinding(ctx, r, spec);
}

/** What sumCheckFinding would do, from the cell values only. */
function quickOutcome(ctx: AuditContext, r: Report, spec: SumCheckSpec): "skip" | "agrees" | "finding" {
  const index = ctx.index;
  const e = index.entityCode(r.entity);
  if (e < 0) return "skip";
  const value = ctx.table.value;
  const cell = (t: SumTerm) => {
    const m = metricCode(t.metric);
    if (m < 0) return Number.NaN;
    const row = index.rowOf(e, t.year ?? r.year, m, t.applicant === null ? -1 : APPLICANTS.indexOf(t.applicant));
    return row < 0 ? Number.NaN : (value[row] as number);
  };
  const whole = cell(spec.whole);
  let known = 0;
  let computed = 0;
  for (const t of spec.parts) {
    const v = cell(t);
    if (!Number.isNaN(v)) known++;
    computed = computed + (t.sign ?? 1) * v;
  }
  if (known === 0 || Number.isNaN(whole)) return "skip";
  if (known < spec.parts.length) return "finding";
  return computed === whole ? "agrees" : "finding";
}

/** The check with its figures and message (increments checksRun when it ran). */
function sumCheckFinding(ctx: AuditContext, r: Report, spec: SumCheckSpec): Finding | null {
  const fig = (t: SumTerm) => ctx.figure(r, t.metric, t.applicant, t.year ?? r.year);
  const whole = fig(spec.whole);
  const parts = spec.parts.map(fig);
  const figures: FindingFigure[] = [whole, ...parts];
  const known = parts.filter((p) => p.value !== null);
  if (known.length === 0 || (whole.value === null && known.length < parts.length)) return null;
  const col = spec.whole.applicant === null ? "" : ` [${spec.whole.applicant}]`;
  const expr = spec.parts
    .map((t, k) => `${k === 0 ? (t.sign === -1 ? "−" : "") : t.sign === -1 ? " − " : " + "}${parts[k]?.value ?? "?"}`)
    .join("");
  const names = spec.parts.map((t, k) => `${k === 0 ? "" : t.sign === -1 ? " − " : " + "}${termName(t, r.year)}`).join("");
  if (whole.value === null) return null;
  if (known.length < parts.length) {
    const stated = known.reduce((s, p, k) => s + (spec.parts[k]?.sign ?? 1) * (p.value as number), 0);
    const allAdded = spec.parts.every((t) => (t.sign ?? 1) === 1);
    if (allAdded && stated > whole.value) {
      ctx.checksRun++;
      return finding(r, spec.check, "error", whole, {
        printed: whole.value,
        computed: stated,
        message: `${termName(spec.whole, r.year)}${col} = ${whole.value}, but its stated parts alone add up to ${stated} (${parts.length - known.length} more not stated): ${spec.label}.`,
        figures,
      });
    }
    const missing = spec.parts.filter((_, k) => parts[k]?.value === null).map((t) => termName(t, r.year));
    return finding(r, spec.check, "note", whole, {
      ran: false,
      printed: whole.value,
      computed: null,
      message: `${spec.label}${col} could not be checked: ${missing.join(", ")} not stated.`,
      figures,
    });
  }
  ctx.checksRun++;
  const computed = parts.reduce((s, p, k) => s + (spec.parts[k]?.sign ?? 1) * (p.value as number), 0);
  if (computed === whole.value) return null;
  return finding(r, spec.check, spec.severity ?? "error", whole, {
    printed: whole.value,
    computed,
    message: `${spec.label}${col}: ${termName(spec.whole, r.year)} = ${whole.value}, but ${names} = ${parts.length > 1 ? `${expr} = ` : ""}${computed}.`,
    figures,
  });
}

function termName(t: SumTerm, year: number): string {
  return t.year !== undefined && t.year !== year ? `${t.metric} (${t.year})` : t.metric;
}
