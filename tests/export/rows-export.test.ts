import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type RowsColumn, rowsExport } from "../../src/export/rows-export.js";
import { writeCsvFile } from "../../src/export/write-csv-file.js";

interface Row {
  entity: string;
  year: number;
  ran: boolean;
  metrics: string[];
  applicant: string | null;
  printed: number | null;
  message: string;
}

const COLUMNS: RowsColumn<Row>[] = [
  ["entity", "VARCHAR"],
  ["year", "INTEGER"],
  ["ran", "BOOLEAN"],
  ["metrics", "VARCHAR"],
  ["applicant", "VARCHAR"],
  ["printed", "DOUBLE"],
  ["message", "VARCHAR", "unique"],
];

const ROWS: Row[] = [
  { entity: "jiamusi", year: 2017, ran: true, metrics: ["a", "b"], applicant: null, printed: 89370, message: "佳木斯市 2017: 公开, 合计" },
  { entity: "=cmd", year: 2016, ran: false, metrics: [], applicant: "natural_person", printed: null, message: 'say "hi"' },
  { entity: "jiamusi", year: 2018, ran: true, metrics: ["a", "b"], applicant: null, printed: -41.83, message: "-1" },
];

describe("rowsExport(rows, columns) reads plain rows into typed columns", () => {
  it("writes texts, repeated texts, lists, booleans, unknown cells and numbers as a hand-checked CSV", () => {
    const path = join(mkdtempSync(join(tmpdir(), "dt-rows-")), "rows.csv");
    writeCsvFile(path, rowsExport(ROWS, COLUMNS), { guardFormulas: true });
    expect(readFileSync(path, "utf8")).toBe(
      [
        "entity,year,ran,metrics,applicant,printed,message",
        'jiamusi,2017,true,a b,,89370,"佳木斯市 2017: 公开, 合计"',
        `'=cmd,2016,false,,natural_person,,"say ""hi"""`,
        "jiamusi,2018,true,a b,,-41.83,'-1",
        "",
      ].join("\n"),
    );
  });

  it("gives the same cells through cell(i) as the rows hold (null for unknown)", () => {
    const t = rowsExport(ROWS, COLUMNS);
    const cellsOf = (i: number) => t.columns.map((c) => c.cell(i));
    expect(cellsOf(0)).toEqual(["jiamusi", 2017, true, "a b", null, 89370, "佳木斯市 2017: 公开, 合计"]);
    expect(cellsOf(1)).toEqual(["=cmd", 2016, false, "", "natural_person", null, 'say "hi"']);
  });
});
