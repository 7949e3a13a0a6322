/**
 * Coverage in the terminal: a compact grid that fits 100 columns, bodies as rows and years as columns,
 * one symbol a cell, a legend under it, then the cells that need a word (failing validation, scope
 * changed). A body missing the grid's latest year is marked `>` in the margin.
 */
import { say } from "../messages/catalogue.js";
import { padToWidth, stringWidth } from "../text/string-width.js";
import { COVERAGE_STATUSES, type Coverage, type CoverageRow } from "./coverage.js";
import { bodyName } from "./coverage-tables.js";
import { type CoverageLang, coverageWord, STATUS_SYMBOL, statusWord } from "./coverage-words.js";

/** The width the grid is laid out for. */
export const GRID_WIDTH = 100;
/** Labels are never cut shorter than this. */
const MIN_LABEL = 12;
/** Cells named one a line below the grid, at most; the long formats list every cell. */
const MAX_DETAILS = 20;

export function coverageGridText(c: Coverage, lang: CoverageLang, width = GRID_WIDTH): string {
  const labels = rowLabels(c.rows, lang);
  // Four-digit year headings when they fit beside a readable label, else two digits (the head line
  // gives the century).
  const margin = 2;
  const fits = (cell: number) =>
    width - margin - c.years.length * cell >= Math.min(MIN_LABEL * 2, Math.max(MIN_LABEL, ...labels.map(stringWidth)));
  const cellWidth = fits(5) ? 5 : 3;
  const longest = Math.max(0, ...labels.map(stringWidth));
  const labelWidth = Math.min(longest, Math.max(MIN_LABEL, width - margin - c.years.length * cellWidth));
  const heading = c.years.map((y) => padToWidth(cellWidth === 5 ? String(y) : String(y).slice(2), cellWidth, "right")).join("");
  const lines = [
    headLine(c, width, lang),
    "",
    " ".repeat(margin) + padToWidth("", labelWidth) + heading,
    ...c.rows.map((r, i) => {
      const mark = r.latest_missing ? "> " : "  ";
      const cells = r.cells.map((x) => padToWidth(STATUS_SYMBOL[x.status], cellWidth, "right")).join("");
      return `${mark}${padToWidth(cut(labels[i] as string, labelWidth), labelWidth)}${cells}`;
    }),
    "",
    legendLines(lang, width),
    ...(c.latest === null ? [] : [`> ${coverageWord("latest_missing", lang)} (${c.latest})`]),
  ];
  const details = detailLines(c, labels, lang);
  if (details.length > 0) lines.push("", ...details);
  return `${lines.map((l) => l.replace(/\s+$/, "")).join("\n")}\n`;
}

function headLine(c: Coverage, width: number, lang: CoverageLang): string {
  const n = c.rows.length;
  const first = c.years[0];
  const last = c.years[c.years.length - 1];
  const span =
    first === undefined || last === undefined
      ? say("cli.coverage_no_years", {}, lang)
      : first === last
        ? String(first)
        : `${first}–${last}`;
  const head = n === 1 ? say("cli.coverage_head_one", { span }, lang) : say("cli.coverage_head", { count: n, span }, lang);
  const rule =
    c.expected.length === 0 ? say("cli.coverage_rule", {}, lang) : say("cli.coverage_rule_expected", { years: yearList(c.expected) }, lang);
  const sep = say("cli.coverage_head_separator", {}, lang);
  return stringWidth(head) + stringWidth(sep) + stringWidth(rule) <= width ? `${head}${sep}${rule}` : `${head}\n${rule}`;
}

function legendLines(lang: CoverageLang, width: number): string {
  const items = COVERAGE_STATUSES.map((s) => `${STATUS_SYMBOL[s]} ${statusWord(s, lang)}`);
  const out: string[] = [];
  let line = "";
  for (const item of items) {
    if (line !== "" && stringWidth(line) + 3 + stringWidth(item) > width) {
      out.push(line);
      line = "";
    }
    line = line === "" ? item : `${line}   ${item}`;
  }
  if (line !== "") out.push(line);
  return out.join("\n");
}

function detailLines(c: Coverage, labels: readonly string[], lang: CoverageLang): string[] {
  const problemsText = (n: number) =>
    n === 1 ? say("cli.coverage_problem_one", {}, lang) : say("cli.coverage_problems_n", { count: n }, lang);
  const first = (p: string | null | undefined) => p ?? say("cli.coverage_not_kept", {}, lang);
  const lines: string[] = [];
  c.rows.forEach((r, i) => {
    const label = labels[i] as string;
    if (r.body_problems > 0)
      lines.push(
        say(
          "cli.coverage_failing_body",
          { body: label, problems: problemsText(r.body_problems), first: first(r.first_body_problem) },
          lang,
        ),
      );
    for (const x of r.cells) {
      if (x.status === "failing" && (x.problems ?? 0) > 0)
        lines.push(
          say(
            "cli.coverage_failing_year",
            { body: label, year: x.year, problems: problemsText(x.problems ?? 0), first: first(x.first_problem) },
            lang,
          ),
        );
      if (x.scope_changed)
        lines.push(
          say(
            "cli.coverage_scope_changed",
            { body: label, year: x.year, scope: String(x.scope), prior_year: String(x.prior_scope_year), prior: String(x.prior_scope) },
            lang,
          ),
        );
    }
  });
  if (c.other_problems > 0)
    lines.push(say("cli.coverage_failing_other", { problems: problemsText(c.other_problems), first: first(c.first_other_problem) }, lang));
  if (lines.length <= MAX_DETAILS) return lines;
  return [...lines.slice(0, MAX_DETAILS), say("cli.coverage_more_details", { count: lines.length - MAX_DETAILS }, lang)];
}

/** A body's label: its name; with its id too when another body has the same name. */
export function rowLabels(rows: readonly CoverageRow[], lang: CoverageLang): string[] {
  const names = rows.map((r) => bodyName(r, lang));
  return rows.map((r, i) =>
    names.indexOf(names[i] as string) !== names.lastIndexOf(names[i] as string) ? `${names[i]} (${r.entity})` : (names[i] as string),
  );
}

/** Cuts a label to a display width with an ellipsis. */
function cut(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Years as a short list: 2019–2025 for a run, else comma-separated. */
export function yearList(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}
