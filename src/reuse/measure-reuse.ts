import { isPageNumberLine } from "../extract/report-lines.js";
import type { ReportSection, SectionKey } from "./find-report-sections.js";
import { findReusedSpans, type ReusedSpan } from "./find-reused-spans.js";
import { keepWordedSpans } from "./keep-worded-spans.js";
import { lineColumnAt, type PreparedText, pageLineAt, sectionIndexAt } from "./prepare-reuse-text.js";

/**
 * The shortest run of identical characters that counts as reused: 13, the run length Chinese plagiarism
 * checkers commonly use ("连续13个字相同"). Shorter runs are mostly the set phrases every report shares
 * ("政府信息公开工作", 8 characters).
 */
export const DEFAULT_MIN_LENGTH = 13;
export const DEFAULT_PASSAGES = 10;
const WORD = /[\p{L}\p{N}]/u;

export interface ReuseOptions {
  minLength: number;
  /** How many of the longest passages to list. */
  passages: number;
}

/** How much of one section of the new report is found in the old. */
export interface SectionReuse {
  key: SectionKey;
  number: string | null;
  title: string;
  units: number;
  reusedUnits: number;
  /** reusedUnits / units × 100; null when the section has no text outside the tables. */
  reusedPct: number | null;
}

/** Where a passage sits in one of the two texts. */
export interface PassagePlace {
  /** Offsets [start, end) in the text as read. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** When the report was a PDF: the page, and the line on that page. */
  page?: number;
  pageLine?: number;
  /** The index of its section in that text's sections. */
  section: number;
}

export interface ReusedPassage {
  /** Its length in characters as counted (units). */
  length: number;
  /** The passage as the new report prints it, whitespace removed (but one space between Latin words). */
  text: string;
  new: PassagePlace;
  old: PassagePlace;
}

export interface ReuseResult {
  units: number;
  reusedUnits: number;
  /** reusedUnits / units × 100; null when the new report has no text outside the tables. */
  overallPct: number | null;
  sections: SectionReuse[];
  /** The longest reused passages, longest first, none overlapping another in the new text. */
  passages: ReusedPassage[];
  newSections: readonly ReportSection[];
  oldSections: readonly ReportSection[];
}

/** The share of the new report's text found in the old, per section and overall, with the longest passages. */
export function measureReuse(old: PreparedText, neu: PreparedText, options: ReuseOptions): ReuseResult {
  const found = keepWordedSpans(findReusedSpans(old.units.units, neu.units.units, options.minLength), neu.units.units, options.minLength);
  const counts = neu.sections.map(() => ({ units: 0, reused: 0 }));
  let s = 0;
  for (let i = 0; i < neu.units.units.length; i++) {
    const at = neu.units.start[i] as number;
    while (s + 1 < neu.sections.length && (neu.sections[s + 1] as ReportSection).start <= at) s++;
    const c = counts[s] as { units: number; reused: number };
    c.units++;
    c.reused += found.covered[i] as number;
  }
  const units = neu.units.units.length;
  return {
    units,
    reusedUnits: found.coveredCount,
    overallPct: pct(found.coveredCount, units),
    sections: neu.sections.map((sec, i) => {
      const c = counts[i] as { units: number; reused: number };
      return {
        key: sec.key,
        number: sec.number,
        title: sec.title,
        units: c.units,
        reusedUnits: c.reused,
        reusedPct: pct(c.reused, c.units),
      };
    }),
    passages: longestPassages(found.spans, options.passages).map((span) => passage(old, neu, span)),
    newSections: neu.sections,
    oldSections: old.sections,
  };
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

/** The `n` longest spans that do not overlap one already taken in the new text (earlier wins a tie). */
function longestPassages(spans: readonly ReusedSpan[], n: number): ReusedSpan[] {
  const order = [...spans].sort((a, b) => b.length - a.length || a.newStart - b.newStart);
  const taken: ReusedSpan[] = [];
  for (const span of order) {
    if (taken.length >= n) break;
    const end = span.newStart + span.length;
    if (taken.some((t) => span.newStart < t.newStart + t.length && t.newStart < end)) continue;
    taken.push(span);
  }
  return taken;
}

function passage(old: PreparedText, neu: PreparedText, span: ReusedSpan): ReusedPassage {
  return {
    length: span.length,
    text: passageText(neu, span.newStart, span.length),
    new: place(neu, span.newStart, span.length),
    old: place(old, span.oldStart, span.length),
  };
}

/**
 * A passage as printed, punctuation kept and whitespace dropped. Page numbers inside it are left out, and
 * where it runs over text that is not compared (a statistical table) "…" stands for that text.
 */
function passageText(p: PreparedText, first: number, length: number): string {
  const { start, end } = p.units;
  let out = p.text.slice(start[first] as number, end[first] as number);
  for (let i = first + 1; i < first + length; i++) {
    let gap = p.text.slice(end[i - 1] as number, start[i] as number);
    if (WORD.test(gap)) {
      gap = gap
        .split(/\r?\n|\f/)
        .filter((line) => !isPageNumberLine(line))
        .join("");
      if (WORD.test(gap)) gap = "…";
    }
    out += gap + p.text.slice(start[i] as number, end[i] as number);
  }
  // A space stays between two Latin letters or digits ("page 12"); layout's spaces between Chinese go.
  return out.replace(/\s+/g, (gap, at: number, all: string) =>
    /[A-Za-z0-9]/.test(all[at - 1] ?? "") && /[A-Za-z0-9]/.test(all[at + gap.length] ?? "") ? " " : "",
  );
}

function place(p: PreparedText, first: number, length: number): PassagePlace {
  const start = p.units.start[first] as number;
  const end = p.units.end[first + length - 1] as number;
  return { start, end, ...lineColumnAt(p, start), ...pageLineAt(p, start), section: sectionIndexAt(p, start) };
}
