import type { RatioClaim } from "./claim.js";
import { figureOfYear, reachBefore, subjectBefore } from "./claim-numbers.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";

/** "是2013年信息发布总量的1.5倍", "为上年的2倍". */
const RATIO = /(?:是|为|相当于)(?:(?<py>(?:19|20)\d\d)年度?|上年度?|去年)(?:同期)?[^\d,;。]{0,20}?的(?<r>\d+(?:\.\d+)?)倍/gu;

export function findRatioClaims(s: ClaimSentence, reportYear: number): RatioClaim[] {
  const out: RatioClaim[] = [];
  if (!s.text.includes("倍")) return out;
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(s.text); m !== null; m = RATIO.exec(s.text)) {
    const g = m.groups as Record<string, string | undefined>;
    const priorYear = g.py === undefined ? reportYear - 1 : Number(g.py);
    const subject = subjectBefore(reachBefore(s.text, m.index), priorYear);
    out.push({
      kind: "ratio",
      sentence: quoted(s),
      start: s.offset(m.index),
      ...s.place(m.index),
      value: subject?.value ?? null,
      subject: subject?.subject ?? "",
      ratio: Number(g.r),
      priorYear,
      prior: figureOfYear(reachBefore(s.text, m.index + m[0].length), priorYear, priorYear === reportYear - 1),
    });
  }
  return out;
}
