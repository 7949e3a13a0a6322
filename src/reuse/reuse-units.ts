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
const FIGURE_CODE = 0x23;
/** Characters outside the basic plane (rare ideographs) stand as this unit: they are still text. */
const ASTRAL_CODE = 0xfffd;
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
  // At most one unit per character: the arrays are allocated once, at full size, and cut at the end.
  const codes = new Uint16Array(folded.length);
  const start = new Int32Array(folded.length);
  const end = new Int32Array(folded.length);
  let n = 0;
  const push = (code: number, from: number, to: number) => {
    codes[n] = code;
    start[n] = from;
    end[n] = to;
    n++;
  };
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
      if (isDigit(c)) {
        let j = i + 1;
        while (j < s.length && (isDigit(s.charCodeAt(j)) || (isSeparator(s.charCodeAt(j)) && isDigit(s.charCodeAt(j + 1))))) j++;
        if (figures === "any") push(FIGURE_CODE, at, line.start + j);
        else for (let d = i; d < j; d++) if (isDigit(s.charCodeAt(d))) push(s.charCodeAt(d), line.start + d, line.start + d + 1);
        i = j;
        continue;
      }
      // The common characters are told by their code; only the rest go through the Unicode classes.
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a)) push(c, at, at + 1);
      else if (c >= 0x41 && c <= 0x5a) push(c + 32, at, at + 1);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        if (WORD.test(s.slice(i, i + 2))) push(ASTRAL_CODE, at, at + 2);
        i++;
      } else if (c > 0x7f && WORD.test(s[i] as string)) push(lower(s[i] as string).charCodeAt(0), at, at + 1);
      i++;
    }
  }
  return { units: unitString(codes.subarray(0, n)), start: start.slice(0, n), end: end.slice(0, n) };
}

/** The units as a string, built in chunks (String.fromCharCode takes a bounded number of arguments). */
function unitString(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join("");
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
