import { foldReportText } from "../extract/fold-report-text.js";
import { reportLines } from "../extract/report-lines.js";

/** The sections of an annual report, as the 2008, 2019 and 2021 layouts name them, and "other". */
export type SectionKey =
  | "preamble"
  | "overview"
  | "proactive"
  | "requests"
  | "fees"
  | "review_litigation"
  | "problems"
  | "other_matters"
  | "other";

/** One top-level section: from its heading line to the next heading (the preamble: from the start). */
export interface ReportSection {
  key: SectionKey;
  /** The heading's number as printed ("三"); null for the preamble. */
  number: string | null;
  /** The heading's words without spaces ("收到和处理政府信息公开申请情况"); "" for the preamble. */
  title: string;
  start: number;
  end: number;
}

const NUMERALS = "一二三四五六七八九十";
/**
 * A top-level heading: a Chinese numeral with 、 . , : after it ("一、", "三 、", "四．", "第二部分"), at the
 * start of a line (Markdown marks allowed), then the heading's words. "(一)" and "1." are sub-headings.
 */
const HEADING = /^[\s#*]*(?:第\s*)?([一二三四五六七八九十]{1,3})\s*(?:部分\s*[、.,:]?|[、.,:])\s*(\S.*)$/u;
/** A heading's words stop at the end of the first sentence; longer than this it is a paragraph. */
const MAX_TITLE = 40;
const KEYWORDS: readonly [SectionKey, RegExp][] = [
  ["overview", /总体情况|概述|概况|基本情况/u],
  ["review_litigation", /复议|诉讼/u],
  ["fees", /收费|减免/u],
  ["requests", /依申请|收到和处理|申请公开|申请情况|申请办理/u],
  ["proactive", /主动公开/u],
  ["problems", /问题|改进/u],
  ["other_matters", /其他需要报告|其他事项/u],
];

/**
 * Finds the top-level sections of a report by their numbered headings. A numbered line is a heading when
 * its words name a known section, or when its number is the next one (一 after the preamble, 四 after 三)
 * and it is not a table row: rows of table 三 are numbered 一、二、三、四 too, so lines inside `tables`
 * and lines carrying several figures are never headings. Text before the first heading is the preamble.
 */
export function findReportSections(text: string, tables: readonly { start: number; end: number }[] = []): ReportSection[] {
  const folded = foldReportText(text);
  const sections: ReportSection[] = [{ key: "preamble", number: null, title: "", start: 0, end: folded.length }];
  let expected = 1;
  for (const line of reportLines(folded)) {
    if (tables.some((t) => line.start > t.start && line.start < t.end)) continue;
    const m = HEADING.exec(line.text);
    if (m === null) continue;
    const value = numeralValue(m[1] as string);
    const words = (m[2] as string).replace(/\s+/g, "");
    const title = words.split(/[。;]/u)[0] as string;
    if (value === null || title.length === 0 || title.length > MAX_TITLE) continue;
    // Counted before the spaces go: a table row's figures stand apart ("103  0  0  103").
    if (((m[2] as string).match(/\d+/g) ?? []).length >= 3) continue;
    const key = sectionKey(title);
    if (key === "other" && value !== expected) continue;
    (sections[sections.length - 1] as ReportSection).end = line.start;
    sections.push({ key, number: m[1] as string, title, start: line.start, end: folded.length });
    expected = value + 1;
  }
  if (sections[0] !== undefined && sections[0].end === 0) sections.shift();
  return sections;
}

/** The section a heading's words name, or "other". */
export function sectionKey(title: string): SectionKey {
  for (const [key, re] of KEYWORDS) if (re.test(title)) return key;
  return "other";
}

/** 一 … 十, 十一 … 九十九; null for anything else. */
function numeralValue(s: string): number | null {
  const d = (ch: string | undefined) => (ch === undefined ? -1 : NUMERALS.indexOf(ch) + 1);
  if (s.length === 1) return d(s);
  if (s.length === 2 && s[0] === "十" && d(s[1]) <= 9) return 10 + d(s[1]);
  if (s.length === 2 && s[1] === "十" && d(s[0]) <= 9) return 10 * d(s[0]);
  if (s.length === 3 && s[1] === "十" && d(s[0]) <= 9 && d(s[2]) <= 9) return 10 * d(s[0]) + d(s[2]);
  return null;
}
