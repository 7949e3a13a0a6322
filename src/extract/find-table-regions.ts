import { loosePattern } from "./report-lines.js";

/** Offsets [start, end) of the statistical tables of a 2019+ report in its text; null where absent. */
export interface TableRegions {
  /** Table 二: the 第二十条 items. */
  art20: { start: number; end: number } | null;
  /** Table 三: requests received and handled. */
  t3: { start: number; end: number } | null;
  /** Table 四: reconsiderations and lawsuits. */
  t4: { start: number; end: number } | null;
}

const ART20 = new RegExp(`${loosePattern("第二十条第")}\\s*\\(\\s*[一二三四五六七八九十]+\\s*\\)\\s*项`, "u");
const T3_HEADING = new RegExp(loosePattern("收到和处理政府信息公开申请情况"), "u");
const T3_FIRST_ROW = new RegExp(loosePattern("本年新收"), "u");
const T4_HEADING = new RegExp(`${loosePattern("行政复议")}\\s*[、,]?\\s*${loosePattern("行政诉讼情况")}`, "u");
const AFTER_T4 = new RegExp(`(?:^|\\n)\\s*(?:[五六]\\s*[、.]|${loosePattern("存在的主要问题")})`, "u");
const TABLE_END_FALLBACK = 4000;

/** Finds the three tables by their headings (the text is folded: "（一）" reads "(一)"). */
export function findTableRegions(text: string): TableRegions {
  const a = ART20.exec(text);
  const h3 = T3_HEADING.exec(text);
  const r3 = T3_FIRST_ROW.exec(text);
  const h4 = T4_HEADING.exec(text);
  const t3Start = h3 ? lineStart(text, h3.index) : r3 ? lineStart(text, Math.max(0, r3.index - 600)) : -1;
  const t4Start = h4 && (t3Start < 0 || h4.index > t3Start) ? lineStart(text, h4.index) : -1;
  let t4End = -1;
  if (t4Start >= 0) {
    const afterHeading = lineEnd(text, t4Start);
    const next = AFTER_T4.exec(text.slice(afterHeading));
    t4End = next ? afterHeading + next.index : Math.min(text.length, afterHeading + TABLE_END_FALLBACK);
  }
  const art20Start = a && (t3Start < 0 || a.index < t3Start) ? lineStart(text, a.index) : -1;
  const art20End = t3Start >= 0 ? t3Start : t4Start >= 0 ? t4Start : art20Start >= 0 ? lineEnd(text, art20Start) : -1;
  return {
    art20: art20Start >= 0 ? { start: art20Start, end: Math.max(art20End, art20Start) } : null,
    t3: t3Start >= 0 ? { start: t3Start, end: t4Start >= 0 ? t4Start : Math.min(text.length, t3Start + TABLE_END_FALLBACK) } : null,
    t4: t4Start >= 0 ? { start: t4Start, end: t4End } : null,
  };
}

function lineStart(text: string, i: number): number {
  const nl = Math.max(text.lastIndexOf("\n", i - 1), text.lastIndexOf("\f", i - 1));
  return nl + 1;
}

function lineEnd(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length : nl + 1;
}
