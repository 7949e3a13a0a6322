/**
 * Table 三 rows across the applicant columns: 自然人 + the five kinds of organisation = 总计, for every
 * metric split by applicant type. Derived subtotals are skipped (their columns are sums of sub-rows that
 * are checked themselves).
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import { METRICS } from "../catalogue/metrics.js";
import { APPLICANTS } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { sumCheck } from "./sum-check.js";

export function checkApplicantSum(ctx: AuditContext, r: Report): Finding[] {
  const out: Finding[] = [];
  for (const m of METRICS) {
    if (!m.by_applicant || m.derived_only || !m.layouts.includes(layoutOfYear(r.year))) continue;
    const f = sumCheck(ctx, r, {
      check: "applicant_sum",
      whole: { metric: m.id, applicant: null },
      parts: APPLICANTS.map((applicant) => ({ metric: m.id, applicant })),
      label: `${m.label_zh} (${m.id}) across the applicant columns`,
    });
    if (f) out.push(f);
  }
  return out;
}
