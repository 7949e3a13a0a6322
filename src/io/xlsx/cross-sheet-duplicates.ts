/**
 * The same figure (entity, year, metric, applicant) on two sheets of one workbook. Each sheet's own
 * duplicates are found while it is read; two sheets with entity columns, or a long and a wide sheet,
 * can still both give a figure, and the second must not be counted as well.
 */

import { metricAt } from "../../catalogue/catalogue.js";
import type { ObservationTableBuilder } from "../../core/observation-table.js";
import { type DataProblem, problem } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { APPLICANTS } from "../../types.js";

/** Rows [start, end) of the builder came from the sheet `file` (`book.xlsx[sheet]`). */
export interface SheetRows {
  file: string;
  start: number;
  end: number;
}

export function crossSheetDuplicates(builder: ObservationTableBuilder, sheets: readonly SheetRows[]): DataProblem[] {
  if (sheets.length < 2) return [];
  const cols = builder.keyColumns();
  // entity · year (mod 512) · metric (< 1024) · applicant (< 8), as findDuplicateKeys keys them.
  const keyOf = (i: number) =>
    (((cols.entity[i] as number) * 512 + ((cols.year[i] as number) & 511)) * 1024 + (cols.metric[i] as number)) * 8 +
    (cols.applicant[i] as number) +
    1;
  const first = new Map<number, { file: string; line: number }>();
  const out: DataProblem[] = [];
  for (const sheet of sheets) {
    for (let i = sheet.start; i < sheet.end; i++) {
      const earlier = first.get(keyOf(i));
      if (earlier === undefined) continue;
      const line = cols.line[i] as number;
      const applicant = cols.applicant[i] as number;
      out.push(
        problem(
          "E_DUPLICATE",
          { file: sheet.file, line, cell: `${line}:${line}` },
          say("io.workbook.figure_twice.what"),
          say("io.workbook.figure_twice.expected"),
          say("io.workbook.figure_twice.found", {
            which: `${metricAt(cols.metric[i] as number).id}${applicant >= 0 ? ` (${APPLICANTS[applicant]})` : ""}`,
            year: cols.year[i] as number,
            file: earlier.file,
            row: earlier.line,
          }),
          say("io.workbook.figure_twice.hint"),
        ),
      );
    }
    // A sheet's keys enter the map after it is checked, so its own rows never meet each other here.
    for (let i = sheet.start; i < sheet.end; i++) {
      const key = keyOf(i);
      if (!first.has(key)) first.set(key, { file: sheet.file, line: cols.line[i] as number });
    }
  }
  return out;
}
