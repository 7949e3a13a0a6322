import type { ExportColumn, ExportTable, ExportType } from "./export-table.js";

/** Plain result rows (breakdown shares, audit findings) as an export table with declared column types. */
export function rowsExport<R extends object>(rows: readonly R[], columns: readonly [keyof R & string, ExportType][]): ExportTable {
  return {
    length: rows.length,
    columns: columns.map(
      ([name, type]): ExportColumn => ({
        name,
        type,
        cell: (i) => {
          const v = (rows[i] as R)[name] as unknown;
          if (v === null || v === undefined) return null;
          if (Array.isArray(v)) return v.join(" ");
          return v as string | number | boolean;
        },
      }),
    ),
  };
}
