/**
 * Coverage as tables for the output writer: long (one row per body and year of the grid, every fact;
 * CSV, JSON, the workbook's detail sheet) and as a grid (bodies as rows, a column per year; Markdown,
 * --wide and the workbook's first sheet), with the legend as a table of its own.
 */
import type { Cell, TableData } from "../format/table-data.js";
import { COVERAGE_STATUSES, type Coverage, type CoverageRow } from "./coverage.js";
import { type CoverageLang, coverageWord, STATUS_SYMBOL, statusWord } from "./coverage-words.js";

export function coverageLongTable(c: Coverage, lang: CoverageLang): TableData {
  const w = (k: Parameters<typeof coverageWord>[0]) => coverageWord(k, lang);
  const columns = [
    { key: "entity", title: w("entity") },
    { key: "entity_name", title: w("entity_name") },
    { key: "year", title: w("year"), align: "right" as const },
    { key: "status", title: w("status") },
    { key: "expected", title: w("expected") },
    { key: "problems", title: w("problems"), align: "right" as const },
    { key: "first_problem", title: w("first_problem") },
    { key: "scope", title: w("scope") },
    { key: "prior_scope", title: w("prior_scope") },
    { key: "prior_scope_year", title: w("prior_scope_year"), align: "right" as const },
    { key: "scope_changed", title: w("scope_changed") },
    { key: "latest_missing", title: w("latest_missing") },
  ];
  const rows = c.rows.flatMap((r) =>
    r.cells.map(
      (x): Record<string, Cell> => ({
        entity: r.entity,
        entity_name: bodyName(r, lang),
        year: x.year,
        status: x.status,
        expected: x.expected ? "yes" : "no",
        problems: x.problems,
        first_problem: x.first_problem,
        scope: x.scope,
        prior_scope: x.prior_scope,
        prior_scope_year: x.prior_scope_year,
        scope_changed: x.scope_changed ? "yes" : "no",
        latest_missing: r.latest_missing ? "yes" : "no",
      }),
    ),
  );
  return { columns, rows };
}

/** Bodies × years; a cell is the status's symbol (for reading) or its key (for scripts and sheets). */
export function coverageGridTable(c: Coverage, lang: CoverageLang, cell: "symbol" | "status"): TableData {
  const columns = [
    { key: "entity", title: coverageWord("entity", lang) },
    { key: "entity_name", title: coverageWord("entity_name", lang) },
    ...c.years.map((y) => ({ key: String(y), title: String(y) })),
  ];
  const rows = c.rows.map((r) => {
    const row: Record<string, Cell> = { entity: r.entity, entity_name: bodyName(r, lang) };
    for (const x of r.cells) row[String(x.year)] = cell === "symbol" ? STATUS_SYMBOL[x.status] : x.status;
    return row;
  });
  return { columns, rows };
}

export function coverageLegendTable(lang: CoverageLang): TableData {
  return {
    columns: [
      { key: "symbol", title: coverageWord("symbol", lang) },
      { key: "status", title: coverageWord("status", lang) },
      { key: "meaning", title: coverageWord("meaning", lang) },
    ],
    rows: COVERAGE_STATUSES.map((s) => ({ symbol: STATUS_SYMBOL[s], status: s, meaning: statusWord(s, lang) })),
  };
}

export function bodyName(r: Pick<CoverageRow, "name_zh" | "name_en">, lang: CoverageLang): string {
  return lang === "zh" ? r.name_zh : r.name_en;
}
