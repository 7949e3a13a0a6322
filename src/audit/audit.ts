/**
 * audit(table): compares what each report prints with what its own counts imply — printed shares,
 * printed changes and growth, parts against wholes, the table 三 identity, cross-year carry-overs and
 * stocks, narrative against table — and returns the findings, errors first within each report.
 * Findings are results: a report with findings is not a failure of the audit.
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { Lang } from "../messages/lang.js";
import { AuditContext } from "./audit-context.js";
import { checkAcrossYears } from "./check-across-years.js";
import { checkApplicantSum } from "./check-applicant-sum.js";
import { checkNarrativeVsTable } from "./check-narrative-vs-table.js";
import { checkPartsSum } from "./check-parts-sum.js";
import { checkPrintedChanges } from "./check-printed-changes.js";
import { checkPrintedShares } from "./check-printed-shares.js";
import { checkRequestBalance } from "./check-request-balance.js";
import { type CheckId, type Finding, type Severity, sortFindings } from "./finding.js";

export interface AuditOptions {
  /** Only these entity ids (default all). */
  entities?: readonly string[];
  /** Only these checks (default all). */
  checks?: readonly CheckId[];
  /** Leave out findings below this severity ("note" keeps everything, the default). */
  minSeverity?: Severity;
  /** The language of the findings' messages (default the current one). */
  lang?: Lang;
}

export interface AuditReport {
  findings: Finding[];
  /** Reports (entity, year) audited. */
  reports: number;
  /** Checks that ran to a result, with or without a finding. */
  checks_run: number;
  /** Checks that could not run because a figure is not stated. */
  checks_not_run: number;
}

/** The checks that run report by report, in the order their findings are collected. */
export const PER_REPORT = [
  checkPrintedShares,
  checkPartsSum,
  checkApplicantSum,
  checkRequestBalance,
  checkAcrossYears,
  checkNarrativeVsTable,
];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** The findings of every check on every report. */
export function audit(table: ObservationTable, options: AuditOptions = {}): Finding[] {
  return auditReport(table, options).findings;
}

/** The findings with counts of what was checked. */
export function auditReport(table: ObservationTable, options: AuditOptions = {}): AuditReport {
  const ctx = new AuditContext(table, options.lang);
  const entities = options.entities?.length ? new Set(options.entities) : null;
  const reports = ctx.reports.filter((r) => entities === null || entities.has(r.entity));
  let findings: Finding[] = checkPrintedChanges(ctx).filter((f) => entities === null || entities.has(f.entity));
  for (const r of reports) for (const check of PER_REPORT) findings.push(...check(ctx, r));
  if (options.checks?.length) {
    const keep = new Set(options.checks);
    findings = findings.filter((f) => keep.has(f.check));
  }
  const min = SEVERITY_RANK[options.minSeverity ?? "note"];
  findings = findings.filter((f) => SEVERITY_RANK[f.severity] <= min);
  return {
    findings: sortFindings(findings),
    reports: reports.length,
    checks_run: ctx.checksRun,
    checks_not_run: findings.filter((f) => !f.ran).length,
  };
}
