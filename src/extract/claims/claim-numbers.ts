/**
 * How the claim finders read the figures around a claim: a count is a number with a unit of things
 * (件, 条, 个…), not a year, a date or a percent; parenthesised asides ("(含上年结转4件)") are left out
 * when looking for a claim's subject, since they hold parts, not the figure the claim is about.
 */

/**
 * How far before a claim its figures are looked for: a claim's subject and parts are within a few
 * clauses of it, and the bound keeps a long sentence of many claims linear.
 */
export const CLAIM_REACH = 300;

/** The text up to `at`, no more than CLAIM_REACH characters of it. */
export function reachBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - CLAIM_REACH), at);
}

/** The units of counted things a report states figures in. */
export const COUNT_UNIT = "人次|件|条|个|次|场|篇|期|项|家|宗|起|人";

/** The text with each parenthesised aside blanked (same length, so positions still line up). */
export function withoutParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
}

/** A figure read before a claim: its value and the clause that names it. */
export interface SubjectFigure {
  value: number | null;
  subject: string;
  /** Position of the number in the text searched. */
  at: number;
}

/**
 * The figure a growth or ratio is said of: the last count in the clause before it, or in the clause
 * before that ("收到申请34290件,申请数量较2022年上升29.3%"). The earlier year's figure ("上年为50件",
 * "由2022年的50件增加到60件") is passed over: it is what the figure is compared with. An approximate
 * count ("11900余条") has no exact value (null). Null when neither clause states a count.
 */
export function subjectBefore(head: string, priorYear: number): SubjectFigure | null {
  // The earlier year's own figure is blanked (same length): it is what the figure is compared with.
  const earlier = new RegExp(`(?:上年度?|去年|${priorYear}\\s*年度?)(?:的|同期|为|是)*\\s*\\d+(?:\\.\\d+)?`, "g");
  const text = withoutParentheses(head).replace(earlier, (m) => " ".repeat(m.length));
  const clauses: { text: string; from: number }[] = [];
  const re = /[^,:;]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) clauses.push({ text: m[0], from: m.index });
  // A count has a unit of things, or is in 万/亿 ("总浏览量为536万").
  const count = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:(万|亿)\\s*(余|多)?\\s*(?:${COUNT_UNIT})?|(余|多)?\\s*(?:${COUNT_UNIT}))`, "g");
  for (let k = clauses.length - 1; k >= Math.max(0, clauses.length - 2); k--) {
    const clause = clauses[k] as { text: string; from: number };
    let last: RegExpExecArray | null = null;
    count.lastIndex = 0;
    for (let m = count.exec(clause.text); m !== null; m = count.exec(clause.text)) last = m;
    if (last === null) continue;
    const scale = last[2] === "万" ? 10_000 : last[2] === "亿" ? 100_000_000 : 1;
    const value = last[3] !== undefined || last[4] !== undefined ? null : Number(last[1]) * scale;
    return {
      value: value === null || !Number.isFinite(value) ? null : value,
      subject: subjectText(head, clause.from, clause.text.length),
      at: clause.from + last.index,
    };
  }
  return null;
}

/** A clause of the head as printed, its asides in parentheses left out. */
function subjectText(head: string, from: number, length: number): string {
  return withoutParentheses(head)
    .slice(from, from + length)
    .replace(/\s+/g, "");
}

/**
 * The figure a sentence states for a year ("由2013年的1128条", "2013年同期1128件"), or for the year
 * before the report's in words ("上年为50件", "去年同期50件"); null when it states none.
 */
export function figureOfYear(sentence: string, year: number, lastYear = false): number | null {
  const when = lastYear ? `(?:${year}\\s*年度?|上年度?|去年)` : `${year}\\s*年度?`;
  const m = new RegExp(`${when}(?:的|同期|为|是)*\\s*(\\d+(?:\\.\\d+)?)\\s*(?:${COUNT_UNIT})`).exec(sentence);
  return m ? Number(m[1]) : null;
}
