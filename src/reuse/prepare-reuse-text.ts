import { findTableRegions } from "../extract/find-table-regions.js";
import { foldReportText } from "../extract/fold-report-text.js";
import { findReportSections, type ReportSection } from "./find-report-sections.js";
import { type FigureMode, type ReuseUnits, reuseUnits } from "./reuse-units.js";

/** How reuse reads a text. */
export interface ReuseReading {
  /** Any figure matches any figure ("any", the default) or digit for digit ("exact"). */
  figures: FigureMode;
  /** Count the statistical tables (二, 三, 四 of the 2019+ layouts) too; by default they are left out. */
  tables: boolean;
}

/** One report's text made ready for comparison: its units, sections and line starts. */
export interface PreparedText {
  text: string;
  units: ReuseUnits;
  sections: ReportSection[];
  /** Offsets where each line starts, for line numbers. */
  lineStarts: Int32Array;
  /** For a PDF: where each line starts, its page and its line on the page (as the reader numbers them). */
  pdfLines?: readonly { start: number; page: number; line: number }[];
}

/**
 * Reads a report's text for reuse. The tables of the 2019+ layouts hold the template's row labels and
 * this year's figures, the same words every year by rule, so by default they are not text that could be
 * reused; their headings still delimit the sections.
 */
export function prepareReuseText(
  text: string,
  reading: ReuseReading,
  pdfLines?: readonly { start: number; page: number; line: number }[],
): PreparedText {
  const regions = findTableRegions(foldReportText(text));
  const tables = [regions.art20, regions.t3, regions.t4].filter((r): r is { start: number; end: number } => r !== null);
  return {
    text,
    units: reuseUnits(text, reading.figures, reading.tables ? [] : tables),
    sections: findReportSections(text, tables),
    lineStarts: lineStarts(text),
    ...(pdfLines === undefined ? {} : { pdfLines }),
  };
}

function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}

/** The 1-based line and column of an offset. */
export function lineColumnAt(p: PreparedText, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = p.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (p.lineStarts[lo] as number) + 1 };
}

/** The index of the section holding an offset. */
export function sectionIndexAt(p: PreparedText, offset: number): number {
  for (let i = p.sections.length - 1; i >= 0; i--) if ((p.sections[i] as ReportSection).start <= offset) return i;
  return 0;
}

/** The page and the line on it holding an offset, for a PDF; undefined otherwise. */
export function pageLineAt(p: PreparedText, offset: number): { page: number; pageLine: number } | undefined {
  const lines = p.pdfLines;
  if (lines === undefined || lines.length === 0 || (lines[0] as { start: number }).start > offset) return undefined;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const l = lines[lo] as { page: number; line: number };
  return { page: l.page, pageLine: l.line };
}
