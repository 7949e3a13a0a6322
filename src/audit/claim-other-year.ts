/**
 * A sentence about an earlier year stating figures as if they were this year's ("2022年,我镇…主动公开
 * 政府信息223条" in the 2023 report): a warning, since the figures belong to no year the report is
 * about (the extractor does not count them either). With the datasets, the figures equal to that
 * year's dataset are named: a copied paragraph usually repeats them exactly.
 */
import type { OtherYearClaim } from "../extract/claims/claim.js";
import { say } from "../messages/catalogue.js";
import type { ClaimContext, ClaimVerdict } from "./claim-context.js";

export function checkOtherYearClaim(ctx: ClaimContext, c: OtherYearClaim): ClaimVerdict {
  const separator = say("general.list_separator");
  let message = say("claim.other_year.sentence", { year: c.year, reportYear: c.reportYear, figures: c.figures.join(separator) });
  const earlier = new Set(ctx.datasetYear(c.year).values());
  const same = c.figures.filter((f) => earlier.has(Number(/\d+(?:\.\d+)?/.exec(f)?.[0])));
  if (same.length > 0) message += say("claim.other_year.same_as_dataset", { same: same.join(separator), year: c.year });
  return {
    claim: c,
    check: "claim_other_year",
    outcome: "flagged",
    severity: "warning",
    printed: null,
    computed: null,
    metrics: [],
    message,
  };
}
