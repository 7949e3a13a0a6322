/**
 * Plain result rows (audit findings) as an export table with declared column types. The rows' fields
 * are read once into typed columns: numbers into a Float64Array (null as NaN, the unknown cell), texts
 * into codes of the piece's distinct texts, so the CSV writer encodes an entity id, a check or a file
 * name once per piece rather than once per row. A column whose texts are all different (a message) is
 * `unique` and read cell by cell instead.
 */
import { numberColumn, TextCodes, textColumn } from "./column-data.js";
import type { ExportColumn, ExportTable, ExportType } from "./export-table.js";

/** A column: the field, its type, and for VARCHAR whether its texts rarely repeat. */
export type RowsColumn<R> = readonly [keyof R & string, ExportType, "unique"?];

export function rowsExport<R extends object>(rows: readonly R[], columns: readonly RowsColumn<R>[]): ExportTable {
  return {
    length: rows.length,
    columns: columns.map(([name, type, unique]): ExportColumn => {
      if (type === "DOUBLE" || type === "INTEGER") return numberColumn(name, type, numbersOf(rows, name));
      if (type === "VARCHAR" && unique === undefined) {
        const { codes, texts } = textsOf(rows, name);
        return textColumn(name, codes, texts);
      }
      return { name, type, cell: (i) => cellOf((rows[i] as R)[name]) };
    }),
  };
}

function numbersOf<R extends object>(rows: readonly R[], name: keyof R): Float64Array {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = (rows[i] as R)[name] as unknown;
    values[i] = typeof v === "number" ? v : Number.NaN;
  }
  return values;
}

/** Codes into the distinct texts of a column; code 0 is the unknown cell (null). */
function textsOf<R extends object>(rows: readonly R[], name: keyof R): { codes: Int32Array; texts: (string | null)[] } {
  const codes = new Int32Array(rows.length);
  const texts = new TextCodes();
  for (let i = 0; i < rows.length; i++) {
    const v = cellOf((rows[i] as R)[name]);
    if (v !== null) codes[i] = texts.code(String(v));
  }
  return { codes, texts: texts.texts };
}

/** A field as a cell: lists joined by spaces (an audit finding's metrics), null and undefined unknown. */
function cellOf(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join(" ");
  return v as string | number | boolean;
}
