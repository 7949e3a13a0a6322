/**
 * A result ready to leave the toolkit: named, typed columns read row by row. Exporters (CSV, Parquet)
 * walk it without building row objects, so a table of millions of rows streams out in bounded memory.
 */

/** Column types, as DuckDB and Parquet name them. */
export type ExportType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";

export interface ExportColumn {
  name: string;
  type: ExportType;
  /** The cell of row i; null when unknown (never written as zero). */
  cell: (i: number) => string | number | boolean | null;
}

export interface ExportTable {
  length: number;
  columns: readonly ExportColumn[];
}

/** NaN (unknown inside typed columns) as null. */
export function known(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
