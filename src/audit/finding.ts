/**
 * An audit finding: what a report prints against what its own counts imply, with where each figure
 * came from. Findings are results, not failures: the audit reports them and goes on.
 */
import { readingOrder } from "../compute/report-order.js";
import { type MessageKey, say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";
import type { Applicant, EntityId, MetricId, Year } from "../types.js";

export type Severity = "error" | "warning" | "note";

/** Every check id, with the catalogue message that says what it compares. */
export const CHECK_IDS = {
  printed_share: "audit.check.printed_share",
  printed_change: "audit.check.printed_change",
  printed_growth: "audit.check.printed_growth",
  parts_sum: "audit.check.parts_sum",
  applicant_sum: "audit.check.applicant_sum",
  request_balance: "audit.check.request_balance",
  carry_over: "audit.check.carry_over",
  stock_flow: "audit.check.stock_flow",
  narrative_vs_table: "audit.check.narrative_vs_table",
  claim_share: "claim.check.share",
  claim_growth: "claim.check.growth",
  claim_ratio: "claim.check.ratio",
  claim_total: "claim.check.total",
  claim_timeliness: "claim.check.timeliness",
  claim_other_year: "claim.check.other_year",
  claim_identical_table: "claim.check.identical_table",
} as const satisfies Record<string, MessageKey>;

export type CheckId = keyof typeof CHECK_IDS;

/** What a check compares, in the current language (or the one given). */
export function checkDescription(check: CheckId, lang?: Lang): string {
  return say(CHECK_IDS[check], undefined, lang);
}

/** A figure a finding refers to, with its provenance. */
export interface FindingFigure {
  metric: MetricId;
  applicant: Applicant | null;
  year: Year;
  value: number | null;
  source: string | null;
  file: string | null;
  line: number | null;
}

export interface Finding {
  entity: EntityId;
  entity_name: string;
  year: Year;
  check: CheckId;
  /** False when the check could not run because a needed figure is not stated. */
  ran: boolean;
  metrics: MetricId[];
  applicant: Applicant | null;
  /** What the report prints (or, for a sum check, the printed whole). */
  printed: number | null;
  /** What its own counts imply. */
  computed: number | null;
  /** printed − computed. */
  difference: number | null;
  severity: Severity;
  message: string;
  /** The sentence or table row of the printed figure. */
  source: string | null;
  file: string | null;
  line: number | null;
  /** Every figure the check used, with provenance (e.g. both sides of a narrative/table mismatch). */
  figures: FindingFigure[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Findings in reading order: entity (see readingOrder), year, severity, check, line. */
export function sortFindings(findings: Finding[]): Finding[] {
  // Entity ids and check ids ranked once, so the sort compares integers.
  const entityRank = ranksInReadingOrder(findings.map((f) => f.entity));
  const checkRank = ranksInReadingOrder(findings.map((f) => f.check));
  return findings.sort(
    (a, b) =>
      (entityRank.get(a.entity) as number) - (entityRank.get(b.entity) as number) ||
      a.year - b.year ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (checkRank.get(a.check) as number) - (checkRank.get(b.check) as number) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * Sorts findings[from…], all of one report, into the order sortFindings gives them: severity, check,
 * line (their entity and year are the report's). Check ids are ranked once for all reports.
 */
export function sortReportFindings(findings: Finding[], from: number): void {
  if (findings.length - from < 2) return;
  const ranks = checkRanks(findings, from);
  const sorted = findings
    .slice(from)
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (ranks.get(a.check) as number) - (ranks.get(b.check) as number) ||
        (a.line ?? 0) - (b.line ?? 0),
    );
  for (let k = 0; k < sorted.length; k++) findings[from + k] = sorted[k] as Finding;
}

let knownCheckRanks: Map<string, number> | null = null;

/** Ranks of every check id, and of any other the findings carry (ranks are only ever compared). */
function checkRanks(findings: readonly Finding[], from: number): Map<string, number> {
  let ranks = knownCheckRanks ?? ranksInReadingOrder(Object.keys(CHECK_IDS));
  for (let k = from; k < findings.length; k++) {
    const check = (findings[k] as Finding).check;
    if (!ranks.has(check)) ranks = ranksInReadingOrder([...ranks.keys(), check]);
  }
  knownCheckRanks = ranks;
  return ranks;
}

/** Each distinct string's rank in reading order. */
function ranksInReadingOrder(strings: readonly string[]): Map<string, number> {
  const ranks = new Map<string, number>();
  [...new Set(strings)].sort(readingOrder()).forEach((s, rank) => {
    ranks.set(s, rank);
  });
  return ranks;
}
