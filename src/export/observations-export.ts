import type { ObservationTable } from "../core/observation-table.js";
import type { ExportTable } from "./export-table.js";
import { known } from "./export-table.js";

/** The tidy table of observations, one row per figure, with its provenance (file and line). */
export function observationsExport(t: ObservationTable): ExportTable {
  const share = t.printedShare;
  const change = t.printedChange;
  const changePct = t.printedChangePct;
  return {
    length: t.length,
    columns: [
      { name: "entity", type: "VARCHAR", cell: (i) => t.entityAt(i) },
      { name: "year", type: "INTEGER", cell: (i) => t.year[i] as number },
      { name: "metric", type: "VARCHAR", cell: (i) => t.metricAt(i) },
      { name: "applicant", type: "VARCHAR", cell: (i) => t.applicantAt(i) },
      { name: "value", type: "DOUBLE", cell: (i) => known(t.value[i] as number) },
      { name: "printed_share", type: "DOUBLE", cell: (i) => (share === null ? null : known(share[i] as number)) },
      { name: "printed_change", type: "DOUBLE", cell: (i) => (change === null ? null : known(change[i] as number)) },
      { name: "printed_change_pct", type: "DOUBLE", cell: (i) => (changePct === null ? null : known(changePct[i] as number)) },
      { name: "basis", type: "VARCHAR", cell: (i) => t.basisAt(i) },
      { name: "source", type: "VARCHAR", cell: (i) => t.sourceAt(i) },
      { name: "file", type: "VARCHAR", cell: (i) => t.fileAt(i) },
      { name: "line", type: "INTEGER", cell: (i) => t.line[i] as number },
    ],
  };
}
