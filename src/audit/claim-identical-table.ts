/**
 * This year's table figures against the prior year's dataset: when at least MIN_SHARED items are
 * stated in both years and at least SAME_SHARE of them are equal, the table may have been copied from
 * the year before. Items that are 0 in both years are left out of the count: a small body's table of
 * zeros is honestly the same every year. Fewer shared items than MIN_SHARED gives no verdict.
 */
import { say } from "../messages/catalogue.js";
import type { ClaimContext, ClaimVerdict } from "./claim-context.js";
import { fixed } from "./printed-precision.js";

export const MIN_SHARED = 20;
export const SAME_SHARE = 0.8;

export function checkIdenticalTable(ctx: ClaimContext): ClaimVerdict | null {
  const prior = ctx.report.year - 1;
  const before = ctx.datasetYear(prior);
  // Compared across a change of scope too: a table copied from the year before is a copy whatever it counts.
  if (before.size === 0) return null;
  let shared = 0;
  let same = 0;
  for (const f of ctx.report.figures) {
    if (f.origin !== "table") continue;
    const was = before.get(`${f.metric}|${f.applicant ?? ""}`);
    if (was === undefined || (was === 0 && f.value === 0)) continue;
    shared++;
    if (was === f.value) same++;
  }
  if (shared < MIN_SHARED) return null;
  const share = same / shared;
  const params = { prior, shared, same, share: fixed(share * 100, 1) };
  const copied = share >= SAME_SHARE;
  return {
    claim: null,
    check: "claim_identical_table",
    outcome: copied ? "flagged" : "matched",
    severity: copied ? "warning" : "note",
    printed: same,
    computed: shared,
    metrics: [],
    message: say(copied ? "claim.identical.flag" : "claim.identical.differs", params),
  };
}
