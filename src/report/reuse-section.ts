/**
 * The text-reuse section of a body's report page: how much of its latest report's running text is found
 * in the report of the year before, overall and per section, and the longest reused passages. Measured
 * by the same function as the `reuse` command (measureReuse, with its default reading: tables left out,
 * any figure matching any figure, runs of at least 13 characters), on the two reports found in the
 * folder `report --texts` names. A body without reports for two consecutive years there gets no section.
 */
import { basename } from "node:path";
import type { ChartLang } from "../charts/theme.js";
import type { ReportTexts } from "../extract/find-report-texts.js";
import { whereText } from "../extract/scope-line.js";
import { say } from "../messages/catalogue.js";
import { escapeHtml } from "../render/html-escape.js";
import { DEFAULT_MIN_LENGTH, DEFAULT_PASSAGES, measureReuse, type PassagePlace, type ReuseResult } from "../reuse/measure-reuse.js";
import { prepareReuseText, type ReuseReading } from "../reuse/prepare-reuse-text.js";
import { readReuseInput } from "../reuse/read-reuse-input.js";
import { sectionName } from "../reuse/section-name.js";
import { htmlTable } from "./html-table.js";
import { percentText } from "./number-text.js";

/** The reading `reuse` uses unless told otherwise. */
const READING: ReuseReading = { figures: "any", tables: false };

export interface PageReuse {
  old_year: number;
  new_year: number;
  old_file: string;
  new_file: string;
  result: ReuseResult;
  /** What of the reports could not be read as text (pages that are pictures). */
  warnings: string[];
}

/**
 * The reuse between the latest two consecutive years of `entity`'s reports in `texts`; null when the
 * folder has no such pair. The years need not be years the datasets hold: the texts are what is compared.
 */
export async function measurePageReuse(texts: ReportTexts, entity: string): Promise<PageReuse | null> {
  const files = texts.get(entity);
  if (files === undefined) return null;
  const years = [...files.keys()].sort((a, b) => b - a);
  const newYear = years.find((y) => files.has(y - 1));
  if (newYear === undefined) return null;
  const oldFile = files.get(newYear - 1) as string;
  const newFile = files.get(newYear) as string;
  const [a, b] = await Promise.all([readReuseInput(oldFile), readReuseInput(newFile)]);
  const result = measureReuse(prepareReuseText(a.text, READING, a.pdfLines), prepareReuseText(b.text, READING, b.pdfLines), {
    minLength: DEFAULT_MIN_LENGTH,
    passages: DEFAULT_PASSAGES,
  });
  // The files by their names: the page is read away from the folder they were found in.
  return {
    old_year: newYear - 1,
    new_year: newYear,
    old_file: basename(a.name),
    new_file: basename(b.name),
    result,
    warnings: [...a.warnings, ...b.warnings],
  };
}

/** The section's heading (for the page's contents) and its HTML, headed by `<h2 id="reuse">`. */
export function reuseSectionHtml(r: PageReuse, lang: ChartLang): { title: string; html: string } {
  const s = (key: Parameters<typeof say>[0], params?: Parameters<typeof say>[1]) => say(key, params, lang);
  const title = s("scope.reuse_heading");
  const res = r.result;
  const parts = [
    `<h2 id="reuse">${escapeHtml(title)}</h2>`,
    `<p>${escapeHtml(
      res.overallPct === null
        ? s("scope.reuse_no_text", { year: r.new_year })
        : s("scope.reuse_overall", {
            new_year: r.new_year,
            old_year: r.old_year,
            pct: percentText(res.overallPct),
            reused: res.reusedUnits,
            units: res.units,
          }),
    )}</p>`,
    `<p class="note">${escapeHtml(s("scope.reuse_how", { k: DEFAULT_MIN_LENGTH, old_file: r.old_file, new_file: r.new_file }))}</p>`,
    htmlTable({
      columns: [
        { key: "section", title: s("scope.reuse_section") },
        { key: "units", title: s("scope.reuse_units"), align: "right" },
        { key: "reused", title: s("scope.reuse_reused_units"), align: "right" },
        { key: "pct", title: s("scope.reuse_pct"), align: "right" },
      ],
      rows: res.sections
        .filter((sec) => sec.units > 0)
        .map((sec) => ({
          section: sectionName(sec, lang),
          units: sec.units,
          reused: sec.reusedUnits,
          pct: sec.reusedPct === null ? "" : percentText(sec.reusedPct),
        })),
    }),
  ];
  if (res.passages.length > 0) {
    parts.push(
      `<h3>${escapeHtml(s("scope.reuse_passages", { count: res.passages.length }))}</h3>`,
      `<ol class="passages">${res.passages
        .map(
          (p) =>
            `<li><blockquote>${escapeHtml(p.text)}</blockquote><p class="note">${escapeHtml(
              s("scope.reuse_passage_place", {
                length: p.length,
                new_year: r.new_year,
                new_place: placeOf(p.new, lang),
                old_year: r.old_year,
                old_place: placeOf(p.old, lang),
              }),
            )}</p></li>`,
        )
        .join("")}</ol>`,
    );
  }
  for (const w of r.warnings) parts.push(`<p class="note">${escapeHtml(w)}</p>`);
  return { title, html: parts.join("\n") };
}

/** "第3页第14行" in a PDF (its page and the line on it), "第12行" in a text. */
function placeOf(p: PassagePlace, lang: ChartLang): string {
  return whereText(p.page === undefined ? { line: p.line } : { page: p.page, line: p.pageLine ?? p.line }, lang);
}
