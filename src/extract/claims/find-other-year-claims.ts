import type { OtherYearClaim } from "./claim.js";
import { COUNT_UNIT } from "./claim-numbers.js";
import type { ClaimSentence } from "./claim-sentences.js";
import { quoted } from "./claim-sentences.js";

/**
 * A sentence opening with a year as its time, the way a report states its year's work ("2022年,我镇…",
 * "(三)2022年度全区…"): not a date ("2022年1月1日") nor a year describing a thing ("2021年出台的…").
 */
const OPENS_WITH_YEAR =
  /^\s*(?:[(][一二三四五六七八九十]+[)]|[一二三四五六七八九十]+[、.])?\s*((?:19|20)\d\d)\s*年度?\s*(?=[,:]|我|本|全|共)/u;
/** A figure stated as the year's work: disclosed, published, received, answered or closed so many. */
const STATED_AS_WORK = new RegExp(`(?:公开|发布|收到|受理|答复|办结|办理)[^,;。]{0,20}?\\d+(?:\\.\\d+)?\\s*(?:${COUNT_UNIT})`, "u");
/** Words of a comparison, a carry-over or a running total: such a sentence may name another year. */
const COMPARING =
  /较|比上|同比|相比|比去年|结转|以来|截至|截止|累计|至今|上年|去年|增长|下降|增加到|减少到|由|对比|报告|整改|问题|考核|评估|排名/u;

/**
 * A sentence about an earlier year than the report's, stating figures as if they were this year's
 * ("2022年,我镇…主动公开政府信息223条" in the 2023 report: a paragraph copied from last year's report).
 * Only figures stated as a year's work count (公开, 发布, 收到, 受理, 答复, 办结 so many).
 * Comparisons ("较2022年…"), carry-overs ("2022年结转…"), last year's report, its problems and their
 * correction, evaluations of last year, and sentences that name the report's own year too are normal and
 * not claims; later years are plans ("2025年,将…").
 */
export function findOtherYearClaims(s: ClaimSentence, reportYear: number): OtherYearClaim[] {
  const m = OPENS_WITH_YEAR.exec(s.text);
  if (m === null) return [];
  const year = Number(m[1]);
  if (year >= reportYear || COMPARING.test(s.text) || s.text.includes(String(reportYear)) || !STATED_AS_WORK.test(s.text)) return [];
  const figures = [...s.text.matchAll(new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:${COUNT_UNIT})`, "g"))].map((f) => f[0]);
  if (figures.length === 0) return [];
  const at = m.index + (m[0].length - m[0].trimStart().length);
  return [{ kind: "other_year", sentence: quoted(s), start: s.offset(at), ...s.place(at), year, reportYear, figures }];
}
