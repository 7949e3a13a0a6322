/**
 * The audit of report files: one report (its figures and its narrative claims, with the datasets for
 * the prior years when given), or the narrative claims of every report in folders of texts beside a set
 * of datasets. Findings come back filtered and sorted as the datasets audit gives them, with counts of
 * what the claims came to.
 */
import { statSync } from "node:fs";
import { basename } from "node:path";
import type { ObservationTable } from "../core/observation-table.js";
import { UsageError } from "../errors.js";
import { readClaimReport } from "../extract/claims/read-claim-report.js";
import { datasetFromReport } from "../extract/dataset-from-report.js";
import { entityIdFromFileName } from "../extract/entity-id-from-file-name.js";
import { findReportTexts } from "../extract/find-report-texts.js";
import { say } from "../messages/catalogue.js";
import { type AuditOptions, type AuditReport, auditReport, SEVERITY_RANK } from "./audit.js";
import { AuditContext } from "./audit-context.js";
import { auditClaims } from "./claim-audit.js";
import type { ClaimVerdict } from "./claim-context.js";
import { type Finding, sortFindings } from "./finding.js";

/** What the claims of the audited reports came to. */
export interface ClaimCounts {
  claims: number;
  /** Claims that could be checked (matched + flagged). */
  checked: number;
  matched: number;
  flagged: number;
  unchecked: number;
}

export interface FileAuditReport extends AuditReport {
  claims: ClaimCounts;
  /** Every verdict, those that agree included (for --format json callers and tests). */
  verdicts: ClaimVerdict[];
}

export function countVerdicts(verdicts: readonly ClaimVerdict[]): ClaimCounts {
  const n = (o: ClaimVerdict["outcome"]) => verdicts.filter((v) => v.outcome === o).length;
  const matched = n("matched");
  const flagged = n("flagged");
  return { claims: verdicts.length, checked: matched + flagged, matched, flagged, unchecked: n("unchecked") };
}

/** The claims summary line of the audit output. */
export function claimSummary(c: ClaimCounts): string {
  return say("claim.summary", { claims: c.claims, checked: c.checked, matched: c.matched, flagged: c.flagged, unchecked: c.unchecked });
}

/** Verdicts of the checks the options ask for (all without --check). */
function askedFor(verdicts: readonly ClaimVerdict[], options: AuditOptions): ClaimVerdict[] {
  const checks = options.checks?.length ? new Set<string>(options.checks) : null;
  return verdicts.filter((v) => checks === null || checks.has(v.check));
}

/** Findings kept by the options' check and severity filters. */
function kept(findings: Finding[], options: AuditOptions): Finding[] {
  const checks = options.checks?.length ? new Set<string>(options.checks) : null;
  const min = SEVERITY_RANK[options.minSeverity ?? "note"];
  return findings.filter((f) => (checks === null || checks.has(f.check)) && SEVERITY_RANK[f.severity] <= min);
}

/**
 * One report file (text, HTML, PDF or Word): its figures audited as a dataset of their own, and its
 * narrative claims against them and, for growths, ratios and a copied table, the datasets' prior years.
 * The body is `entity` or the file name's; the year the report's own, else the file name's.
 */
export async function auditReportFile(
  path: string,
  datasets: ObservationTable | null,
  options: AuditOptions & { entity?: string },
): Promise<FileAuditReport> {
  const read = await readClaimReport(path);
  const fromName = entityIdFromFileName(path);
  const year = read.report.year ?? fromName.year;
  const shown = path === "-" ? "stdin" : basename(path);
  if (year === null) throw new UsageError(say("claim.no_year", { file: shown }));
  const entity = options.entity ?? fromName.entity;
  if (entity === null && datasets !== null) throw new UsageError(say("claim.no_entity", { file: shown }));
  const id = entity ?? "report";
  const info = datasets?.entityInfo.get(id);
  const name = info?.name_zh ?? read.report.body ?? id;
  let figures: AuditReport = { findings: [], reports: 0, checks_run: 0, checks_not_run: 0 };
  if (read.report.figures.length > 0) {
    const entityInfo = info ?? { id, name_zh: name, name_en: "", level: "", province: "", parent: null };
    const { validated } = await datasetFromReport({ ...read.report, year }, { entity: id, year, entityInfo, file: shown });
    figures = auditReport(validated.table, options);
  }
  const ctx = datasets === null ? null : new AuditContext(datasets);
  const claims = auditClaims(read, { entity: id, entity_name: name, year, file: shown }, ctx);
  const findings = sortFindings([...figures.findings, ...kept(claims.findings, options)]);
  return {
    findings,
    reports: 1,
    checks_run: figures.checks_run + countVerdicts(askedFor(claims.verdicts, options)).checked,
    checks_not_run: findings.filter((f) => !f.ran).length,
    claims: countVerdicts(askedFor(claims.verdicts, options)),
    verdicts: claims.verdicts,
  };
}

/**
 * The narrative claims of every report in `folders` (named `<entity>-<year>.<ext>`) whose body and year
 * the datasets hold, checked against the text's own figures and the datasets' prior years. A folder
 * with no such report is a usage error: the user meant some to be found.
 */
export async function auditTextClaims(
  table: ObservationTable,
  folders: readonly string[],
  options: AuditOptions,
): Promise<{ findings: Finding[]; verdicts: ClaimVerdict[]; reports: number }> {
  const texts = findReportTexts(folders);
  const ctx = new AuditContext(table);
  const entities = options.entities?.length ? new Set(options.entities) : null;
  const findings: Finding[] = [];
  const verdicts: ClaimVerdict[] = [];
  let reports = 0;
  for (const r of ctx.reports) {
    if (entities !== null && !entities.has(r.entity)) continue;
    const path = texts.get(r.entity)?.get(r.year);
    if (path === undefined) continue;
    reports++;
    const read = await readClaimReport(path, { year: r.year });
    const audit = auditClaims(read, { entity: r.entity, entity_name: r.entity_name, year: r.year, file: basename(path) }, ctx);
    findings.push(...kept(audit.findings, options));
    verdicts.push(...askedFor(audit.verdicts, options));
  }
  if (reports === 0) throw new UsageError(say("claim.texts_none", { folders: folders.join(say("general.list_separator")) }));
  return { findings, verdicts, reports };
}

/** Report files the claims audit reads: a file whose name says it is a report's text, page or document. */
export function isReportFile(path: string): boolean {
  if (!/\.(?:txt|text|md|html?|pdf|docx)$/i.test(path)) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The datasets audit with the narrative claims of the reports in `folders` added (none without folders). */
export async function withTextClaims(
  report: AuditReport,
  table: ObservationTable,
  folders: readonly string[] | undefined,
  options: AuditOptions,
): Promise<AuditReport & { claims?: ClaimCounts; verdicts?: ClaimVerdict[] }> {
  if (folders === undefined || folders.length === 0) return report;
  const texts = await auditTextClaims(table, folders, options);
  const claims = countVerdicts(texts.verdicts);
  const findings = sortFindings([...report.findings, ...texts.findings]);
  return {
    findings,
    reports: report.reports,
    checks_run: report.checks_run + claims.checked,
    checks_not_run: findings.filter((f) => !f.ran).length,
    claims,
    verdicts: texts.verdicts,
  };
}

/** The audit's summary line, and the claims' when claims were audited. */
export function withClaimSummary(summary: string, report: { claims?: ClaimCounts }): string {
  return report.claims === undefined ? summary : `${summary}\n${claimSummary(report.claims)}`;
}
