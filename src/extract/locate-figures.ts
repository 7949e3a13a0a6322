import type { ExtractedFigure, ExtractedReport, UnassignedNumber } from "./extracted-report.js";
import type { ReportFile } from "./read-report-file.js";

/** Where a number sits as a reader of the report finds it. */
export interface ReportPlace {
  /** The PDF page (1-based); absent for a text. */
  page?: number;
  /** For a PDF the line on its page, for a text the line of the file (1-based). */
  line?: number;
}

export type LocatedFigure = ExtractedFigure & ReportPlace;
export type LocatedNumber = UnassignedNumber & ReportPlace;

/** An extracted report whose figures and unassigned numbers carry their page and line. */
export interface LocatedReport extends ExtractedReport {
  figures: LocatedFigure[];
  unassigned: LocatedNumber[];
}

/**
 * Gives each figure (and each number no metric took) the page and line it was printed on: for a PDF
 * the page and the line on that page, as a reader counts them on the printed page; for a text or HTML
 * file the line of the file. A Word document has no lines a reader could count: its figures keep their
 * table row and column labels alone.
 */
export function locateFigures(report: ExtractedReport, file: ReportFile): LocatedReport {
  const place = placeFinder(file);
  return {
    ...report,
    figures: report.figures.map((f) => ({ ...f, ...place(f.start) })),
    unassigned: report.unassigned.map((u) => ({ ...u, ...place(u.start) })),
  };
}

/** The page and line of an offset into the file's text. */
export function placeFinder(file: ReportFile): (offset: number) => ReportPlace {
  if (file.kind === "docx") return () => ({});
  const pdf = file.pdf;
  if (pdf !== undefined) {
    const starts = pdf.lines.map((l) => l.start);
    return (offset) => {
      const l = pdf.lines[lastAtOrBefore(starts, offset)];
      return l === undefined ? {} : { page: l.page, line: l.line };
    };
  }
  // Lines as an editor numbers them: a form feed (pdftotext's page break) is a character of its line.
  const starts = [0];
  for (let i = file.text.indexOf("\n"); i >= 0; i = file.text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => ({ line: lastAtOrBefore(starts, offset) + 1 });
}

/** The index of the last value ≤ x in an ascending array (0 when none is). */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "page 2, line 14" or "report line 49", as a figure's source ends in a dataset file; "" when unknown. */
export function placeText(p: ReportPlace): string {
  if (p.page !== undefined && p.line !== undefined) return `page ${p.page}, line ${p.line}`;
  if (p.line !== undefined) return `report line ${p.line}`;
  return "";
}
