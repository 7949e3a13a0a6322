/**
 * A growth on the prior year the text prints ("收办…3646件,同比增长1.05%") against the prior year's
 * figure: the one the sentence states ("由2013年的1128条"), else the datasets' figure of the same item.
 * Which item the text's figure is, is found from the report's own figures: the catalogue figure (or
 * the sum new + carried-in requests, which reports call 收办) that has the printed value this year. A
 * figure that matches none of them, or a prior year not in the datasets, cannot be checked. The prior
 * figure is the same item's, unless only a neighbouring item's (收到 and 收办) agrees with the claim.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import type { GrowthClaim } from "../extract/claims/claim.js";
import { say } from "../messages/catalogue.js";
import { currentLang } from "../messages/lang.js";
import { type ClaimContext, type ClaimVerdict, num, scopeChangedMessage, uncheckedVerdict } from "./claim-context.js";
import { fixed, judgePrinted } from "./printed-precision.js";

/** The items a growth of requests or of disclosed information may be about, each a sum of metrics. */
const SUBJECTS: readonly { words: RegExp; items: string[][] }[] = [
  {
    words: /申请/u,
    items: [["requests_received"], ["requests_new"], ["requests_new", "requests_carried_in"], ["result_total"]],
  },
  { words: /主动公开|发布|公开/u, items: [["proactive_items"]] },
];

/** The catalogue item (a sum of metrics) this report states with the claim's value, or null. */
export function subjectItem(ctx: ClaimContext, subject: string, value: number): string[] | null {
  for (const s of SUBJECTS) {
    if (!s.words.test(subject)) continue;
    for (const item of s.items) {
      const values = item.map((m) => ctx.anyValue(m));
      if (values.every((v) => v !== null) && values.reduce((a, b) => (a as number) + (b as number), 0) === value) return item;
    }
  }
  return null;
}

/** Every item a growth of the subject's words may be about (申请: received, new, new + carried in, answered). */
function subjectItems(subject: string): string[][] {
  return SUBJECTS.filter((s) => s.words.test(subject)).flatMap((s) => s.items);
}

/** True when the printed growth agrees with the growth on this prior figure. */
function agreesWith(c: GrowthClaim, prior: number): boolean {
  const value = c.value as number;
  if (c.percent !== null) return judgePrinted(c.percent, ((value - prior) / prior) * 100).verdict === "agrees";
  return value - prior === c.change;
}

/** The datasets' figure of an item (a sum of metrics) in a year, or null when a part is missing. */
export function datasetItem(ctx: ClaimContext, item: readonly string[], year: number, forChange = false): number | null {
  let total = 0;
  for (const m of item) {
    const v = ctx.datasetValue(m, year, forChange);
    if (v === null) return null;
    total += v;
  }
  return total;
}

export function itemLabel(item: readonly string[]): string {
  return item.map((m) => metricLabel(m, currentLang())).join(" + ");
}

export function checkGrowthClaim(ctx: ClaimContext, c: GrowthClaim): ClaimVerdict {
  const printed = c.percent ?? (c.change as number);
  const direction = say(printed < 0 ? "claim.growth.down" : "claim.growth.up");
  const unit = c.percent === null ? "" : "%";
  const shown = num(Math.abs(printed));
  const check = "claim_growth" as const;
  if (c.value === null) return uncheckedVerdict(c, check, printed, [], say("claim.growth.no_subject", { direction, printed: shown, unit }));
  const item = subjectItem(ctx, c.subject, c.value);
  let prior = c.prior;
  let priorFrom = prior === null ? "" : say("claim.growth.prior_in_sentence", { year: c.priorYear, prior: num(prior) });
  if (prior === null && item !== null) {
    const change = ctx.scopeChange(c.priorYear);
    if (change !== null) return uncheckedVerdict(c, check, printed, item, scopeChangedMessage(ctx, change));
    // The report may have grown on last year's figure of a neighbouring item (收到 against last year's
    // 收办): when the same item's figure disagrees and a neighbour's agrees, the claim agrees with that.
    const tried = [item, ...subjectItems(c.subject).filter((other) => other.join() !== item.join())];
    const priors = tried.map((it) => ({ it, value: datasetItem(ctx, it, c.priorYear, c.change !== null) }));
    const usable = priors.filter((p): p is { it: string[]; value: number } => p.value !== null && p.value !== 0);
    const chosen =
      usable[0]?.it === item && agreesWith(c, usable[0].value) ? usable[0] : (usable.find((p) => agreesWith(c, p.value)) ?? usable[0]);
    prior = chosen?.value ?? null;
    if (chosen !== undefined)
      priorFrom = say("claim.growth.prior_from_dataset", { year: c.priorYear, prior: num(chosen.value), metrics: itemLabel(chosen.it) });
  }
  const metrics = item ?? [];
  if (prior === null || prior === 0) {
    const said = { subject: c.subject, value: num(c.value), direction, printed: shown, unit, year: c.priorYear };
    const why =
      item === null ? say("claim.growth.unknown_item", said) : say("claim.growth.no_prior", { ...said, metrics: itemLabel(item) });
    return uncheckedVerdict(c, check, printed, metrics, why);
  }
  if (c.percent !== null) {
    const computed = ((c.value - prior) / prior) * 100;
    const j = judgePrinted(c.percent, computed);
    return {
      claim: c,
      check,
      printed,
      computed,
      metrics,
      outcome: j.verdict === "agrees" ? "matched" : "flagged",
      severity: j.verdict === "disagrees" ? "error" : "note",
      message: say("claim.growth.percent", {
        subject: c.subject,
        value: num(c.value),
        prior: num(prior),
        computed: fixed(computed, 2),
        direction,
        printed: shown,
        verdict: say(`claim.verdict.${j.verdict}`),
        rounded: j.verdict === "disagrees" ? say("claim.growth.rounded", { rounded: fixed(Math.abs(j.rounded), j.decimals) }) : "",
        priorFrom,
      }),
    };
  }
  const computed = c.value - prior;
  const agrees = computed === printed;
  return {
    claim: c,
    check,
    printed,
    computed,
    metrics,
    outcome: agrees ? "matched" : "flagged",
    severity: agrees ? "note" : "error",
    message: say("claim.growth.change", {
      subject: c.subject,
      value: num(c.value),
      prior: num(prior),
      computed: num(computed),
      direction,
      printed: shown,
      verdict: say(agrees ? "claim.verdict.agrees" : "claim.verdict.disagrees"),
      priorFrom,
    }),
  };
}
