/**
 * "均在法定期限内答复" against the requests the report says were not answered within the year: table
 * 三's 结转下年度继续办理 (2019+), or 延期办结 (before 2019). None, or some that the sentence itself
 * mentions ("另有3件顺延到下年度答复"), agrees. Some that it does not mention is a note, not an error:
 * a request carried over may still be within its time limit, but "均" then covers only those answered.
 */
import type { TimelinessClaim } from "../extract/claims/claim.js";
import { say } from "../messages/catalogue.js";
import type { ClaimContext, ClaimVerdict } from "./claim-context.js";

export function checkTimelinessClaim(ctx: ClaimContext, c: TimelinessClaim): ClaimVerdict {
  const pre2019 = ctx.report.layout === "2008";
  const metric = pre2019 ? "requests_closed_extended" : "requests_carried_out";
  const deferred = pre2019 ? ctx.anyValue(metric) : (ctx.tableValue(metric)?.value ?? null);
  const base = { claim: c, check: "claim_timeliness" as const, printed: null, computed: deferred, metrics: [metric] };
  if (deferred === null) return { ...base, outcome: "unchecked", severity: "note", message: say("claim.timeliness.unchecked") };
  const what = say(pre2019 ? "claim.timeliness.extended" : "claim.timeliness.carried_out");
  if (deferred === 0)
    return { ...base, outcome: "matched", severity: "note", message: say("claim.timeliness.none_deferred", { what, deferred }) };
  if (c.namesDeferred) return { ...base, outcome: "matched", severity: "note", message: say("claim.timeliness.named", { what, deferred }) };
  return { ...base, outcome: "flagged", severity: "note", message: say("claim.timeliness.deferred", { what, deferred }) };
}
