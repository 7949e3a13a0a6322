import type { TotalClaim } from "./claim.js";
import { CLAIM_REACH, COUNT_UNIT, reachBefore, withoutParentheses } from "./claim-numbers.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";

/** "总计2401条", "合计为35件", "共计8项". */
const TOTAL = new RegExp(`(?<word>合计|共计|总计)(?:为|达到|达|是)?:?(?<n>\\d+)(?<unit>${COUNT_UNIT})`, "gu");

/**
 * A total with the parts the sentence lists before it, in the same unit: "…1887条,…514条,总计2401条".
 * A figure of another year ("由2013年的1128条") is no part of this year's total, nor is an aside in
 * parentheses ("(含规范性文件2件)"). A total with fewer than two parts before it, or after a list that says
 * it is incomplete ("…3件等,共计12件") or that holds a figure as large as the total ("答复64件,办结总计64件"),
 * is not a claim about parts.
 */
export function findTotalClaims(s: ClaimSentence, reportYear: number): TotalClaim[] {
  const out: TotalClaim[] = [];
  if (!/合计|共计|总计/.test(s.text)) return out;
  const text = withoutParentheses(s.text);
  TOTAL.lastIndex = 0;
  // The parts of a total come after the total before it.
  let previousEnd = 0;
  for (let m = TOTAL.exec(text); m !== null; m = TOTAL.exec(text)) {
    const g = m.groups as Record<string, string>;
    const unit = g.unit as string;
    const parts: number[] = [];
    const head = reachBefore(text, m.index).slice(Math.max(0, previousEnd - Math.max(0, m.index - CLAIM_REACH)));
    previousEnd = m.index + m[0].length;
    const re = new RegExp(`(?:((?:19|20)\\d\\d)\\s*年度?(?:的|同期|为)?\\s*)?(?<!\\d)(\\d+)${unit}(?!次)`, "g");
    let lastEnd = 0;
    for (let p = re.exec(head); p !== null; p = re.exec(head)) {
      if (p[1] !== undefined && Number(p[1]) !== reportYear) continue;
      parts.push(Number(p[2]));
      lastEnd = p.index + p[0].length;
    }
    // "A 5件、B 3件等,共计12件": a list that says it is not complete is no claim about its parts.
    if (parts.length < 2 || /等|其他|其余|以及/.test(head.slice(lastEnd))) continue;
    // Unless its last figures add up to it, a total after a figure as large as itself follows no list
    // of its parts ("答复64件,办结总计64件").
    const total = Number(g.n);
    const addsUp = parts.some((_, from) => from <= parts.length - 2 && parts.slice(from).reduce((a, b) => a + b, 0) === total);
    if (!addsUp && parts.some((p) => p >= total)) continue;
    out.push({
      kind: "total",
      sentence: quoted(s),
      start: s.offset(m.index),
      ...s.place(m.index),
      word: g.word as string,
      total: Number(g.n),
      unit,
      parts,
    });
  }
  return out;
}
