/**
 * Table 三 rows across the applicant columns: 自然人 + the five kinds of organisation = 总计, for every
 * metric split by applicant type. Derived subtotals are skipped (their columns are sums of sub-rows that
 * are checked themselves): those no layout prints are not compiled at all, and 其他处理, printed in the
 * 2019 layout but derived in the 2021 one, is skipped where its row is derived.
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import { METRICS } from "../catalogue/metrics.js";
import { say } from "../messages/catalogue.js";
import { APPLICANTS } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { compiledPerYear, compileSumCheck, runSumChecks } from "./sum-check.js";

export function checkApplicantSum(ctx: AuditContext, r: Report): Finding[] {
  return runSumChecks(ctx, r, checksOf(r.year), []);
}

const checksOf = compiledPerYear((year) =>
  METRICS.filter((m) => m.by_applicant && !m.derived_only && m.layouts.includes(layoutOfYear(year))).map((m) =>
    compileSumCheck(
      {
        check: "applicant_sum",
        whole: { metric: m.id, applicant: null },
        parts: APPLICANTS.map((applicant) => ({ metric: m.id, applicant })),
        label: {
          zh: say("audit.label_applicant_sum", { metric: m.label_zh }, "zh"),
          en: say("audit.label_applicant_sum", { metric: `${m.label_en} (${m.id})` }, "en"),
        },
      },
      year,
      { skipDerivedWhole: true },
    ),
  ),
);
