/**
 * The identity table 三 prints under itself: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, in every
 * applicant column ("第一项加第二项之和，等于第三项加第四项之和").
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import { sayBoth } from "../messages/catalogue.js";
import { APPLICANTS, type Applicant } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { compiledPerYear, compileSumCheck, runSumChecks } from "./sum-check.js";

export function checkRequestBalance(ctx: AuditContext, r: Report): Finding[] {
  return runSumChecks(ctx, r, checksOf(r.year), []);
}

const checksOf = compiledPerYear((year) =>
  layoutOfYear(year) === "2008"
    ? []
    : ([null, ...APPLICANTS] as (Applicant | null)[]).map((applicant) =>
        // Rewritten as a sum: requests_new = result_total + requests_carried_out − requests_carried_in.
        compileSumCheck(
          {
            check: "request_balance",
            whole: { metric: "requests_new", applicant },
            parts: [
              { metric: "result_total", applicant },
              { metric: "requests_carried_out", applicant },
              { metric: "requests_carried_in", applicant, sign: -1 },
            ],
            label: sayBoth("audit.label_request_balance"),
          },
          year,
        ),
      ),
);
