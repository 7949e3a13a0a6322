import { roundPct } from "../cli/command-options.js";
import type { ReportSection } from "./find-report-sections.js";
import type { PassagePlace, ReuseResult } from "./measure-reuse.js";
import type { ReuseReading } from "./prepare-reuse-text.js";
import { sectionName } from "./section-name.js";

/** What a reuse run compared and how. */
export interface ReuseRun extends ReuseReading {
  oldName: string;
  newName: string;
  minLength: number;
}

/**
 * The JSON form of a comparison: `overall_pct`, `sections` (each `heading`, `reused_pct`, with the
 * counts they come from) and `passages`, each with its place in both texts. Percentages are rounded to
 * `digits` (null keeps them exact); the counts are exact.
 */
export function reuseJson(result: ReuseResult, run: ReuseRun, digits: number | null) {
  return {
    old: run.oldName,
    new: run.newName,
    min_length: run.minLength,
    figures: run.figures,
    tables: run.tables,
    units: result.units,
    reused_units: result.reusedUnits,
    overall_pct: roundPct(result.overallPct, digits),
    sections: result.sections.map((s) => ({
      heading: sectionName(s, "zh"),
      number: s.number,
      title: s.title,
      units: s.units,
      reused_units: s.reusedUnits,
      reused_pct: roundPct(s.reusedPct, digits),
    })),
    passages: result.passages.map((p) => ({
      length: p.length,
      text: p.text,
      new: placeJson(p.new, result.newSections),
      old: placeJson(p.old, result.oldSections),
    })),
  };
}

function placeJson(p: PassagePlace, sections: readonly ReportSection[]) {
  const section = sections[p.section];
  return {
    ...(p.page === undefined ? {} : { page: p.page, page_line: p.pageLine }),
    line: p.line,
    column: p.column,
    start: p.start,
    end: p.end,
    section: section === undefined ? null : sectionName(section, "zh"),
  };
}
