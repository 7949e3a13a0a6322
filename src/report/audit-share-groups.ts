/**
 * The printed shares of each (year, group), paired with the shares the counts give and the audit's
 * verdict, ready for the audit chart.
 *
 * The verdicts come from the audit's printed_share findings (error → disagrees, note → truncated, no
 * finding → agrees). The computed share shown is the one against the denominator the audit read the
 * group with: the denominator its findings' computed values were divided by; when every share agrees
 * and there is no finding to tell, the denominator the printed shares lie closest to (a display choice:
 * both agree at the printed precision).
 */

import type { Finding } from "../audit/finding.js";
import type { AuditChartRow } from "../charts/chart-rows.js";
import type { BreakdownRow } from "../compute/breakdown.js";
import type { Year } from "../types.js";

export interface AuditShareGroup {
  year: Year;
  group: string;
  /** "parts" when the shares are read against the sum of the parts, "whole" against the declared whole. */
  denominator: "parts" | "whole";
  denominator_value: number | null;
  rows: AuditChartRow[];
}

export function auditShareGroups(breakdowns: readonly BreakdownRow[], findings: readonly Finding[]): AuditShareGroup[] {
  const groups = new Map<string, BreakdownRow[]>();
  for (const b of breakdowns) {
    if (b.printed_share === null) continue;
    const key = `${b.year}\u0000${b.group}`;
    const list = groups.get(key) ?? [];
    list.push(b);
    groups.set(key, list);
  }
  const out: AuditShareGroup[] = [];
  for (const rows of groups.values()) {
    const first = rows[0] as BreakdownRow;
    const findingOf = (b: BreakdownRow) =>
      findings.find(
        (f) =>
          f.check === "printed_share" &&
          f.year === b.year &&
          f.metrics[0] === b.metric &&
          f.applicant === b.applicant &&
          f.entity === b.entity,
      );
    const denominator = pickDenominator(rows, findingOf);
    const chartRows: AuditChartRow[] = [];
    for (const b of rows) {
      const f = findingOf(b);
      if (f && !f.ran) continue;
      chartRows.push({
        metric: b.metric,
        applicant: b.applicant,
        printed: b.printed_share as number,
        computed: denominator === "parts" ? b.share_of_parts : b.share_of_whole,
        verdict: f === undefined ? "agrees" : f.severity === "note" ? "truncated" : "disagrees",
      });
    }
    if (chartRows.length === 0) continue;
    out.push({
      year: first.year,
      group: first.group,
      denominator,
      denominator_value: denominator === "parts" ? first.parts_sum : first.whole_value,
      rows: chartRows,
    });
  }
  return out.sort((a, b) => a.year - b.year);
}

function pickDenominator(rows: readonly BreakdownRow[], findingOf: (b: BreakdownRow) => Finding | undefined): "parts" | "whole" {
  for (const b of rows) {
    const f = findingOf(b);
    if (f?.computed == null) continue;
    if (f.computed === b.share_of_parts) return "parts";
    if (f.computed === b.share_of_whole) return "whole";
  }
  const distance = (pick: (b: BreakdownRow) => number | null) =>
    rows.reduce((s, b) => {
      const c = pick(b);
      return s + (c === null ? Number.POSITIVE_INFINITY : Math.abs((b.printed_share as number) - c));
    }, 0);
  return distance((b) => b.share_of_whole) < distance((b) => b.share_of_parts) ? "whole" : "parts";
}
