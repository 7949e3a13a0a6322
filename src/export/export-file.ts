/** Writes an export table (or stream) to a file whose format is given or read from its extension (.csv, .parquet, .xlsx). */

import { basename, extname } from "node:path";
import { orText } from "../cli/list-text.js";
import { UsageError } from "../errors.js";
import { ioErrorOf } from "../io/io-error-of.js";
import { isSpecialFile } from "../io/write-file-atomic.js";
import { say } from "../messages/catalogue.js";
import type { Exportable } from "./export-table.js";
import { writeCsvFile } from "./write-csv-file.js";
import { writeParquetFile } from "./write-parquet-file.js";
import { writeXlsxFile } from "./write-xlsx-file.js";

export type ExportFormat = "csv" | "parquet" | "xlsx";

/** The format of an output file: `format` when given, else its extension. */
export function exportFormatOf(path: string, format?: string): ExportFormat {
  const f = (format ?? extname(path).slice(1)).toLowerCase();
  if (f === "csv" || f === "parquet" || f === "xlsx") return f;
  throw new UsageError(
    format === undefined
      ? say("cli.export_format_unknown_file", { path })
      : say("cli.option_unknown_value", { option: "--format", value: format, expected: orText(["csv", "parquet", "xlsx"]) }),
  );
}

/**
 * Writes the file; a failure the system reports (a full disk, a denied folder) is an IoError naming
 * `path`. A device or named pipe (`--out /dev/stdout`) is written into, never replaced: a CSV is written
 * straight to it; Parquet, which is made in temporary files and renamed into place, is refused.
 */
export async function exportFile(
  path: string,
  table: Exportable,
  format: ExportFormat,
  onProgress?: (rowsWritten: number, rows: number | null, fraction: number) => void,
): Promise<number> {
  try {
    const special = isSpecialFile(path);
    if (format === "parquet") {
      if (special) throw new UsageError(say("write.not_a_regular_file", { path, format }));
      return await writeParquetFile(path, table, onProgress);
    }
    if (format === "xlsx") return writeXlsxFile(path, table, basename(path, extname(path)));
    return writeCsvFile(path, table, { guardFormulas: true, onProgress, inPlace: special });
  } catch (err) {
    throw ioErrorOf(err, "write", path);
  }
}
