/**
 * Checks between a report and the same body's report of the year before: last year's 结转下年度 must be
 * this year's 上年结转 (per applicant column), and, in the 2021 layout, last year's 现行有效 + this year's
 * 制发 − 废止 must be this year's 现行有效 (rules and normative documents). A body without last year's
 * report is skipped silently; a missing figure in a report that exists is a could-not-run note.
 */
import { layoutOfYear } from "../catalogue/catalogue.js";
import { say, sayBoth } from "../messages/catalogue.js";
import { APPLICANTS, type Applicant } from "../types.js";
import type { AuditContext, Report } from "./audit-context.js";
import type { Finding } from "./finding.js";
import { type CompiledSumCheck, compiledPerYear, compileSumCheck, runSumChecks, type SumCheckSpec } from "./sum-check.js";

export function checkAcrossYears(ctx: AuditContext, r: Report): Finding[] {
  if (!ctx.rows.has(r.code, r.year - 1)) return [];
  return runSumChecks(ctx, r, checksOf(r.year), []);
}

const checksOf = compiledPerYear((year) => {
  const prev = year - 1;
  const checks: CompiledSumCheck[] = [];
  if (layoutOfYear(prev) !== "2008") {
    for (const applicant of [null, ...APPLICANTS] as (Applicant | null)[]) {
      const spec: SumCheckSpec = {
        check: "carry_over",
        whole: { metric: "requests_carried_in", applicant },
        parts: [{ metric: "requests_carried_out", applicant, year: prev }],
        label: sayBoth("audit.label_carry_over", { prev, year }),
      };
      checks.push(compileSumCheck(spec, year));
    }
  }
  if (layoutOfYear(prev) === "2021") {
    for (const doc of ["normdocs", "rules"] as const) {
      const docName = sayBoth(`audit.doc_${doc}`);
      const spec: SumCheckSpec = {
        check: "stock_flow",
        whole: { metric: `${doc}_in_force`, applicant: null },
        parts: [
          { metric: `${doc}_in_force`, applicant: null, year: prev },
          { metric: `${doc}_issued`, applicant: null },
          { metric: `${doc}_repealed`, applicant: null, sign: -1 },
        ],
        label: {
          zh: say("audit.label_stock_flow", { doc: docName.zh, prev, year }, "zh"),
          en: say("audit.label_stock_flow", { doc: docName.en, prev, year }, "en"),
        },
      };
      checks.push(compileSumCheck(spec, year));
    }
  }
  return checks;
});
