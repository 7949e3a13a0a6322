import { stringWidth } from "../text/string-width.js";
import { mirrorArtefacts } from "./mirror-artefacts.js";
import { isPageNumberLine, type ReportLine, reportLines } from "./report-lines.js";

/** The running text of a report with layout undone, and where each character sits in the folded text. */
export interface NarrativeView {
  /** Paragraphs separated by "\n"; spaces dropped except between two digits or letters. */
  text: string;
  /** `at[i]` is the folded-text offset of `text[i]`. */
  at: number[];
  /** View offsets where digits were joined across a line break (a number wrapped by the layout). */
  joins: number[];
}

const PARAGRAPH_MARK = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\s*[、.]|\d{1,2}\s*[、.](?!\d))/u;
const LIST_MARK = /^\d{1,2}\s*[、.](?!\d)/u;
const ALNUM = /[0-9A-Za-z]/;

/**
 * Undoes what page layout does to running text, so sentences can be read whole: lines wrapped inside a
 * paragraph are joined (pdftotext -layout wraps Chinese text anywhere, even inside a number), page
 * numbers dropped, the spaces PDF justification puts between characters removed ("号 ， 邮 编"). A
 * paragraph starts after a blank line, on a line indented beyond the page margin, after a line ending a
 * sentence or ending short of the text width, or at a heading mark ("(一)", "一、"). Ranges in `exclude`
 * (the statistical tables) are left out, and so is what a mirror site added (pinyin after characters,
 * injected spam: see mirrorArtefacts), as if it were spaces.
 */
export function narrativeView(folded: string, exclude: readonly { start: number; end: number }[] = []): NarrativeView {
  // Pieces are collected in an array and the last character kept aside: reading the end of a string
  // grown by += flattens it each time, which made long texts quadratic.
  const chars: string[] = [];
  const at: number[] = [];
  const joins: number[] = [];
  let boundary = true;
  let last: string | undefined;
  const push = (ch: string, offset: number) => {
    chars.push(ch);
    at.push(offset);
    last = ch;
  };
  const blanked = blankRanges(folded, mirrorArtefacts(folded));
  const lines = reportLines(folded).filter((l) => !exclude.some((r) => l.start >= r.start && l.start < r.end));
  const { margin, width } = pageShape(lines);
  let prevWidth = width;
  for (const line of reportLines(folded)) {
    if (exclude.some((r) => line.start >= r.start && line.start < r.end)) {
      boundary = true;
      continue;
    }
    if (line.text.trim() === "" || isPageNumberLine(line.text)) {
      // A page number sits between two halves of one paragraph; a blank line ends it.
      if (line.text.trim() === "") boundary = true;
      continue;
    }
    const indent = line.text.length - line.text.trimStart().length;
    // The line's words without the artefacts (a line of spam alone is no line, but no paragraph end).
    const kept = blanked.slice(line.start, line.start + line.text.length);
    const content = kept.trim();
    if (content === "") continue;
    const prev = last;
    const startsParagraph =
      boundary ||
      indent > margin ||
      PARAGRAPH_MARK.test(content) ||
      (prev !== undefined && /[。:!?;]/.test(prev)) ||
      prevWidth < width * 0.7;
    prevWidth = stringWidth(line.text);
    if (at.length > 0) {
      if (startsParagraph) push("\n", line.start);
      else if (prev !== undefined && /\d/.test(prev) && /^\d/.test(content) && !LIST_MARK.test(content)) joins.push(at.length);
    }
    boundary = false;
    const base = line.start + (kept.length - kept.trimStart().length);
    // Runs of non-space characters are copied whole; a space between them is kept only between two
    // digits or letters ("1 234"), where it stands at the gap's first space.
    const gaps = /\s+/g;
    let from = 0;
    let gapAt = -1;
    for (;;) {
      const gap = gaps.exec(content);
      const to = gap === null ? content.length : gap.index;
      if (to > from) {
        const first = content[from] as string;
        if (from > 0 && last !== undefined && last !== "\n" && ALNUM.test(last) && ALNUM.test(first)) push(" ", base + gapAt);
        chars.push(content.slice(from, to));
        for (let i = from; i < to; i++) at.push(base + i);
        last = content[to - 1];
      }
      if (gap === null) break;
      gapAt = gap.index;
      from = gap.index + gap[0].length;
    }
  }
  return { text: chars.join(""), at, joins };
}

/** The left margin (the least indentation: where wrapped lines continue) and the usual right edge. */
function pageShape(lines: readonly ReportLine[]): { margin: number; width: number } {
  let margin = Number.POSITIVE_INFINITY;
  const widths: number[] = [];
  for (const l of lines) {
    if (l.text.trim() === "" || isPageNumberLine(l.text)) continue;
    margin = Math.min(margin, l.text.length - l.text.trimStart().length);
    widths.push(stringWidth(l.text.trimEnd()));
  }
  if (!Number.isFinite(margin)) margin = 0;
  widths.sort((a, b) => a - b);
  return { margin, width: widths[Math.floor(widths.length * 0.8)] ?? 0 };
}

/** The folded-text range [start, end) of the view range [from, to). */
export function viewRange(v: NarrativeView, from: number, to: number): { start: number; end: number } {
  const start = v.at[from] ?? 0;
  const end = to > from ? (v.at[to - 1] ?? start) + 1 : start;
  return { start, end };
}

/** The text with the ranges turned to spaces (same length, so offsets hold). */
function blankRanges(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), " ".repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
