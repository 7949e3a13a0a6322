import { say } from "../messages/catalogue.js";
import type { ExtractedReport } from "./extracted-report.js";
import { findTableRegions } from "./find-table-regions.js";
import { foldReportText } from "./fold-report-text.js";
import { htmlToText, looksLikeHtml } from "./html-to-text.js";
import { placeFinder, type ReportPlace } from "./locate-figures.js";
import { inputOffset, type MappedText } from "./mapped-text.js";
import type { ReportFile } from "./read-report-file.js";
import { loosePattern, reportLines } from "./report-lines.js";
import { whereText } from "./scope-line.js";
import { splitTableRow } from "./split-table-row.js";

const DISCLOSURE = new RegExp(loosePattern("政府信息公开"), "u");
/** The headings of the last sections ("五、存在的主要问题及改进情况", "六、其他需要报告的事项"), not the words in a sentence. */
const LATER_SECTIONS = new RegExp(
  `(?:^|\\n)\\s*[(（]?[四五六七八]\\s*[、.．)）]\\s*(?:${loosePattern("政府信息公开工作")})?\\s*(?:${loosePattern("存在的主要问题")}|${loosePattern("其他需要报告")})`,
  "u",
);
const SENTENCE_END = /[。！？!?.;；)）」"”]\s*$/u;

/**
 * Why a report gave no figure, for an error rather than an empty dataset: a PDF whose pages with the
 * tables are images, a text cut off before its first figure, tables present but not read, or no
 * statistics at all; each with what was looked for and what to do.
 */
export function noFiguresMessage(report: ExtractedReport, file: ReportFile): string {
  const name = file.name;
  const images = file.pdf?.imagePages ?? [];
  if (images.length > 0) return say("extract.none_scanned_pages", { name, pages: pageList(images), count: file.pdf?.pages ?? "?" });
  if (file.kind === "docx" && (file.images ?? 0) > 0) return say("extract.none_docx_pictures", { name, count: file.images ?? 0 });
  const seen = readerText(file);
  const folded = foldReportText(seen.text);
  const place = placeFinder(file);
  const first = (offset: number) => {
    const p = shownPlace(place(inputOffset(seen, offset)));
    return p === "" ? "" : say("extract.none_first_at", { place: p });
  };
  const firstNumber = report.unassigned[0];
  const numbersNote =
    firstNumber === undefined
      ? say("extract.none_no_numbers")
      : say("extract.none_numbers", {
          count: report.unassigned.length,
          first: JSON.stringify(firstNumber.text),
          at: at(place(firstNumber.start)),
          context: firstNumber.context,
        });
  const trimmed = folded.trimEnd();
  const disclosure = DISCLOSURE.test(folded);
  const cutOff = disclosure && !LATER_SECTIONS.test(folded) && (trimmed.length < 4000 || !SENTENCE_END.test(trimmed));
  const ends = say("extract.none_ends", { count: trimmed.length, tail: tail(trimmed) });
  const rows = numberRows(folded);
  if (rows !== null) {
    const what = rows.oneCellLines ? say("extract.none_cells_a_line") : say("extract.none_number_rows");
    return say("extract.none_layout_unknown", {
      name,
      what,
      first: first(rows.start),
      numbers: numbersNote,
      cut: cutOff ? say("extract.none_also_cut", { ends }) : "",
    });
  }
  const regions = findTableRegions(folded);
  const heading = [regions.art20, regions.t3, regions.t4].find((r) => r !== null && isHeadingLine(folded, r.start)) ?? null;
  if (heading !== null && !cutOff) {
    return say("extract.none_tables_blank", { name, first: first(heading.start) });
  }
  if (cutOff) {
    return say("extract.none_cut_off", { name, ends });
  }
  if (!disclosure) {
    return say("extract.none_not_a_report", { name });
  }
  return say("extract.none_no_statistics", { name, numbers: numbersNote });
}

/**
 * Where the text shows a table of numbers: the first line ending in three or more numbers, or else the
 * first of several lines that hold one number alone (a table copied from a web page, a cell a line).
 */
function numberRows(text: string): { start: number; oneCellLines: boolean } | null {
  const lone: number[] = [];
  for (const l of reportLines(text)) {
    const cells = splitTableRow(l).cells.filter((c) => c.value !== null);
    if (cells.length >= 3) return { start: l.start, oneCellLines: false };
    if (cells.length === 1 && /^\s*[\d.,]+\s*$/.test(l.text)) lone.push(l.start);
  }
  return lone.length >= 7 ? { start: lone[0] as number, oneCellLines: true } : null;
}

/** Whether the line at `start` is a heading on its own, not a sentence that names the table. */
function isHeadingLine(text: string, start: number): boolean {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end).trim().length <= 40;
}

/** The text the extractor reads: for HTML, the page rendered to text (with the way back to the input). */
function readerText(file: ReportFile): MappedText {
  if (file.format === "html" || (file.format === "auto" && looksLikeHtml(file.text))) return htmlToText(file.text);
  return { text: file.text, offsets: null };
}
/** Where a place is, in the reader's language ("第 2 页第 14 行"); "" when the report has no lines (Word). */
function shownPlace(p: ReportPlace): string {
  return p.line === undefined ? "" : whereText(p);
}

function at(p: ReportPlace): string {
  const s = shownPlace(p);
  return s === "" ? "" : say("extract.none_place", { place: s });
}

function tail(s: string): string {
  const t = s.slice(-24).replace(/\s+/g, " ");
  return t.trim();
}

/** 1,2,3,5 → "1–3, 5". */
function pageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
    parts.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
