/**
 * The row loop of the CSV writer, compiled once for each shape of export piece: which columns are
 * numbers, coded texts or cell functions, and which read through a row map. The compiled loop has one
 * array load per column, so V8 sees a single array type at each; a loop over the columns instead sees
 * Int8, Int32, Uint8 and Float64 arrays at one site and takes its slowest path for every cell, which
 * cost about a third of a year-over-year export.
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
  /** Added to a text code before the cache look-up. */
  offsets: number[];
  /** Encoded texts by code (filled on demand through `encode`). */
  caches: (Uint8Array | undefined)[][];
  /** Encodes the text of a code of column k and stores it in caches[k]. */
  encode: (k: number, code: number) => Uint8Array;
  columns: readonly ExportColumn[];
  /** Writes a cell of a column that has no typed data. */
  writeCell: (w: CsvByteWriter, c: ExportColumn, i: number) => void;
  /** Called every 4096 rows with the row index. */
  progress: (i: number) => void;
}

type PieceLoop = (w: CsvByteWriter, p: PieceInput) => void;

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
    head.push(`const o${k} = p.offsets[${k}];`, `const e${k} = p.caches[${k}];`);
    body.push(`{ const code = v${k}[${at}] + o${k}; const b = e${k}[code]; w.bytes(b === undefined ? p.encode(${k}, code) : b); }`);
  });
  const source = `${head.join("\n")}
const n = p.length;
for (let i = 0; i < n; i++) {
  if ((i & 4095) === 0) p.progress(i);
  ${body.join("\n  ")}
  w.newline();
}`;
  // The source is built from the fixed fragments above and column indexes only: no data reaches it.
  return new Function("w", "p", source) as PieceLoop;
}
