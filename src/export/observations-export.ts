import type { ObservationTable } from "../core/observation-table.js";
import { numberColumn, textColumn } from "./column-data.js";
import { type ExportPart, partRange } from "./export-part.js";
import type { ExportColumn, ExportTable } from "./export-table.js";
import { APPLICANT_TEXTS, METRIC_IDS } from "./metric-ids.js";

const BASES: readonly string[] = ["printed", "derived", "ocr"];

/** The tidy table of observations, one row per figure, with its provenance (file and line). */
export function observationsExport(t: ObservationTable, part?: ExportPart): ExportTable {
  const { from, to } = partRange(t.length, part);
  const cut = <A extends Int32Array | Int8Array | Uint8Array | Float64Array>(a: A): A => a.subarray(from, to) as A;
  // A printed column no row has is a column of empty cells.
  const printed = (name: string, col: Float64Array | null): ExportColumn =>
    col === null ? { name, type: "DOUBLE", cell: () => null } : numberColumn(name, "DOUBLE", cut(col));
  return {
    length: to - from,
    columns: [
      textColumn("entity", cut(t.entity), t.entityNames),
      numberColumn("year", "INTEGER", cut(t.year)),
      textColumn("metric", cut(t.metric), METRIC_IDS),
      textColumn("applicant", cut(t.applicant), APPLICANT_TEXTS, 1),
      numberColumn("value", "DOUBLE", cut(t.value)),
      printed("printed_share", t.printedShare),
      printed("printed_change", t.printedChange),
      printed("printed_change_pct", t.printedChangePct),
      textColumn("basis", cut(t.basis), BASES),
      textColumn("source", cut(t.source), [null, ...t.sourceTexts], 1),
      textColumn("file", cut(t.file), t.fileNames),
      numberColumn("line", "INTEGER", cut(t.line)),
    ],
  };
}
