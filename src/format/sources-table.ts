/**
 * Where a result's figures came from: one row per dataset file (or workbook sheet) the table was
 * loaded from, with its bodies, years and rows. Written as the sources sheet of a workbook.
 */
import type { ObservationTable } from "../core/observation-table.js";
import type { TableData } from "./table-data.js";

export function sourcesTable(t: ObservationTable): TableData {
  const byFile = new Map<number, { entities: Set<string>; years: Set<number>; rows: number }>();
  for (let i = 0; i < t.length; i++) {
    const f = t.file[i] as number;
    let s = byFile.get(f);
    if (s === undefined) {
      s = { entities: new Set(), years: new Set(), rows: 0 };
      byFile.set(f, s);
    }
    s.entities.add(t.entityAt(i));
    s.years.add(t.year[i] as number);
    s.rows++;
  }
  return {
    columns: [
      { key: "file", title: "file" },
      { key: "entity", title: "entity" },
      { key: "entity_name", title: "名称" },
      { key: "years", title: "years" },
      { key: "rows", title: "rows", align: "right" },
    ],
    rows: [...byFile]
      .sort((a, b) => (t.fileNames[a[0]] as string).localeCompare(t.fileNames[b[0]] as string))
      .map(([f, s]) => ({
        file: t.fileNames[f] as string,
        entity: [...s.entities].join(", "),
        entity_name: [...s.entities].map((e) => t.entityInfo.get(e)?.name_zh ?? e).join("、"),
        years: [...s.years].sort((a, b) => a - b).join(", "),
        rows: s.rows,
      })),
  };
}
