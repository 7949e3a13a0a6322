/**
 * Streams an export table (or the pieces of an export stream) to a CSV file through a byte buffer of a
 * megabyte, to a temporary file beside the target that is renamed over it at the end: memory stays
 * bounded however long the table, and a failed or interrupted export never leaves a half-written file
 * under the target's name.
 */
import { closeSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { makeDirs } from "../io/make-dirs.js";
import { tempPathBeside } from "../io/temp-files.js";
import { CsvByteWriter, encodeField } from "./csv-byte-writer.js";
import { type Exportable, type ExportColumn, type ExportTable, isExportStream } from "./export-table.js";
import { NumberTexts } from "./number-texts.js";
import { type ColumnShape, type PieceInput, pieceLoop } from "./piece-writer.js";
import { warmUpWriter } from "./writer-warm-up.js";

export interface CsvWriteOptions {
  /**
   * Prefix an apostrophe to text a spreadsheet would run as a formula (= + - @ …), as the toolkit's
   * other CSV output does; the loader strips it again. Off for files only machines read.
   */
  guardFormulas?: boolean;
  /** Write the header line (default true; off for the later parts of a parallel export). */
  header?: boolean;
  /**
   * Write `path` itself rather than a temporary file renamed over it: for a file that is already a
   * temporary one (a part of a parallel export, Parquet's CSV), which its owner removes or renames.
   */
  inPlace?: boolean;
  /** Rows written so far, the rows in all (null while not known) and the fraction done. */
  onProgress?: (rowsWritten: number, rows: number | null, fraction: number) => void;
}

/** Rows between progress reports. */
const PROGRESS_ROWS = 1 << 16;
/**
 * Rows the compiled row loop writes per call; progress is looked at between calls. As many as between
 * progress reports: blocks of 256 rows, which V8 optimised as a function rather than while the loop
 * ran, measured the same at 200k rows, looked slower at 5M and took more CPU at 50M.
 */
const BLOCK_ROWS = PROGRESS_ROWS;

/** Writes the table and returns the number of rows written. */
export function writeCsvFile(path: string, table: Exportable, options: CsvWriteOptions = {}): number {
  makeDirs(dirname(path));
  // A file that is temporary already (a part of a parallel export, Parquet's CSV) is written in place.
  const tmp = options.inPlace ? path : tempPathBeside(path);
  const fd = openSync(tmp, "w");
  try {
    const rows = writeCsv(fd, table, options);
    closeSync(fd);
    if (tmp !== path) renameSync(tmp, path);
    return rows;
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    // A file written in place is its owner's to remove, and may be a device (--out /dev/stdout).
    if (!options.inPlace) rmSync(tmp, { force: true });
    throw err;
  }
}

function writeCsv(fd: number, table: Exportable, options: CsvWriteOptions): number {
  warmUpWriter();
  const w = new CsvByteWriter(fd, options.guardFormulas === true);
  const heads = table.columns;
  if (options.header !== false) {
    heads.forEach((c, k) => {
      if (k > 0) w.comma();
      w.text(c.name, false);
    });
    w.newline();
  }
  const total = table.length;
  const fraction = isExportStream(table) ? () => table.fraction() : (done: number) => (total ? done / total : 1);
  const pieces = isExportStream(table) ? table.pieces() : [table];
  // Encoded texts of coded columns, kept across pieces while a column's text list stays the same.
  const caches: TextCache[] = heads.map(() => ({ texts: null, bytes: [] }));
  let done = 0;
  let next = 0;
  // Called between blocks of rows (writePiece), at most once every PROGRESS_ROWS rows passed on.
  const progress = (i: number) => {
    if (done + i >= next) {
      next = done + i + PROGRESS_ROWS;
      options.onProgress?.(done + i, total, fraction(done + i));
    }
  };
  for (const piece of pieces) {
    // At each piece too: a stream's pieces can take long to compute and hold few rows (an audit of a
    // clean corpus finds little).
    options.onProgress?.(done, total, fraction(done));
    writePiece(w, piece, caches, progress);
    done += piece.length;
  }
  w.flush();
  options.onProgress?.(done, done, 1);
  return done;
}

interface TextCache {
  texts: readonly (string | null)[] | null;
  bytes: Uint8Array[];
}

const EMPTY = new Uint8Array(0);

function writePiece(w: CsvByteWriter, t: ExportTable, caches: TextCache[], progress: (i: number) => void): void {
  const cols = t.columns;
  const shape = cols.map((c): ColumnShape => {
    if (c.data === undefined) return "cell";
    const kind = c.data.kind === "number" ? "number" : "text";
    return c.data.rows === null ? kind : `${kind}-rows`;
  });
  const encoded = cols.map((c, k) => {
    const cache = caches[k] as TextCache;
    if (c.data?.kind !== "text") return [];
    // Encoded once for all the pieces that share a column's text list (most lists are a piece's own
    // distinct texts, or ids and names every piece shares).
    if (cache.texts !== c.data.texts) {
      cache.texts = c.data.texts;
      cache.bytes = c.data.texts.map((s) => (s === null ? EMPTY : encodeField(s, w.guardFormulas)));
    }
    return cache.bytes;
  });
  const input: PieceInput = {
    length: t.length,
    values: cols.map((c) => (c.data?.kind === "number" ? c.data.values : c.data?.kind === "text" ? c.data.codes : [])),
    rows: cols.map((c) => c.data?.rows ?? null),
    offsets: cols.map((c) => (c.data?.kind === "text" ? c.data.offset : 0)),
    encoded,
    numberTexts: cols.map((c) =>
      c.data?.kind === "number" && c.type === "DOUBLE" ? NumberTexts.of(c.data.values, c.data.rows, t.length) : null,
    ),
    columns: cols,
    writeCell,
  };
  const loop = pieceLoop(shape);
  for (let from = 0; from < t.length; from += BLOCK_ROWS) {
    progress(from);
    loop(w, input, from, Math.min(t.length, from + BLOCK_ROWS));
  }
}

function writeCell(w: CsvByteWriter, c: ExportColumn, i: number): void {
  const v = c.cell(i);
  if (v === null) return;
  if (typeof v === "string") w.text(v);
  else if (typeof v === "number") {
    if (Number.isNaN(v)) w.ascii("NaN");
    else w.number(v);
  } else w.ascii(v ? "true" : "false");
}
