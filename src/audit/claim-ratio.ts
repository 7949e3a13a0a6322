/**
 * A multiple of an earlier year the text prints ("总计2401条,是2013年信息发布总量的1.5倍") against the
 * figures: this year's (the figure before the claim) over the earlier year's (stated in the sentence,
 * else the datasets' figure of the same item), at the printed precision. When it disagrees, the
 * sentence's other figures of this year are tried too and shown, so a reader sees whether any of them
 * is what the writer meant.
 */
import type { RatioClaim } from "../extract/claims/claim.js";
import { COUNT_UNIT } from "../extract/claims/claim-numbers.js";
import { say } from "../messages/catalogue.js";
import { type ClaimContext, type ClaimVerdict, num, scopeChangedMessage, uncheckedVerdict } from "./claim-context.js";
import { datasetItem, subjectItem } from "./claim-growth.js";
import { fixed, judgePrinted } from "./printed-precision.js";

export function checkRatioClaim(ctx: ClaimContext, c: RatioClaim): ClaimVerdict {
  const check = "claim_ratio" as const;
  const item = c.value === null ? null : subjectItem(ctx, c.subject, c.value);
  const change = c.prior === null && item !== null ? ctx.scopeChange(c.priorYear) : null;
  if (change !== null) return uncheckedVerdict(c, check, c.ratio, item ?? [], scopeChangedMessage(ctx, change));
  const prior = c.prior ?? (item === null ? null : datasetItem(ctx, item, c.priorYear));
  if (c.value === null || prior === null || prior === 0) {
    const missing = [
      ...(c.value === null ? [say("claim.ratio.missing_value")] : []),
      ...(prior === null || prior === 0 ? [say("claim.ratio.missing_prior", { year: c.priorYear })] : []),
    ].join(say("general.list_separator"));
    return uncheckedVerdict(
      c,
      check,
      c.ratio,
      item ?? [],
      say("claim.ratio.no_figures", { year: c.priorYear, printed: num(c.ratio), missing }),
    );
  }
  const computed = c.value / prior;
  const j = judgePrinted(c.ratio, computed);
  let others = "";
  if (j.verdict !== "agrees") {
    const theirs = otherFigures(c, prior, ctx.report.year).map((v) => `${num(v)} ÷ ${num(prior)} = ${fixed(v / prior, 2)}`);
    if (theirs.length > 0) others = say("claim.ratio.others", { prior: num(prior), ratios: theirs.join(say("general.list_separator")) });
  }
  return {
    claim: c,
    check,
    printed: c.ratio,
    computed,
    metrics: item ?? [],
    outcome: j.verdict === "agrees" ? "matched" : "flagged",
    severity: j.verdict === "disagrees" ? "error" : "note",
    message: say("claim.ratio.arithmetic", {
      subject: c.subject,
      value: num(c.value),
      prior: num(prior),
      computed: fixed(computed, 2),
      year: c.priorYear,
      printed: num(c.ratio),
      verdict: say(`claim.verdict.${j.verdict}`),
      rounded: j.verdict === "disagrees" ? say("claim.ratio.rounded", { rounded: fixed(j.rounded, j.decimals) }) : "",
      others,
    }),
  };
}

/** The sentence's counts of the report's year other than the claim's value and the prior year's figure. */
function otherFigures(c: RatioClaim, prior: number, reportYear: number): number[] {
  const re = new RegExp(`(?:((?:19|20)\\d\\d)\\s*年度?的?)?(?<!\\d)(\\d+)(?:${COUNT_UNIT})`, "g");
  // The sentence as printed: spaces dropped, digits grouped with commas joined ("12,480条").
  const sentence = c.sentence.replace(/\s+/g, "").replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  const out: number[] = [];
  for (const m of sentence.matchAll(re)) {
    const v = Number(m[2]);
    if (m[1] !== undefined && Number(m[1]) !== reportYear) continue;
    if (v !== c.value && v !== prior && !out.includes(v)) out.push(v);
  }
  return out;
}
