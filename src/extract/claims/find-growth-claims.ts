import type { GrowthClaim } from "./claim.js";
import { COUNT_UNIT, figureOfYear, reachBefore, subjectBefore } from "./claim-numbers.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";

/**
 * "同比增长1.05%", "较2022年上升29.3%", "比上年减少12件": a change on an earlier year, in percent or in
 * units. Percentage points ("提高2个百分点") and multiples are not growths of a count and are left out.
 */
const GROWTH = new RegExp(
  `(?:同比|较上年度?|比上年度?|与上年(?:度)?相比|较去年|比去年|较(?<py>(?:19|20)\\d\\d)年度?(?:同期)?)[^\\d,;。%]{0,6}?(?<dir>增长|增加|上升|提高|下降|减少|降低)了?(?<n>\\d+(?:\\.\\d+)?)(?<unit>%|个百分点|倍|${COUNT_UNIT})?`,
  "gu",
);

/** A percent right after an absolute change ("比上年增加12件,增长20%"): the same growth in percent. */
const THEN_PERCENT = /^,?(?:同比)?(?<dir>增长|增幅为?|上升|提高|下降|降幅为?|减少|减幅为?)了?(?<n>\d+(?:\.\d+)?)%/u;

export function findGrowthClaims(s: ClaimSentence, reportYear: number): GrowthClaim[] {
  const out: GrowthClaim[] = [];
  GROWTH.lastIndex = 0;
  for (let m = GROWTH.exec(s.text); m !== null; m = GROWTH.exec(s.text)) {
    const g = m.groups as Record<string, string | undefined>;
    const unit = g.unit;
    // A growth without a unit, in percentage points or as a multiple says nothing checkable as a count.
    if (unit === undefined || unit === "个百分点" || unit === "倍") continue;
    const fall = (dir: string | undefined) => (/下降|减少|降低|降幅|减幅/.test(dir ?? "") ? -1 : 1);
    const n = fall(g.dir) * Number(g.n);
    const priorYear = g.py === undefined ? reportYear - 1 : Number(g.py);
    const subject = subjectBefore(reachBefore(s.text, m.index), priorYear);
    const claim: GrowthClaim = {
      kind: "growth",
      sentence: quoted(s),
      start: s.offset(m.index),
      ...s.place(m.index),
      value: subject?.value ?? null,
      subject: subject?.subject ?? "",
      percent: unit === "%" ? n : null,
      change: unit === "%" ? null : n,
      priorYear,
      prior: figureOfYear(reachBefore(s.text, m.index + m[0].length), priorYear, priorYear === reportYear - 1),
    };
    out.push(claim);
    const then = unit === "%" ? null : THEN_PERCENT.exec(s.text.slice(m.index + m[0].length));
    if (then !== null) {
      const at = m.index + m[0].length + then.index;
      const pct = fall(then.groups?.dir) * Number(then.groups?.n);
      out.push({ ...claim, start: s.offset(at), ...s.place(at), percent: pct, change: null });
      // The percent is this claim's: the growth pattern must not read it again as one of its own.
      GROWTH.lastIndex = at + then[0].length;
    }
  }
  return out;
}
