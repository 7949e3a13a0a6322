import type { ShareClaim } from "./claim.js";
import { reachBefore } from "./claim-numbers.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";
import { outcomeMetrics } from "./outcome-categories.js";

/**
 * "予以公开及部分公开6件,占9.4%", "不予公开20件(1.68%)", "其他处理41件(其中…36件),占49.40%": a count
 * of a category with its share. The category is the run of words right before the count (quotes
 * around it, "“同意公开”38件", dropped).
 */
const SHARE =
  /(?<cat>[\u4e00-\u9fff、“”"]{2,40})(?<n>\d+)件(?:\([^()%]*\))?,?(?:\((?<p1>\d+(?:\.\d+)?)%|占(?:比)?[^\d,;。()%]{0,20}?(?<p2>\d+(?:\.\d+)?)%)/gu;

/**
 * The last count of answers stated before the shares ("答复政府信息公开申请64件", "办结1191件"), not
 * one that is itself a share's count ("按时办结数77件,占93.9%").
 */
const ANSWERED = /(?:答复|办结)[^\d,;。]{0,16}?(\d+)件(?!,?(?:占|\(\d))/g;
/** The last count of requests received stated before them ("受理…申请60件", "收到申请34290件"). */
const RECEIVED = /(?:受理|收到|收办|接收)[^\d,;。]{0,20}?(\d+)件(?!,?(?:占|\(\d))/g;

/** The share claims of one sentence (only outcome categories can be checked, but every one is listed). */
export function findShareClaims(s: ClaimSentence, layout: string): ShareClaim[] {
  if (!s.text.includes("%")) return [];
  const out: ShareClaim[] = [];
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(s.text); m !== null; m = SHARE.exec(s.text)) {
    const g = m.groups as Record<string, string | undefined>;
    const category = (g.cat as string).replace(/[“”"]/g, "");
    const share = Number(g.p1 ?? g.p2);
    const metrics = layout === "2008" ? [] : outcomeMetrics(category);
    out.push({
      kind: "share",
      sentence: quoted(s),
      start: s.offset(m.index),
      ...s.place(m.index),
      category,
      metrics,
      count: Number(g.n),
      share,
      denominator: lastCount(ANSWERED, s.before + reachBefore(s.text, m.index)),
      received: lastCount(RECEIVED, s.before + reachBefore(s.text, m.index)),
    });
  }
  return out;
}

function lastCount(re: RegExp, text: string): number | null {
  let last: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = Number(m[1]);
  return last;
}
