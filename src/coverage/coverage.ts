/**
 * Coverage: which body has a report for which year. Bodies × years, each cell one status:
 *
 * - present: a dataset for the year, validated, with printed figures;
 * - failing: the dataset exists but the loader reports problems with it (or with the body's entity.json);
 * - scope_changed: present, but the report counts another scope (全市/全区 vs 本级 vs 办公室) than the
 *   body's previous stated scope, so its figures do not continue the series;
 * - derived: the file holds only figures derived from another year's report (2016 from 2017's printed
 *   change): there is data, but no report of that year;
 * - missing: no dataset for a year that is expected: a year inside the body's own span (between its
 *   first and last report), or a year the user expects of every body (by default the latest year in
 *   the datasets, so a body that has not published it stands out);
 * - outside: no dataset and none expected (before a body's first report, or between its last report and
 *   the latest year when only the latest year is expected).
 *
 * The facts come from the dataset files (read-coverage-facts.ts) or from a loaded table
 * (coverage-from-table.ts); this module only decides the statuses.
 */
import type { CoverageFacts, YearFacts } from "./coverage-facts.js";
import { sameScope, scopeAt } from "./scope-by-year.js";

export const COVERAGE_STATUSES = ["present", "failing", "scope_changed", "derived", "missing", "outside"] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface CoverageExpectation {
  /** Every one of these years is expected of every body, and the grid shows these years only. */
  years?: readonly number[];
  /** These years are expected of every body, besides the years inside each body's span. */
  expect?: readonly number[];
}

export interface CoverageCell {
  year: number;
  status: CoverageStatus;
  /** Inside the body's span or expected of every body. */
  expected: boolean;
  /** Problems the loader reports for the year's file (null when there is no file). */
  problems: number | null;
  /** The first problem: its place (file:line:column) and what it is. */
  first_problem: string | null;
  /** The scope the year's report counts, when stated. */
  scope: string | null;
  /** The scope of the body's previous report and that report's year, when both are known. */
  prior_scope: string | null;
  prior_scope_year: number | null;
  /** The year has a dataset whose scope differs from the previous report's (shown as such unless failing). */
  scope_changed: boolean;
}

export interface CoverageRow {
  entity: string;
  name_zh: string;
  name_en: string;
  cells: CoverageCell[];
  /** The grid's latest year is missing for this body. */
  latest_missing: boolean;
  /** Problems of the body as a whole (its entity.json, a folder without one); they make every file failing. */
  body_problems: number;
  first_body_problem: string | null;
}

export interface Coverage {
  /** The grid's years, ascending and without gaps (or the --years given). */
  years: number[];
  /** The grid's latest year; null when there are no years at all. */
  latest: number | null;
  /** The years expected of every body (besides each body's span). */
  expected: number[];
  rows: CoverageRow[];
  /** Problems of files that hold several bodies or years (a long CSV, a workbook), not tied to one cell. */
  other_problems: number;
  first_other_problem: string | null;
  /** Problems of the entity.json scope fields, one line each. */
  scope_problems: string[];
}

export function buildCoverage(facts: CoverageFacts, expectation: CoverageExpectation = {}): Coverage {
  const dataYears = new Set<number>();
  for (const b of facts.bodies) for (const y of b.years.keys()) dataYears.add(y);
  let years: number[];
  let expected: number[];
  if (expectation.years !== undefined) {
    years = [...new Set(expectation.years)].sort((a, b) => a - b);
    expected = years;
  } else {
    const latestInData = dataYears.size > 0 ? Math.max(...dataYears) : null;
    expected = [...new Set(expectation.expect ?? (latestInData === null ? [] : [latestInData]))].sort((a, b) => a - b);
    const all = [...dataYears, ...expected];
    years = all.length === 0 ? [] : range(Math.min(...all), Math.max(...all));
  }
  const expectedSet = new Set(expected);
  const latest = years.length > 0 ? (years[years.length - 1] as number) : null;
  const rows = facts.bodies.map((b): CoverageRow => {
    const own = [...b.years.keys()];
    const first = own.length > 0 ? Math.min(...own) : null;
    const last = own.length > 0 ? Math.max(...own) : null;
    const cells = years.map((year): CoverageCell => {
      const inSpan = first !== null && last !== null && year >= first && year <= last;
      const isExpected = inSpan || expectedSet.has(year);
      const f = b.years.get(year);
      const scope = scopeAt(b.scopes, year);
      // The previous report's scope: a change is between two reports, whatever years lie between them.
      const before = own.filter((y) => y < year);
      const priorYear = before.length > 0 ? Math.max(...before) : null;
      const prior = priorYear === null ? null : scopeAt(b.scopes, priorYear);
      const changed = f !== undefined && scope !== null && prior !== null && !sameScope(scope, prior);
      const base = {
        year,
        expected: isExpected,
        scope,
        prior_scope: prior,
        prior_scope_year: prior === null ? null : priorYear,
        scope_changed: changed,
      };
      if (f === undefined) return { ...base, status: isExpected ? "missing" : "outside", problems: null, first_problem: null };
      return {
        ...base,
        status: fileStatus(f, b.bodyProblems.count > 0, changed),
        problems: f.problems,
        first_problem: f.firstProblem ?? (f.problems === 0 ? b.bodyProblems.first : null),
      };
    });
    const lastCell = cells[cells.length - 1];
    return {
      entity: b.entity,
      name_zh: b.name_zh,
      name_en: b.name_en,
      cells,
      latest_missing: lastCell?.status === "missing",
      body_problems: b.bodyProblems.count,
      first_body_problem: b.bodyProblems.first,
    };
  });
  return {
    years,
    latest,
    expected,
    rows,
    other_problems: facts.otherProblems.count,
    first_other_problem: facts.otherProblems.first,
    scope_problems: facts.scopeProblems,
  };
}

function fileStatus(f: YearFacts, bodyFails: boolean, scopeChanged: boolean): CoverageStatus {
  if (f.problems > 0 || bodyFails) return "failing";
  // Rows were read and none is printed: every figure was derived from another year's report.
  if (f.rows > 0 && f.printed === 0) return "derived";
  if (scopeChanged) return "scope_changed";
  return "present";
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** The cells that are missing, over all bodies. */
export function missingCells(c: Coverage): { entity: string; year: number }[] {
  return c.rows.flatMap((r) => r.cells.filter((x) => x.status === "missing").map((x) => ({ entity: r.entity, year: x.year })));
}
