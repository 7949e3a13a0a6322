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
const T3_HEADING = new RegExp(loosePattern("收到和处理政府信息公开申请情况"), "gu");
const T3_FIRST_ROW = new RegExp(loosePattern("本年新收"), "u");
const T4_HEADING = new RegExp(`${loosePattern("行政复议")}\\s*[、,]?\\s*${loosePattern("行政诉讼情况")}`, "gu");
const AFTER_T4 = new RegExp(`(?:^|\\n)\\s*(?:[五六]\\s*[、.]|${loosePattern("存在的主要问题")})`, "u");
/**
 * The numbering of a section title: "top" for "四、…" (or "表三：…"), "sub" for "(三)…", null for a
 * line without one. Table 三's own numbered rows ("一、本年新收…", "(一)予以公开") are
 * not titles: a table may follow its heading without a header.
 */
type Rank = "top" | "sub" | null;
const TOP_TITLE = /^[\s#*]*(?:表\s*[一二三四五六七]|[一二三四五六七八九十]+\s*[、.])(?!\s*(?:本年|上年|结转))/u;
const SUB_TITLE = /^[\s#*]*\(\s*[一二三四五六七八九十]+\s*\)(?!\s*予以公开)/u;

function titleRank(line: string): Rank {
  if (TOP_TITLE.test(line)) return "top";
  if (SUB_TITLE.test(line)) return "sub";
  return null;
}

/**
 * Whether the line after a heading is the next title of a list of them (a table of contents): a title of
 * the heading's own rank, or any numbered title after an unnumbered heading. A sub-section ("(一)行政复议
 * 情况") under a numbered heading is its content, not the next entry.
 */
function sameRank(heading: Rank, next: Rank): boolean {
  return next !== null && (heading === null || heading === next);
}
const TABLE_END_FALLBACK = 4000;
/** A numbered section title of the report ("三、…"), not a table's own "一、本年新收…" row. */
const NEXT_SECTION = /^\s*[三四五六七]\s*[、.]\s*(?!本年|上年|结转)/u;
/** A title line is short; the words before the heading on it are a number or a few words ("政府信息公开"). */
const MAX_TITLE_LINE = 60;
const MAX_BEFORE_HEADING = 16;

/**
 * Finds the three tables by their headings (the text is folded: "（一）" reads "(一)"). A heading is a
 * title on a line of its own: the same words inside a sentence ("全文包括总体情况、…、收到和处理政府信息公开
 * 申请情况、…") or a table of contents (a title followed directly by the next title) start no table, or
 * the tables after them would be skipped and the sentences read as table rows.
 */
export function findTableRegions(text: string): TableRegions {
  const a = ART20.exec(text);
  const h3 = titleAt(text, T3_HEADING);
  const r3 = T3_FIRST_ROW.exec(text);
  const h4 = titleAt(text, T4_HEADING);
  const t3Start = h3 >= 0 ? h3 : r3 ? lineStart(text, Math.max(0, r3.index - 600)) : -1;
  const t4Start = h4 >= 0 && (t3Start < 0 || h4 > t3Start) ? h4 : -1;
  let t4End = -1;
  if (t4Start >= 0) {
    const afterHeading = lineEnd(text, t4Start);
    const next = AFTER_T4.exec(text.slice(afterHeading));
    t4End = next ? afterHeading + next.index : Math.min(text.length, afterHeading + TABLE_END_FALLBACK);
  }
  const art20Start = a && (t3Start < 0 || a.index < t3Start) ? lineStart(text, a.index) : -1;
  const art20End = t3Start >= 0 ? t3Start : t4Start >= 0 ? t4Start : art20Start >= 0 ? sectionEnd(text, lineEnd(text, art20Start)) : -1;
  return {
    art20: art20Start >= 0 ? { start: art20Start, end: Math.max(art20End, art20Start) } : null,
    t3: t3Start >= 0 ? { start: t3Start, end: t4Start >= 0 ? t4Start : Math.min(text.length, t3Start + TABLE_END_FALLBACK) } : null,
    t4: t4Start >= 0 ? { start: t4Start, end: t4End } : null,
  };
}

/** The start of the first line where `heading` (a global pattern) is a section title, or -1. */
function titleAt(text: string, heading: RegExp): number {
  heading.lastIndex = 0;
  for (const m of text.matchAll(heading)) {
    const start = lineStart(text, m.index);
    const end = lineEnd(text, m.index);
    const line = text.slice(start, end).trim();
    const before = text.slice(start, m.index).trim();
    if (line.length > MAX_TITLE_LINE || before.length > MAX_BEFORE_HEADING || /[，。；;,]/u.test(before)) continue;
    if (sameRank(titleRank(line), titleRank(nextLine(text, end)))) continue;
    return start;
  }
  return -1;
}

/**
 * Where a table with no known table after it ends (a text cut off after table 二): at the next numbered
 * section title ("三、收到…", even cut short), else at the end of the text or TABLE_END_FALLBACK after it.
 */
function sectionEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + TABLE_END_FALLBACK);
  let at = from;
  while (at < limit) {
    const end = lineEnd(text, at);
    if (NEXT_SECTION.test(text.slice(at, end))) return at;
    at = end;
  }
  return limit;
}

/** The next line with words after `from`, or "" at the end of the text. */
function nextLine(text: string, from: number): string {
  let at = from;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== "") return line;
    at = end;
  }
  return "";
}

function lineStart(text: string, i: number): number {
  const nl = Math.max(text.lastIndexOf("\n", i - 1), text.lastIndexOf("\f", i - 1));
  return nl + 1;
}

function lineEnd(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length : nl + 1;
}
