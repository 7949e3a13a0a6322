/**
 * Parts against wholes for every partition group of the report's layout (requests by channel =
 * received, on time + extended = closed, answers = answered, refusal reasons = refused, 2019+ result
 * categories = result_total, sub-rows = their group, table 四 totals = their parts), in the 总计 column and,
 * for table 三 groups, in each applicant column. Overlapping groups (channels) are not partitions.
 * Wholes the toolkit derived from the same parts are skipped: they agree by construction.
 */
import { findMetric, layoutOfYear } from "../catalogue/catalogue.js";
import { GROUPS } from "../catalogue/groups.js";
import { APPLICANTS, type Applicant } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { type CompiledSumCheck, compiledPerYear, compileSumCheck, runSumChecks } from "./sum-check.js";

export function checkPartsSum(ctx: AuditContext, r: Report): Finding[] {
  return runSumChecks(ctx, r, checksOf(r.year), []);
}

const checksOf = compiledPerYear((year) => {
  const checks: CompiledSumCheck[] = [];
  for (const g of GROUPS) {
    if (g.relation !== "partition" || !g.layouts.includes(layoutOfYear(year))) continue;
    const columns: (Applicant | null)[] = findMetric(g.whole)?.by_applicant ? [null, ...APPLICANTS] : [null];
    for (const applicant of columns) {
      const spec = {
        check: "parts_sum" as const,
        whole: { metric: g.whole, applicant },
        parts: g.parts.map((metric) => ({ metric, applicant })),
        // The group's own labels (metric catalogue), with its id in English as the datasets write it.
        label: { zh: g.label_zh, en: `${g.label_en} (${g.id})` },
      };
      checks.push(compileSumCheck(spec, year, { skipDerivedWhole: true }));
    }
  }
  return checks;
});
