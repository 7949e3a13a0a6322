/**
 * Streams an export table (or the pieces of an export stream) to a CSV file through a byte buffer of a
 * megabyte, to a temporary file beside the target that is renamed over it at the end: memory stays
 * bounded however long the table, and a failed or interrupted export never leaves a half-written file
 * under the target's name.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { CsvByteWriter, encodeField } from "./csv-byte-writer.js";
import { type Exportable, type ExportColumn, type ExportTable, isExportStream } from "./export-table.js";
import { tempPathBeside } from "./temp-path.js";

export interface CsvWriteOptions {
  /**
   * Prefix an apostrophe to text a spreadsheet would run as a formula (= + - @ …), as the toolkit's
   * other CSV output does; the loader strips it again. Off for files only machines read.
   */
  guardFormulas?: boolean;
  /** Write the header line (default true; off for the later parts of a parallel export). */
  header?: boolean;
  /** Rows written so far, the rows in all (null while not known) and the fraction done. */
  onProgress?: (rowsWritten: number, rows: number | null, fraction: number) => void;
}

/** Rows between progress reports. */
const PROGRESS_ROWS = 1 << 16;

/** Writes the table and returns the number of rows written. */
export function writeCsvFile(path: string, table: Exportable, options: CsvWriteOptions = {}): number {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathBeside(path);
  const fd = openSync(tmp, "w");
  try {
    const rows = writeCsv(fd, table, options);
    closeSync(fd);
    renameSync(tmp, path);
    return rows;
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}

function writeCsv(fd: number, table: Exportable, options: CsvWriteOptions): number {
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
  for (const piece of pieces) {
    let next = 0;
    writePiece(w, piece, caches, (i) => {
      if (i >= next) {
        next = i + PROGRESS_ROWS;
        options.onProgress?.(done + i, total, fraction(done + i));
      }
    });
    done += piece.length;
  }
  w.flush();
  options.onProgress?.(done, done, 1);
  return done;
}

/** Column kinds the row loop switches on. */
const NUMBER = 0;
const TEXT = 1;
const CELL = 2;

interface TextCache {
  texts: readonly (string | null)[] | null;
  bytes: (Buffer | undefined)[];
}

function writePiece(w: CsvByteWriter, t: ExportTable, caches: TextCache[], progress: (i: number) => void): void {
  const cols = t.columns;
  const m = cols.length;
  const kinds = cols.map((c) => (c.data === undefined ? CELL : c.data.kind === "number" ? NUMBER : TEXT));
  const values = cols.map((c) => (c.data?.kind === "number" ? c.data.values : c.data?.kind === "text" ? c.data.codes : []));
  const rows = cols.map((c) => c.data?.rows ?? null);
  const texts = cols.map((c) => (c.data?.kind === "text" ? c.data.texts : []));
  const offsets = cols.map((c) => (c.data?.kind === "text" ? c.data.offset : 0));
  const encoded = cols.map((c, k) => {
    const cache = caches[k] as TextCache;
    if (c.data?.kind !== "text") return [];
    if (cache.texts !== c.data.texts) {
      cache.texts = c.data.texts;
      cache.bytes = [];
    }
    return cache.bytes;
  });
  for (let i = 0; i < t.length; i++) {
    if ((i & 4095) === 0) progress(i);
    for (let k = 0; k < m; k++) {
      if (k > 0) w.comma();
      const kind = kinds[k] as number;
      if (kind === CELL) {
        writeCell(w, cols[k] as ExportColumn, i);
        continue;
      }
      const r = rows[k] as ArrayLike<number> | null;
      const at = r === null ? i : (r[i] as number);
      const x = (values[k] as ArrayLike<number>)[at] as number;
      if (kind === NUMBER) {
        w.number(x);
        continue;
      }
      const code = x + (offsets[k] as number);
      const cache = encoded[k] as (Buffer | undefined)[];
      let bytes = cache[code];
      if (bytes === undefined) {
        const s = (texts[k] as readonly (string | null)[])[code] ?? null;
        bytes = s === null ? Buffer.alloc(0) : encodeField(s, w.guardFormulas);
        cache[code] = bytes;
      }
      w.bytes(bytes);
    }
    w.newline();
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
