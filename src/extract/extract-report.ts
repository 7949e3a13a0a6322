import { say } from "../messages/catalogue.js";
import { detectLayout } from "./detect-layout.js";
import { detectScope } from "./detect-scope.js";
import { detectTitle } from "./detect-title.js";
import { type ExtractContext, newContext } from "./extract-context.js";
import { extractNarrative } from "./extract-narrative.js";
import { extractTableFour } from "./extract-table-four.js";
import { extractTableFourGrid } from "./extract-table-four-grid.js";
import { extractTableThree } from "./extract-table-three.js";
import { extractTableThreeGrid } from "./extract-table-three-grid.js";
import { extractTableTwo } from "./extract-table-two.js";
import { extractTableTwoGrid } from "./extract-table-two-grid.js";
import type { ExtractedFigure, ExtractedReport, UnassignedNumber } from "./extracted-report.js";
import { findTableRegions } from "./find-table-regions.js";
import { findUnassignedNumbers } from "./find-unassigned-numbers.js";
import { foldReportText } from "./fold-report-text.js";
import type { GridTable } from "./grid-table.js";
import { type GridTableKind, gridTableKind } from "./grid-table-kind.js";
import { type HtmlText, htmlToText, looksLikeHtml } from "./html-to-text.js";
import { inputRange, type MappedText } from "./mapped-text.js";
import { narrativeView } from "./narrative-view.js";
import { reportYear } from "./report-year.js";

export interface ExtractOptions {
  /** How to read the input: plain text (pdftotext output, a web page's text), HTML, or guess (default). */
  format?: "text" | "html" | "auto";
  /** The report year when the title does not say it (or says it wrongly). */
  year?: number;
  /** The report file's name (`suqian-shi-2024.txt`): its year is used when neither title nor statistics period gives one. */
  fileName?: string;
}

/**
 * Reads one annual report's text into figures of the catalogue, each with the sentence or table row it
 * came from and its offsets in `input`. Finds the body and year in the title and the layout from the
 * tables present; reads 2019+ tables 二, 三 and 四 and the running text's statements. What no rule takes
 * is listed in `unassigned`: a figure is left out rather than guessed.
 *
 * @example
 * const r = extractReport(readFileSync("reports/jiamusi-2017.txt", "utf8"));
 * r.figures.find((f) => f.metric === "proactive_items")?.value; // 89370
 */
export function extractReport(input: string, options: ExtractOptions = {}): ExtractedReport {
  const html = options.format === "html" || (options.format !== "text" && looksLikeHtml(input));
  const mapped: HtmlText | MappedText = html ? htmlToText(input) : { text: input, offsets: null };
  const text = foldReportText(mapped.text);
  const title = detectTitle(text);
  const { year, yearFrom, warning: yearWarning } = reportYear(title, options);
  const { layout, reason } = detectLayout(text, year);
  const ctx = newContext(text, layout);
  const exclude: { start: number; end: number }[] = [];
  if (layout !== "2008") {
    const read = readTables(ctx, "tables" in mapped ? mapped.tables : []);
    if (read.length > 0) exclude.push({ start: Math.min(...read.map((r) => r.start)), end: Math.max(...read.map((r) => r.end)) });
  }
  if (yearWarning !== null) ctx.warnings.push(yearWarning);
  extractNarrative(ctx, narrativeView(text, exclude), year);
  noteConflicts(ctx.figures, ctx.warnings);
  const scope = detectScope(text);
  const unassigned = [...ctx.unassigned, ...findUnassignedNumbers(text, ctx.consumed)].sort((a, b) => a.start - b.start);
  return {
    body: title.body,
    year,
    yearFrom,
    layout,
    layoutReason: reason,
    // The sentence as printed (the rules read the folded text: "，" as ",").
    scope:
      scope === null
        ? null
        : {
            ...scope,
            sentence: mapped.text.slice(scope.start, scope.end).replace(/\s+/g, ""),
            ...inputRange(mapped, scope.start, scope.end),
          },
    figures: ctx.figures.map((f) => toInput(f, mapped)).sort((a, b) => a.start - b.start),
    unassigned: unassigned.map((u) => ({ ...u, ...inputRange(mapped, u.start, u.end) })),
    warnings: ctx.warnings,
  };
}

type Range = { start: number; end: number };

/**
 * Reads tables 二, 三 and 四: from the HTML tables that are them when the report is HTML (cells and
 * spans as the page has them), otherwise from the text between their headings. A text region that
 * overlaps an HTML table already read is not read again. Returns the ranges read (a text region up to
 * its last cell taken).
 */
function readTables(ctx: ExtractContext, grids: readonly GridTable[]): Range[] {
  const kinds = grids.map((table) => ({ table, kind: gridTableKind(ctx.text, table) }));
  const ofKind = (k: GridTableKind) => kinds.filter((g) => g.kind === k).map((g) => g.table);
  const gridRanges = kinds.filter((g) => g.kind !== null).map((g) => ({ start: g.table.start, end: g.table.end }));
  const regions = findTableRegions(ctx.text);
  const read: Range[] = [];
  const each = (
    kind: GridTableKind,
    region: Range | null,
    fromGrid: (c: ExtractContext, t: GridTable) => void,
    fromText: (c: ExtractContext, r: Range) => void,
    missing: string,
  ) => {
    const tables = ofKind(kind);
    if (tables.length > 0) {
      for (const t of tables) {
        fromGrid(ctx, t);
        read.push({ start: t.start, end: t.end });
      }
    } else if (region && !gridRanges.some((g) => g.start < region.end && region.start < g.end)) {
      // Only what the reader took is table: the running text after a cut-off table is still read.
      const before = ctx.consumed.length;
      fromText(ctx, region);
      const end = ctx.consumed.slice(before).reduce((e, [, to]) => Math.max(e, to), -1);
      if (end >= 0) read.push({ start: region.start, end });
    } else ctx.warnings.push(missing);
  };
  each("art20", regions.art20, extractTableTwoGrid, extractTableTwo, say("extract.no_table_two"));
  each("t3", regions.t3, extractTableThreeGrid, extractTableThree, say("extract.no_table_three"));
  each("t4", regions.t4, extractTableFourGrid, extractTableFour, say("extract.no_table_four"));
  return read;
}

function toInput(f: ExtractedFigure, mapped: MappedText): ExtractedFigure {
  const at = inputRange(mapped, f.start, f.end);
  const src = inputRange(mapped, f.source_start, f.source_end);
  return { ...f, start: at.start, end: at.end, source_start: src.start, source_end: src.end };
}

/** Reports that contradict themselves keep both figures; the warning says where to look. */
function noteConflicts(figures: readonly ExtractedFigure[], warnings: string[]): void {
  const text = figures.find((f) => f.metric === "requests_received" && f.applicant === null);
  const table = figures.find((f) => f.metric === "requests_new" && f.applicant === null);
  if (text && table && text.value !== table.value) {
    warnings.push(say("extract.requests_conflict", { text: text.value, table: table.value }));
  }
}

export type { ExtractedFigure, ExtractedReport, UnassignedNumber };
