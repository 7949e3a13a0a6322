/**
 * Writes an export table as an .xlsx workbook of one sheet (numbers as number cells, Chinese headings),
 * for an analyst opening the result in Excel. A worksheet holds at most 1 048 576 rows: a larger export
 * is refused with a pointer to CSV or Parquet rather than cut short. The workbook code is loaded here,
 * on first use.
 */

import { UsageError } from "../errors.js";
import type { Cell, TableData } from "../format/table-data.js";
import { writeFileAtomic } from "../io/write-file-atomic.js";
import { say } from "../messages/catalogue.js";
import { type Exportable, type ExportTable, isExportStream } from "./export-table.js";

/** Data rows a sheet can hold below its heading row. */
const SHEET_ROWS = 1_048_575;

export async function writeXlsxFile(path: string, table: Exportable, sheetName: string): Promise<number> {
  const pieces: Iterable<ExportTable> = isExportStream(table) ? table.pieces() : [table];
  const heads = table.columns;
  const rows: Record<string, Cell>[] = [];
  for (const piece of pieces) {
    if (rows.length + piece.length > SHEET_ROWS) {
      throw new UsageError(say("cli.export_xlsx_too_long", { path, rows: SHEET_ROWS }));
    }
    // Each piece is copied out before the next is computed (pieces may share their arrays).
    for (let i = 0; i < piece.length; i++) {
      const row: Record<string, Cell> = {};
      for (const c of piece.columns) {
        const v = c.cell(i);
        row[c.name] = typeof v === "boolean" ? String(v) : v;
      }
      rows.push(row);
    }
  }
  const data: TableData = { columns: heads.map((c) => ({ key: c.name, title: c.name })), rows };
  const { workbookBytes } = await import("../format/xlsx-workbook.js");
  writeFileAtomic(path, workbookBytes([{ name: sheetName, table: data }], { lang: "zh", digits: null }));
  return rows.length;
}
