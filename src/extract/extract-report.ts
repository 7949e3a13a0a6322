import { detectLayout } from "./detect-layout.js";
import { detectTitle } from "./detect-title.js";
import { newContext } from "./extract-context.js";
import { extractNarrative } from "./extract-narrative.js";
import { extractTableFour } from "./extract-table-four.js";
import { extractTableThree } from "./extract-table-three.js";
import { extractTableTwo } from "./extract-table-two.js";
import type { ExtractedFigure, ExtractedReport, UnassignedNumber } from "./extracted-report.js";
import { findTableRegions } from "./find-table-regions.js";
import { findUnassignedNumbers } from "./find-unassigned-numbers.js";
import { foldReportText } from "./fold-report-text.js";
import { htmlToText, looksLikeHtml } from "./html-to-text.js";
import { inputRange, type MappedText } from "./mapped-text.js";
import { narrativeView } from "./narrative-view.js";

export interface ExtractOptions {
  /** How to read the input: plain text (pdftotext output, a web page's text), HTML, or guess (default). */
  format?: "text" | "html" | "auto";
  /** The report year when the title does not say it (or says it wrongly). */
  year?: number;
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
  const mapped: MappedText = html ? htmlToText(input) : { text: input, offsets: null };
  const text = foldReportText(mapped.text);
  const title = detectTitle(text);
  const year = options.year ?? title.year;
  const { layout, reason } = detectLayout(text, year);
  const ctx = newContext(text, layout);
  const exclude: { start: number; end: number }[] = [];
  if (layout !== "2008") {
    const regions = findTableRegions(text);
    if (regions.art20) extractTableTwo(ctx, regions.art20);
    else ctx.warnings.push("no 第二十条 table (table 二) found");
    if (regions.t3) extractTableThree(ctx, regions.t3);
    else ctx.warnings.push("no table 三 (收到和处理政府信息公开申请情况) found");
    if (regions.t4) extractTableFour(ctx, regions.t4);
    else ctx.warnings.push("no table 四 (行政复议、行政诉讼情况) found");
    const present = [regions.art20, regions.t3, regions.t4].filter((r) => r !== null);
    if (present.length > 0) {
      exclude.push({ start: Math.min(...present.map((r) => r.start)), end: Math.max(...present.map((r) => r.end)) });
    }
  }
  extractNarrative(ctx, narrativeView(text, exclude));
  noteConflicts(ctx.figures, ctx.warnings);
  const unassigned = [...ctx.unassigned, ...findUnassignedNumbers(text, ctx.consumed)].sort((a, b) => a.start - b.start);
  return {
    body: title.body,
    year,
    yearFrom: options.year !== undefined ? "option" : title.yearFrom,
    layout,
    layoutReason: reason,
    figures: ctx.figures.map((f) => toInput(f, mapped)).sort((a, b) => a.start - b.start),
    unassigned: unassigned.map((u) => ({ ...u, ...inputRange(mapped, u.start, u.end) })),
    warnings: ctx.warnings,
  };
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
    warnings.push(
      `the text says ${text.value} requests (requests_received) but table 三 says ${table.value} new requests (requests_new); both are kept for the audit`,
    );
  }
}

export type { ExtractedFigure, ExtractedReport, UnassignedNumber };
