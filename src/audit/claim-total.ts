/**
 * A total the text prints after its parts ("…1887条,…514条,总计2401条") against their sum. When the
 * sentence lists more figures of the unit than the total covers, the last ones that add up to it are
 * its parts (a sentence may open with another count); no run adding up to it is an error showing the
 * sum of all of them.
 */
import type { TotalClaim } from "../extract/claims/claim.js";
import { say } from "../messages/catalogue.js";
import { type ClaimContext, type ClaimVerdict, num, sumText } from "./claim-context.js";

export function checkTotalClaim(_ctx: ClaimContext, c: TotalClaim): ClaimVerdict {
  let parts = c.parts;
  for (let from = c.parts.length - 2; from >= 0; from--) {
    const run = c.parts.slice(from);
    if (run.reduce((a, b) => a + b, 0) === c.total) {
      parts = run;
      break;
    }
  }
  const sum = parts.reduce((a, b) => a + b, 0);
  const agrees = sum === c.total;
  return {
    claim: c,
    check: "claim_total",
    outcome: agrees ? "matched" : "flagged",
    severity: agrees ? "note" : "error",
    printed: c.total,
    computed: sum,
    metrics: [],
    message: say("claim.total.arithmetic", {
      word: c.word,
      total: num(c.total),
      unit: c.unit,
      arithmetic: sumText(parts),
      sum: num(sum),
      verdict: say(agrees ? "claim.verdict.agrees" : "claim.verdict.disagrees"),
    }),
  };
}
