/**
 * The row loop of the CSV writer, compiled once for each shape of export piece: which columns are
 * numbers, coded texts or cell functions, and which read through a row map. The compiled loop has one
 * array load per column, so V8 sees a single array type at each; a loop over the columns instead sees
 * Int8, Int32, Uint8 and Float64 arrays at one site and takes its slowest path for every cell, which
 * cost about a third of a year-over-year export.
 *
 * The loop has no branch that only some rows take, and calls no function made anew for each piece: code
 * V8 optimised before a row took such a branch, or before another piece's function came, was thrown
 * away there and compiled again (`--trace-deopt`: four or five compiles of each export's loop a thread).
 * So it writes a block of rows and the caller reports progress between blocks: a progress call every
 * 4,096 rows inside the loop was such a branch (V8 had recorded no feedback for it at row 0, before the
 * loop's feedback was allocated). The writer's own rare paths are run once beforehand for the same
 * reason (writer-warm-up.ts).
 */
import type { CsvByteWriter } from "./csv-byte-writer.js";
import type { ExportColumn } from "./export-table.js";
import type { NumberTexts } from "./number-texts.js";

/** How a column is read. */
export type ColumnShape = "number" | "number-rows" | "text" | "text-rows" | "cell";

/** What a compiled loop reads, column by column (unused entries are empty). */
export interface PieceInput {
  length: number;
  /** Number values or text codes. */
  values: ArrayLike<number>[];
  rows: (ArrayLike<number> | null)[];
  /** The fractions' texts of number columns, prepared for the piece (null: none, or a column of another shape). */
  numberTexts: (NumberTexts | null)[];
  /** Added to a text code before the look-up in `encoded`. */
  offsets: number[];
  /** Every text of a text column's list, encoded, by code + offset. */
  encoded: Uint8Array[][];
  columns: readonly ExportColumn[];
  /** Writes a cell of a column that has no typed data. */
  writeCell: (w: CsvByteWriter, c: ExportColumn, i: number) => void;
}

/** Writes rows [from, to) of the piece. */
type PieceLoop = (w: CsvByteWriter, p: PieceInput, from: number, to: number) => void;

const compiled = new Map<string, PieceLoop>();

/** The loop for a shape, compiled on first use. */
export function pieceLoop(shape: readonly ColumnShape[]): PieceLoop {
  const key = shape.join(",");
  let loop = compiled.get(key);
  if (loop === undefined) {
    loop = compile(shape);
    compiled.set(key, loop);
  }
  return loop;
}

function compile(shape: readonly ColumnShape[]): PieceLoop {
  const head: string[] = [];
  const body: string[] = [];
  shape.forEach((s, k) => {
    if (k > 0) body.push("w.comma();");
    if (s === "cell") {
      head.push(`const c${k} = p.columns[${k}];`);
      body.push(`p.writeCell(w, c${k}, i);`);
      return;
    }
    head.push(`const v${k} = p.values[${k}];`);
    const at = s.endsWith("-rows") ? `r${k}[i]` : "i";
    if (s.endsWith("-rows")) head.push(`const r${k} = p.rows[${k}];`);
    if (s.startsWith("number")) {
      head.push(`const t${k} = p.numberTexts[${k}];`);
      body.push(`w.number(v${k}[${at}], t${k});`);
      return;
    }
    head.push(`const o${k} = p.offsets[${k}];`, `const e${k} = p.encoded[${k}];`);
    body.push(`w.bytes(e${k}[v${k}[${at}] + o${k}]);`);
  });
  const source = `${head.join("\n")}
for (let i = from; i < to; i++) {
  ${body.join("\n  ")}
  w.newline();
}`;
  // The source is built from the fixed fragments above and column indexes only: no data reaches it.
  return new Function("w", "p", "from", "to", source) as PieceLoop;
}
