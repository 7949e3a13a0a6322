/**
 * Typed-array views of export columns, and the columns built from them: a number column reads a
 * Float64Array or Int32Array (NaN is unknown), a text column reads integer codes into a list of texts
 * (the interned strings of the observation table, catalogue ids, codes like comparability). Either may
 * read through `rows`, the row of the source array for each output row.
 */
import type { ExportColumn, ExportType } from "./export-table.js";

export interface NumberData {
  kind: "number";
  values: ArrayLike<number>;
  rows: ArrayLike<number> | null;
}

export interface TextData {
  kind: "text";
  codes: ArrayLike<number>;
  /** texts[code + offset]; null for an unknown cell. */
  texts: readonly (string | null)[];
  offset: number;
  rows: ArrayLike<number> | null;
}

export type ColumnData = NumberData | TextData;

/** A DOUBLE or INTEGER column over a typed array; NaN is written as an empty (unknown) cell. */
export function numberColumn(
  name: string,
  type: ExportType,
  values: ArrayLike<number>,
  rows: ArrayLike<number> | null = null,
): ExportColumn {
  const data: NumberData = { kind: "number", values, rows };
  return {
    name,
    type,
    data,
    cell: (i) => {
      const x = values[rows === null ? i : (rows[i] as number)] as number;
      return Number.isNaN(x) ? null : x;
    },
  };
}

/** A VARCHAR column of coded texts: row i is texts[codes[i] + offset]. */
export function textColumn(
  name: string,
  codes: ArrayLike<number>,
  texts: readonly (string | null)[],
  offset = 0,
  rows: ArrayLike<number> | null = null,
): ExportColumn {
  const data: TextData = { kind: "text", codes, texts, offset, rows };
  return {
    name,
    type: "VARCHAR",
    data,
    cell: (i) => texts[(codes[rows === null ? i : (rows[i] as number)] as number) + offset] ?? null,
  };
}

/** The distinct texts of a text column as textColumn reads them, code 0 the blank cell (null). */
export class TextCodes {
  readonly texts: (string | null)[] = [null];
  private readonly seen = new Map<string, number>();

  /** The code of a text, given the next free one when it is new. */
  code(s: string): number {
    let k = this.seen.get(s);
    if (k === undefined) {
      k = this.texts.length;
      this.texts.push(s);
      this.seen.set(s, k);
    }
    return k;
  }
}
