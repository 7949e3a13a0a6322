/**
 * A result ready to leave the toolkit: named, typed columns read row by row. Exporters (CSV, Parquet)
 * walk it without building row objects, so a table of millions of rows streams out in bounded memory.
 * A result too large to hold at once is an ExportStream: pieces computed one after another, each an
 * ExportTable that is written before the next is computed.
 */
import type { ColumnData } from "./column-data.js";

/** Column types, as DuckDB and Parquet name them. */
export type ExportType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";

export interface ExportColumnHead {
  name: string;
  type: ExportType;
}

export interface ExportColumn extends ExportColumnHead {
  /** The cell of row i; null when unknown (never written as zero). */
  cell: (i: number) => string | number | boolean | null;
  /**
   * The same cells as typed arrays, when the column has them: writers then read numbers and interned
   * texts straight from the arrays, with no value boxed and no text encoded twice.
   */
  data?: ColumnData;
}

export interface ExportTable {
  length: number;
  columns: readonly ExportColumn[];
}

export interface ExportStream {
  columns: readonly ExportColumnHead[];
  /** Rows in all when known before writing (for progress), else null. */
  length: number | null;
  /**
   * The pieces in order. Each piece's columns are those above, in the same order; a piece may share
   * (and overwrite) the arrays of the one before, so write each before taking the next.
   */
  pieces(): Iterable<ExportTable>;
  /** How far the pieces have got, 0 to 1 (for progress when `length` is not known). */
  fraction(): number;
}

export type Exportable = ExportTable | ExportStream;

export function isExportStream(x: Exportable): x is ExportStream {
  return "pieces" in x;
}

/** NaN (unknown inside typed columns) as null. */
export function known(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
