/**
 * Writes an export table as Parquet through DuckDB: the table streams to a temporary CSV (exact
 * shortest round-trip numbers, no formula guards), DuckDB reads it with the declared column types and
 * writes Parquet to a second temporary file, which is renamed over the target. Memory stays bounded on
 * both sides, and DuckDB parses doubles correctly rounded, so every number arrives bit for bit.
 * DuckDB is loaded only here, on first use.
 */
import { renameSync, rmSync } from "node:fs";
import { importPackage } from "../core/import-package.js";
import { tempPathBeside } from "../io/temp-files.js";
import type { Exportable } from "./export-table.js";
import { writeCsvFile } from "./write-csv-file.js";

export async function writeParquetFile(
  path: string,
  table: Exportable,
  onProgress?: (rowsWritten: number, rows: number | null, fraction: number) => void,
): Promise<number> {
  const csv = tempPathBeside(path, ".csv.tmp");
  const parquet = tempPathBeside(path, ".parquet.tmp");
  try {
    const rows = writeCsvFile(csv, table, { guardFormulas: false, onProgress, inPlace: true });
    const { DuckDBInstance } = await importPackage<typeof import("@duckdb/node-api")>("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const columns = table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(", ");
      await connection.run(
        `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${columns}})) TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    renameSync(parquet, path);
    return rows;
  } finally {
    rmSync(csv, { force: true });
    rmSync(parquet, { force: true });
  }
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
