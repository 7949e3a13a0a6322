/**
 * Coverage facts from a loaded table (the report's): the bodies and years it holds. A table is loaded
 * only when its datasets passed validation, so no year here is failing; a year whose every figure is
 * derived (from another year's report) is told apart from a year with a report.
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { CoverageFacts, YearFacts } from "./coverage-facts.js";
import { scopeByYear } from "./scope-by-year.js";

export function coverageFromTable(table: ObservationTable): CoverageFacts {
  const years = new Map<string, Map<number, YearFacts>>();
  for (const id of [...table.entityNames, ...table.entityInfo.keys()]) if (!years.has(id)) years.set(id, new Map());
  for (let i = 0; i < table.length; i++) {
    const byYear = years.get(table.entityAt(i)) as Map<number, YearFacts>;
    const year = table.year[i] as number;
    let f = byYear.get(year);
    if (f === undefined) {
      f = { rows: 0, printed: 0, problems: 0, firstProblem: null };
      byYear.set(year, f);
    }
    f.rows++;
    if (table.basis[i] !== 1) f.printed++; // printed, or read by OCR from a printed page
  }
  const scopeProblems: string[] = [];
  const bodies = [...years.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([entity, byYear]) => {
      const info = table.entityInfo.get(entity);
      const read = scopeByYear(info, byYear.keys(), `entity.json of ${entity}`);
      if (read.problem !== null) scopeProblems.push(read.problem);
      return {
        entity,
        name_zh: info?.name_zh ?? entity,
        name_en: info?.name_en ?? entity,
        years: byYear,
        scopes: read.scopes,
        bodyProblems: { count: 0, first: null },
      };
    });
  return { bodies, otherProblems: { count: 0, first: null }, scopeProblems };
}
