import type { ExtractedReport } from "./extracted-report.js";
import { findTableRegions } from "./find-table-regions.js";
import { foldReportText } from "./fold-report-text.js";
import { looksLikeHtml } from "./html-to-text.js";
import { placeFinder, placeText } from "./locate-figures.js";
import type { ReportFile } from "./read-report-file.js";
import { loosePattern } from "./report-lines.js";

const DISCLOSURE = new RegExp(loosePattern("政府信息公开"), "u");
const LATER_SECTIONS = new RegExp(`${loosePattern("存在的主要问题")}|${loosePattern("其他需要报告的事项")}`, "u");
const SENTENCE_END = /[。！？!?.;；)）」"”]\s*$/u;

/**
 * Why a report gave no figure, for an error rather than an empty dataset: a PDF whose pages with the
 * tables are images, a text cut off before its first figure, tables present but not read, or no
 * statistics at all; each with what was looked for and what to do.
 */
export function noFiguresMessage(report: ExtractedReport, file: ReportFile): string {
  const lead = `${file.name}: no figure found`;
  const plain = plainText(file);
  const folded = foldReportText(plain);
  const images = file.pdf?.imagePages ?? [];
  if (images.length > 0) {
    return (
      `${lead}: page(s) ${pageList(images)} of ${file.pdf?.pages} have no text layer (scanned images), and the tables may be on them. ` +
      "Read the PDF with OCR (extract --ocr), or find the report's text version"
    );
  }
  if (file.kind === "docx" && (file.images ?? 0) > 0) {
    return `${lead}: the Word document holds ${file.images} picture(s) and no table of figures in text; tables pasted as pictures can only be read with OCR`;
  }
  const regions = findTableRegions(folded);
  const unassigned = report.unassigned.length;
  const firstNumber = report.unassigned[0];
  const place = placeFinder(file);
  const numbersNote =
    unassigned === 0
      ? "the text holds no number a rule could take"
      : `${unassigned} number(s) no rule took, the first ${JSON.stringify(firstNumber?.text)}${at(place(firstNumber?.start ?? 0))} in "…${firstNumber?.context}…"`;
  const table = regions.t3 ?? regions.art20 ?? regions.t4;
  if (table !== null) {
    return (
      `${lead}: layout not recognised: the statistical tables' headings are there (the first${at(place(table.start))}) but no row of them could be read ` +
      `(rows such as "一、本年新收政府信息公开申请数量" with seven numbers, "行政许可" with its count); ${numbersNote}. ` +
      "Check that the numbers are text and not pictures, and report the layout if it is a real report's"
    );
  }
  const trimmed = folded.trimEnd();
  if (DISCLOSURE.test(folded) && !LATER_SECTIONS.test(folded) && (trimmed.length < 4000 || !SENTENCE_END.test(trimmed))) {
    return (
      `${lead}: the report looks cut off: its text ends after ${trimmed.length} characters ("…${tail(trimmed)}"), ` +
      "before its statistical tables (二、三、四) and its later sections, and no sentence before that states a figure the rules read. " +
      "Give the whole report (the full web page or the PDF), not its opening"
    );
  }
  if (!DISCLOSURE.test(folded)) {
    return (
      `${lead}: no statistics found, and this does not look like a government information disclosure annual report ` +
      '(no "政府信息公开" anywhere, no tables 二/三/四); check that this is the right file'
    );
  }
  return (
    `${lead}: no statistics found: no tables 二/三/四 of the 2019+ templates (looked for the headings "第二十条第(一)项", ` +
    '"收到和处理政府信息公开申请情况", "行政复议、行政诉讼情况") and no statement the running-text rules read ' +
    `("主动公开政府信息…条", "收到…申请…件", "行政复议…件", …); ${numbersNote}`
  );
}

/** The text a reader sees: for HTML, tags dropped (only to judge the content, not for offsets). */
function plainText(file: ReportFile): string {
  if (file.format === "html" || (file.format === "auto" && looksLikeHtml(file.text))) return file.text.replace(/<[^>]*>/g, " ");
  return file.text;
}

function at(p: { page?: number; line?: number }): string {
  const s = placeText(p);
  return s === "" ? "" : ` (${s})`;
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
