/**
 * An audit finding: what a report prints against what its own counts imply, with where each figure
 * came from. Findings are results, not failures: the audit reports them and goes on.
 */
import { readingOrder } from "../compute/report-order.js";
import type { Applicant, EntityId, MetricId, Year } from "../types.js";

export type Severity = "error" | "warning" | "note";

export const CHECK_IDS = {
  printed_share: "a printed share against its count and the group's denominator",
  printed_change: "a printed change on the prior year against the two years' figures",
  printed_growth: "a printed percent growth against the two years' figures",
  parts_sum: "the parts of a partition group against its whole",
  applicant_sum: "the six applicant columns of a table 三 row against its 总计 column",
  request_balance: "new + carried-in requests against results + carried-out requests (table 三)",
  carry_over: "last year's carried-out requests against this year's carried-in",
  stock_flow: "last year's documents in force + issued − repealed against this year's in force",
  narrative_vs_table: "the narrative's request count against table 三's new requests",
  claim_share: "a share the narrative prints beside a count, against table 三 and the answers it states",
  claim_growth: "a growth on the prior year the narrative prints, against the prior year's figure",
  claim_ratio: "a multiple of an earlier year the narrative prints, against both years' figures",
  claim_total: "a total the narrative prints, against the parts it lists before it",
  claim_timeliness: "'all answered within the time limit', against the requests carried over or extended",
  claim_other_year: "a sentence about an earlier year stating figures as this year's",
  claim_identical_table: "this year's table figures against the prior year's dataset (a copied table)",
} as const;

export type CheckId = keyof typeof CHECK_IDS;

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
