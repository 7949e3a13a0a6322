import { foldReportText } from "../extract/fold-report-text.js";
import { isPageNumberLine, reportLines } from "../extract/report-lines.js";

/** How figures are compared: any number matches any number ("any"), or digit for digit ("exact"). */
export type FigureMode = "any" | "exact";

/**
 * A report's text as reuse compares it: one character per unit, each with the range of the text it
 * stands for. Units are the characters that carry words: Chinese characters, letters and numbers.
 * Whitespace, punctuation and symbols are dropped, so line wrapping, page layout, full- or half-width
 * punctuation and the spaces PDF justification adds never break a match.
 */
export interface ReuseUnits {
  /** The units as one string, one UTF-16 code unit each. */
  units: string;
  /** `start[i]`, `end[i]`: the range of unit i in the text it was read from. */
  start: Int32Array;
  end: Int32Array;
}

/** Any figure, with the "any" mode: a whole number such as 2,428 or 33.9 becomes this one unit. */
export const FIGURE_UNIT = "#";
/** Characters outside the basic plane (rare ideographs) stand as this unit: they are still text. */
const ASTRAL_UNIT = "\uFFFD";
const WORD = /[\p{L}\p{N}]/u;

/**
 * The units of `text` outside `skip` (the statistical tables) and outside page-number lines ("-3-").
 * Full-width letters and digits are folded to ASCII and traditional characters to simplified (the
 * extractor's folding), Latin letters to lower case. With figures "any", a number (digits, with "," or
 * "." between digits) is one unit whatever its value, so a sentence copied with its year and figures
 * updated still reads as copied; with "exact", each digit is a unit of its own.
 */
export function reuseUnits(text: string, figures: FigureMode, skip: readonly { start: number; end: number }[] = []): ReuseUnits {
  const folded = foldReportText(text);
  const units: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const ranges = [...skip].sort((a, b) => a.start - b.start);
  let r = 0;
  for (const line of reportLines(folded)) {
    if (isPageNumberLine(line.text)) continue;
    const s = line.text;
    let i = 0;
    while (i < s.length) {
      const at = line.start + i;
      while (r < ranges.length && (ranges[r] as { end: number }).end <= at) r++;
      const range = ranges[r];
      if (range !== undefined && range.start <= at) {
        // Jump to the end of the skipped range (or of this line).
        i = Math.min(s.length, range.end - line.start);
        continue;
      }
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < s.length && (isDigit(s.charCodeAt(j)) || (isSeparator(s.charCodeAt(j)) && isDigit(s.charCodeAt(j + 1))))) j++;
        if (figures === "any") push(units, start, end, FIGURE_UNIT, at, line.start + j);
        else
          for (let d = i; d < j; d++)
            if (isDigit(s.charCodeAt(d))) push(units, start, end, s[d] as string, line.start + d, line.start + d + 1);
        i = j;
        continue;
      }
      const cp = s.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      const ch = s.slice(i, i + width);
      if (WORD.test(ch)) push(units, start, end, width === 2 ? ASTRAL_UNIT : lower(ch), at, at + width);
      i += width;
    }
  }
  return { units: units.join(""), start: Int32Array.from(start), end: Int32Array.from(end) };
}

function push(units: string[], start: number[], end: number[], unit: string, from: number, to: number): void {
  units.push(unit);
  start.push(from);
  end.push(to);
}

/** Lower case where that is still one character ("A" → "a"; "İ" would become two and stays). */
function lower(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === 44 || c === 46;
}
