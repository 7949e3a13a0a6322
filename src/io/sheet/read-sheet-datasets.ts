/**
 * Reads the figures of one sheet into the table builder, through the same row validation as a dataset
 * CSV (readDatasetBatches), so a figure in a workbook is checked exactly as one in a CSV. Two shapes:
 * - a long sheet: a heading row naming dataset columns (metric, value, … plus entity and year);
 * - a wide sheet, as analysts keep them: a metric column (an id or the catalogue's Chinese label), an
 *   optional applicant column, and one column per year (2016 or 2016年); the body is the entity column,
 *   else the dataset folder, else the sheet's name (an entity id or its Chinese name).
 * Rows above the heading row (a title) are skipped, and so are rows without a figure (notes). Merged
 * ranges spread their text over the label columns they cover; one covering several figures is an
 * error. Hidden rows are read like the others (hiding is a view, not a deletion) and problems in them
 * say so. Blank cells are no row (unknown, never zero).
 */

import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { type ProblemCode, problem } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { ProblemLog } from "../problem-log.js";
import type { PendingProblem } from "../read-dataset-file.js";
import { isLongHeading, readLongSheet } from "./read-long-sheet.js";
import { readWideSheet } from "./read-wide-sheet.js";
import type { Sheet, SheetRow } from "./sheet.js";
import { foldLabel, WIDE_HEADINGS } from "./sheet-labels.js";
import { cellFrame, placeProblem } from "./sheet-place.js";
import type { SheetTarget } from "./sheet-target.js";
import { MAX_SPREAD, spreadMerged } from "./spread-merged.js";

export type { SheetTarget } from "./sheet-target.js";

/** How many rows from the top may hold a title before the heading row. */
const HEADING_SEARCH_ROWS = 20;

/** Reads one sheet into the builder; returns its problems (also logged), placed at their cells. */
export async function readSheetDatasets(
  sheet: Sheet,
  t: SheetTarget,
  builder: ObservationTableBuilder,
  log: ProblemLog,
): Promise<PendingProblem[]> {
  const found: PendingProblem[] = [];
  const report = (
    code: ProblemCode,
    row: number,
    col: number,
    what: string,
    expected: string,
    got: string,
    hint: string,
    hidden = false,
  ) => {
    const p: PendingProblem = { ...problem(code, { file: t.file }, what, expected, got, hint), fieldIndex: -1 };
    placeProblem(p, t.places, row, col, hidden);
    found.push(p);
    log.add(p);
  };
  const rows = sheet.rows.filter((r) => [...r.cells.values()].some((c) => c.text.trim() !== "" || c.error !== undefined));
  if (rows.length === 0) return found;
  if (!spreadMerged(sheet, rows)) {
    report(
      "E_MERGED",
      0,
      0,
      say("io.sheet.merged_spread.what"),
      say("io.sheet.merged_spread.expected", { n: MAX_SPREAD }),
      say("io.sheet.merged_spread.found"),
      say("io.sheet.merged_spread.hint"),
    );
    return found;
  }
  const headingAt = rows.slice(0, HEADING_SEARCH_ROWS).findIndex((r) => [...r.cells.values()].some((c) => isMetricHeading(c.text)));
  if (headingAt < 0) {
    report(
      "E_MISSING_COLUMN",
      0,
      0,
      say("io.sheet.no_heading.what"),
      say("io.sheet.no_heading.expected"),
      say("io.sheet.no_heading.found", { n: HEADING_SEARCH_ROWS }),
      say("io.sheet.no_heading.hint"),
    );
    return found;
  }
  const heading = rows[headingAt] as SheetRow;
  const data = rows.slice(headingAt + 1);
  const names = new Map<number, string>();
  for (const [col, c] of heading.cells) if (c.text.trim() !== "") names.set(col, c.text.trim());
  const folded = [...names.values()].map(foldLabel);
  if (isLongHeading(folded)) await readLongSheet(heading, names, data, sheet, t, builder, log, found, report);
  else await readWideSheet(heading, names, data, t, builder, log, found, report);
  if (t.places === "cells") {
    const byRow = new Map(rows.map((r) => [r.row, r]));
    for (const p of found) {
      const r = p.line > 0 ? byRow.get(p.line) : undefined;
      if (r !== undefined) p.frame = cellFrame(r.row, r.cells, p.column);
    }
  }
  return found;
}

function isMetricHeading(text: string): boolean {
  return WIDE_HEADINGS[foldLabel(text)] === "metric";
}
