import type { ObservationTable } from "../core/observation-table.js";
import { numberColumn, textColumn } from "./column-data.js";
import type { ExportColumn, ExportTable } from "./export-table.js";
import { APPLICANT_TEXTS, METRIC_IDS } from "./metric-ids.js";

const BASES: readonly string[] = ["printed", "derived"];

/** The tidy table of observations, one row per figure, with its provenance (file and line). */
export function observationsExport(t: ObservationTable): ExportTable {
  // A printed column no row has is a column of empty cells.
  const printed = (name: string, col: Float64Array | null): ExportColumn =>
    col === null ? { name, type: "DOUBLE", cell: () => null } : numberColumn(name, "DOUBLE", col);
  return {
    length: t.length,
    columns: [
      textColumn("entity", t.entity, t.entityNames),
      numberColumn("year", "INTEGER", t.year),
      textColumn("metric", t.metric, METRIC_IDS),
      textColumn("applicant", t.applicant, APPLICANT_TEXTS, 1),
      numberColumn("value", "DOUBLE", t.value),
      printed("printed_share", t.printedShare),
      printed("printed_change", t.printedChange),
      printed("printed_change_pct", t.printedChangePct),
      textColumn("basis", t.basis, BASES),
      textColumn("source", t.source, [null, ...t.sourceTexts], 1),
      textColumn("file", t.file, t.fileNames),
      numberColumn("line", "INTEGER", t.line),
    ],
  };
}
