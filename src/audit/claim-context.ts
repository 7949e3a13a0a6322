/**
 * What the narrative claim checks read: the report's own figures (its tables as the extractor read them,
 * with the wholes the template leaves to be summed), the prior years' figures from the datasets when
 * given, and how a verdict on a claim becomes a finding that quotes the sentence.
 */
import { GROUPS } from "../catalogue/groups.js";
import { isChangeBaseline } from "../compute/derive-subtotals.js";
import { entityScopes, type ScopeChange, scopeChangeBetween } from "../coverage/scope-by-year.js";
import type { Claim } from "../extract/claims/claim.js";
import type { ExtractedReport } from "../extract/extracted-report.js";
import { say } from "../messages/catalogue.js";
import type { Layout } from "../types.js";
import { type AuditContext, finding, type Report } from "./audit-context.js";
import type { CheckId, Finding, FindingFigure, Severity } from "./finding.js";

/** A report whose claims are checked. */
export interface ClaimReport {
  entity: string;
  entity_name: string;
  year: number;
  layout: Layout;
  /** The report file as the user named it. */
  file: string;
  /** True for a PDF: a claim's place is a page and a line on it. */
  paged: boolean;
  /** The figures the extractor read from the report. */
  figures: ExtractedReport["figures"];
}

/** A value of the report with the figures it was read or summed from. */
export interface Stated {
  value: number;
  /** The parts it was summed from (one element when stated as such). */
  parts: number[];
}

/** How one claim came out: agrees, flagged (with a severity) or could not be checked. */
export type ClaimOutcome = "matched" | "flagged" | "unchecked";

export interface ClaimVerdict {
  claim: Claim | null;
  check: CheckId;
  outcome: ClaimOutcome;
  severity: Severity;
  message: string;
  printed: number | null;
  computed: number | null;
  metrics: string[];
}

/** A claim that could not be checked: a note saying why, with no computed figure. */
export function uncheckedVerdict(claim: Claim, check: CheckId, printed: number | null, metrics: string[], message: string): ClaimVerdict {
  return { claim, check, outcome: "unchecked", severity: "note", printed, computed: null, metrics, message };
}

/** Why a growth or multiple on `change.from_year` is not checked: the body's scope changed since. */
export function scopeChangedMessage(ctx: ClaimContext, change: ScopeChange): string {
  return say("claim.scope_changed", { year: change.from_year, from: change.from, to: change.to, reportYear: ctx.report.year });
}

export class ClaimContext {
  readonly report: ClaimReport;
  /** The datasets (for the prior years' figures), or null. */
  readonly datasets: AuditContext | null;

  constructor(report: ClaimReport, datasets: AuditContext | null) {
    this.report = report;
    this.datasets = datasets;
  }

  /**
   * A figure of the report's tables (blank applicant), or the sum of its parts when the template leaves
   * the whole to be summed (不予公开 = its eight grounds) and every part is stated; null otherwise.
   */
  tableValue(metric: string): Stated | null {
    const stated = this.report.figures.find((f) => f.metric === metric && f.applicant === null && f.origin === "table");
    if (stated !== undefined) return { value: stated.value, parts: [stated.value] };
    const group = GROUPS.find((g) => g.whole === metric && g.relation === "partition" && g.layouts.includes(this.report.layout));
    if (group === undefined) return null;
    const parts = group.parts.map((p) => this.tableValue(p));
    if (parts.length === 0 || parts.some((p) => p === null)) return null;
    const values = parts.map((p) => (p as Stated).value);
    return { value: values.reduce((a, b) => a + b, 0), parts: values };
  }

  /** A figure of the report stated anywhere (table first, then text); null when not stated. */
  anyValue(metric: string): number | null {
    const table = this.tableValue(metric);
    if (table !== null) return table.value;
    const text = this.report.figures.find((f) => f.metric === metric && f.applicant === null);
    return text === undefined ? null : text.value;
  }

