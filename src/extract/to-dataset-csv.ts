import { toCsvText } from "../format/csv-text.js";
import type { TableData } from "../format/table-data.js";
import { cellColumnLabel } from "./cell-column-label.js";
import { type LocatedFigure, placeText } from "./locate-figures.js";

/**
 * An extracted report as a dataset file (`datasets/<entity>/<year>.csv`): the standard columns, every
 * figure `printed`, its sentence or table row in `source` followed by where it was printed when known
 * ("(page 2, line 14)" in a PDF, "(report line 49)" in a text; see locateFigures), and in `note` where
 * the number sits in the text read, as 0-based character offsets `chars START-END` (END exclusive, so
 * `text.slice(START, END)` is the number as printed), followed by any remark on the figure.
 */
export function toDatasetCsv(report: { figures: readonly LocatedFigure[] }): string {
  return toCsvText(datasetTable(report.figures));
}

/** The figures as a dataset table (columns in the toolkit's write order, plus note). */
export function datasetTable(figures: readonly LocatedFigure[]): TableData {
  return {
    columns: ["metric", "applicant", "value", "printed_share", "printed_change", "printed_change_pct", "basis", "source", "note"].map(
      (key) => ({ key, title: key }),
    ),
    rows: figures.map((f) => ({
      metric: f.metric,
      applicant: f.applicant,
      value: f.value,
      printed_share: f.printed_share,
      printed_change: f.printed_change,
      printed_change_pct: f.printed_change_pct,
      basis: "printed",
      source: figureSource(f),
      note: figureNote(f),
    })),
  };
}

/**
 * The figure's sentence, or its table row and the column its cell sits in ("… | 自然人: 95"), and where
 * it was printed when known.
 */
export function figureSource(f: LocatedFigure): string {
  const column = f.origin === "table" ? cellColumnLabel(f.metric, f.applicant) : null;
  // Table 四's reader names its column in the row already ("(行政复议 结果维持)").
  const what = column === null || f.source.includes(column) ? f.source : `${f.source} | ${column}: ${f.value}`;
  const at = placeText(f);
  return at === "" ? what : `${what} (${at})`;
}

/** "chars 1234-1239" and the figure's remark, if any. */
export function figureNote(f: LocatedFigure): string {
  return `chars ${f.start}-${f.end}${f.note ? `; ${f.note}` : ""}`;
}
