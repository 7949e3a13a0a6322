import type { ExtractedReport } from "./extracted-report.js";
import { findTableRegions } from "./find-table-regions.js";
import { foldReportText } from "./fold-report-text.js";
import { htmlToText, looksLikeHtml } from "./html-to-text.js";
import { placeFinder, placeText } from "./locate-figures.js";
import { inputOffset, type MappedText } from "./mapped-text.js";
import type { ReportFile } from "./read-report-file.js";
import { loosePattern, reportLines } from "./report-lines.js";
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
  const lead = `${file.name}: no figure found`;
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
  const seen = readerText(file);
  const folded = foldReportText(seen.text);
  const place = placeFinder(file);
  const first = (offset: number) => {
    const p = placeText(place(inputOffset(seen, offset)));
    return p === "" ? "" : ` (the first at ${p})`;
  };
  const firstNumber = report.unassigned[0];
  const numbersNote =
    firstNumber === undefined
      ? "the text holds no number a rule could take"
      : `${report.unassigned.length} number(s) no rule took, the first ${JSON.stringify(firstNumber.text)}${at(place(firstNumber.start))} in "…${firstNumber.context}…"`;
  const trimmed = folded.trimEnd();
  const disclosure = DISCLOSURE.test(folded);
  const cutOff = disclosure && !LATER_SECTIONS.test(folded) && (trimmed.length < 4000 || !SENTENCE_END.test(trimmed));
  const ends = `its text ends after ${trimmed.length} characters ("…${tail(trimmed)}")`;
  const rows = numberRows(folded);
  if (rows !== null) {
    const what = rows.oneCellLines ? "table cells one to a line, as a web page's table copied as text gives them" : "table rows of numbers";
    return (
      `${lead}: layout not recognised: the text has ${what}${first(rows.start)} but none is a row of the templates' tables ` +
      `(looked for rows such as "一、本年新收政府信息公开申请数量" with seven numbers, "行政许可" with its count, under their headings); ${numbersNote}` +
      (cutOff ? `. The text also looks cut off: ${ends}` : "") +
      ". Report the layout if it is a real report's"
    );
  }
  const regions = findTableRegions(folded);
  const heading = [regions.art20, regions.t3, regions.t4].find((r) => r !== null && isHeadingLine(folded, r.start)) ?? null;
  if (heading !== null && !cutOff) {
    return (
      `${lead}: the statistical tables are there${first(heading.start)} but hold no numbers as text: ` +
      "their cells are blank, or the numbers are pictures (then only OCR can read them)"
    );
  }
  if (cutOff) {
    return (
      `${lead}: the report looks cut off: ${ends}, before its statistical tables (二、三、四) and its later sections, ` +
      "and no sentence before that states a figure the rules read. Give the whole report (the full web page or the PDF), not its opening"
    );
  }
  if (!disclosure) {
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