  /**
   * The datasets' figure of this body in an earlier year (null when absent or no datasets). A derived
   * figure may come from a printed change ("89370 − 2589") and cannot check an absolute change (it
   * agrees by construction): with `forChange` only printed figures are given.
   */
  datasetValue(metric: string, year: number, forChange = false): number | null {
    const ctx = this.datasets;
    if (ctx === null) return null;
    const code = ctx.table.entityNames.indexOf(this.report.entity);
    if (code < 0) return null;
    const r: Report = { entity: this.report.entity, code, entity_name: this.report.entity_name, year };
    const row = ctx.row(r, metric, null, year);
    // A derived figure may be a baseline written to a dataset file (basis "derived", "89370 − 2589, from
    // the 2017 report"), which the change it came from would agree with by construction.
    if (row < 0 || (forChange && (ctx.table.basis[row] !== 0 || isChangeBaseline(ctx.table.sourceAt(row))))) return null;
    const v = ctx.table.value[row] as number;
    return Number.isNaN(v) ? null : v;
  }

  /**
   * The change of scope between an earlier year and the report's, as the body's entity.json states it
   * (全区 → 办公室): figures of the two years then count different things and are not compared.
   */
  scopeChange(fromYear: number): ScopeChange | null {
    const t = this.datasets?.table;
    if (t === undefined) return null;
    return scopeChangeBetween(entityScopes(t, this.report.entity), fromYear, this.report.year);
  }

  /**
   * Every printed figure the datasets hold of this body in a year, keyed "metric|applicant" (derived
   * subtotals left out: they repeat their parts); empty without datasets.
   */
  datasetYear(year: number): Map<string, number> {
    const out = new Map<string, number>();
    const t = this.datasets?.table;
    if (t === undefined) return out;
    const code = t.entityNames.indexOf(this.report.entity);
    if (code < 0) return out;
    for (let i = 0; i < t.length; i++) {
      if (t.entity[i] !== code || t.year[i] !== year || t.basis[i] !== 0) continue;
      const v = t.value[i] as number;
      if (!Number.isNaN(v)) out.set(`${t.metricAt(i)}|${t.applicantAt(i) ?? ""}`, v);
    }
    return out;
  }

  /** The report's (entity, year) for the finding helpers. */
  private get asReport(): Report {
    return { entity: this.report.entity, code: -1, entity_name: this.report.entity_name, year: this.report.year };
  }

  /** A verdict as an audit finding: the claim's sentence is its source, its place its line. */
  toFinding(v: ClaimVerdict): Finding {
    const c = v.claim;
    const at: FindingFigure = {
      metric: v.metrics[0] ?? "",
      applicant: null,
      year: this.report.year,
      value: v.printed,
      source: c?.sentence ?? null,
      // A place is file:line (a PDF's file#page=N:line); a verdict with no line (a table compared with
      // last year's, a Word report) has none to point at: its entity and year say which report.
      file:
        c?.line === undefined ? null : this.report.paged && c.page !== undefined ? `${this.report.file}#page=${c.page}` : this.report.file,
      line: c?.line ?? null,
    };
    return finding(this.asReport, v.check, v.severity, at, {
      printed: v.printed,
      computed: v.computed,
      message: v.message,
      figures: v.metrics.length === 0 ? [] : [at],
      metrics: v.metrics,
      ran: v.outcome !== "unchecked",
    });
  }
}

/** A number as a report prints it: no trailing zeros, no float noise (0.1 + 0.2 → 0.3). */
export function num(x: number): string {
  return String(Number(x.toFixed(10)));
}

/** "272 + 3", or "272" for one part. */
export function sumText(parts: readonly number[]): string {
  return parts.map(num).join(" + ");
}

/** "(272 + 3) ÷ 811", the parentheses only around a sum. */
export function quotientText(parts: readonly number[], denominator: number): string {
  const head = parts.length > 1 ? `(${sumText(parts)})` : sumText(parts);
  return `${head} ÷ ${num(denominator)}`;
}
