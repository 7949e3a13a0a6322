import { type ChangeTable, COMPARABILITY_CODES } from "../compute/change-table.js";
import type { ExportTable } from "./export-table.js";
import { known } from "./export-table.js";

/** Year over year (or any change between two years): one row per series and year pair. */
export function changeExport(c: ChangeTable): ExportTable {
  const t = c.table;
  // The observation row a pair belongs to: its later figure, or its earlier one when the later is absent.
  const at = (i: number) => {
    const to = c.toRow[i] as number;
    return to >= 0 ? to : (c.fromRow[i] as number);
  };
  return {
    length: c.length,
    columns: [
      { name: "entity", type: "VARCHAR", cell: (i) => t.entityAt(at(i)) },
      { name: "metric", type: "VARCHAR", cell: (i) => t.metricAt(at(i)) },
      { name: "applicant", type: "VARCHAR", cell: (i) => t.applicantAt(at(i)) },
      { name: "from_year", type: "INTEGER", cell: (i) => c.fromYear[i] as number },
      { name: "to_year", type: "INTEGER", cell: (i) => c.toYear[i] as number },
      { name: "from_value", type: "DOUBLE", cell: (i) => known(c.fromValue[i] as number) },
      { name: "to_value", type: "DOUBLE", cell: (i) => known(c.toValue[i] as number) },
      { name: "change", type: "DOUBLE", cell: (i) => known(c.change[i] as number) },
      { name: "change_pct", type: "DOUBLE", cell: (i) => known(c.changePct[i] as number) },
      { name: "comparability", type: "VARCHAR", cell: (i) => COMPARABILITY_CODES[c.comparability[i] as number] as string },
    ],
  };
}
