/**
 * Streams an export table to a CSV file in pieces of about a megabyte, to a temporary file beside the
 * target that is renamed over it at the end: memory stays bounded however long the table, and a failed
 * or interrupted export never leaves a half-written file under the target's name.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { ExportTable } from "./export-table.js";
import { tempPathBeside } from "./temp-path.js";

export interface CsvWriteOptions {
  /**
   * Prefix an apostrophe to text a spreadsheet would run as a formula (= + - @ …), as the toolkit's
   * other CSV output does; the loader strips it again. Off for files only machines read.
   */
  guardFormulas?: boolean;
  onProgress?: (rowsWritten: number, rows: number) => void;
}

const PIECE_CHARS = 1 << 20;

export function writeCsvFile(path: string, table: ExportTable, options: CsvWriteOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathBeside(path);
  const fd = openSync(tmp, "w");
  try {
    writeCsv(fd, table, options);
    closeSync(fd);
    renameSync(tmp, path);
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

function writeCsv(fd: number, table: ExportTable, options: CsvWriteOptions): void {
  const guard = options.guardFormulas === true;
  const cells = table.columns.map((c) => c.cell);
  const last = cells.length - 1;
  let piece = `${table.columns.map((c) => field(c.name, false)).join(",")}\n`;
  for (let i = 0; i < table.length; i++) {
    for (let k = 0; k <= last; k++) {
      const v = (cells[k] as (i: number) => string | number | boolean | null)(i);
      if (v !== null) piece += typeof v === "string" ? field(v, guard) : String(v);
      piece += k === last ? "\n" : ",";
    }
    if (piece.length >= PIECE_CHARS) {
      writeSync(fd, piece);
      piece = "";
      options.onProgress?.(i + 1, table.length);
    }
  }
  if (piece.length > 0) writeSync(fd, piece);
  options.onProgress?.(table.length, table.length);
}

/** A text cell, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(s: string, guard: boolean): string {
  const text = guard && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}
