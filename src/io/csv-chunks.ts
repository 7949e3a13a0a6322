/**
 * Parses CSV text into rows with their 1-based line numbers: papaparse for text with quotes, a plain
 * split for text without. Files are cut into records as bytes first (record-bytes.ts); the rows the byte
 * path cannot read itself, and CSV text held in memory, come here.
 */
import { createRequire } from "node:module";

// require(), not import: ESM import of a CommonJS package makes Node scan its source for export names,
// a few milliseconds of every command's start-up for a file this size. Required on first use: text
// without quotes, every header and plain row among them, is split here (see splitPlain).
let papa: typeof import("papaparse") | null = null;
const Papa = () => {
  papa ??= createRequire(import.meta.url)("papaparse") as typeof import("papaparse");
  return papa;
};

import type { TextEncoding } from "./detect-encoding.js";

export interface CsvBatch {
  rows: string[][];
  /** The 1-based line each row starts on. */
  lines: Int32Array;
  /** Records papaparse could not parse cleanly (an unclosed quote, …). */
  syntaxErrors: { line: number; message: string }[];
}

export interface CsvReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly encoding: TextEncoding,
  ) {
    super(`bytes after line ${line} are not valid ${encoding}`);
  }
}

/** Parses CSV text held in memory (one batch). */
export function parseCsvText(text: string): CsvBatch {
  return (
    parseCsvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 1).batch ?? {
      rows: [],
      lines: new Int32Array(0),
      syntaxErrors: [],
    }
  );
}

/**
 * Parses complete records of CSV text that start on line `firstLine` (the byte path hands over the rows
 * it declines this way); returns the rows and the line after them.
 */
export function parseCsvRecords(text: string, firstLine: number): { batch: CsvBatch | null; nextLine: number } {
  const s = text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
  const body = s.endsWith("\n") ? s.slice(0, -1) : s;
  if (body.length === 0) return { batch: null, nextLine: firstLine + 1 };
  return parsePiece(body, firstLine);
}

/** Parses whole records (line breaks already \n); the rows with the lines they start on. */
function parsePiece(piece: string, first: number): { batch: CsvBatch; nextLine: number } {
  const quoted = piece.indexOf('"') !== -1;
  const result = quoted
    ? Papa().parse<string[]>(piece, { delimiter: ",", newline: "\n", quoteChar: '"', header: false })
    : splitPlain(piece);
  const rows = result.data;
  const lines = new Int32Array(rows.length);
  let nextLine: number;
  if (!quoted) {
    for (let i = 0; i < rows.length; i++) lines[i] = first + i;
    nextLine = first + rows.length;
  } else {
    // A quoted field may span lines: find where each record starts.
    let line = first;
    let inQuotes = false;
    let row = 0;
    lines[0] = first;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10) {
        line++;
        if (!inQuotes && row + 1 < rows.length) lines[++row] = line;
      }
    }
    nextLine = line + 1;
  }
  const syntaxErrors = result.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => ({ line: lines[e.row ?? 0] ?? first, message: e.message }));
  return { batch: { rows, lines, syntaxErrors }, nextLine };
}

/**
 * What papaparse gives for text with no quote (line breaks already \n): records split on \n, fields on
 * commas, a leading byte-order mark dropped, and no record at all for empty text. A test holds the two
 * to the same rows on thousands of random texts.
 */
export function splitPlain(text: string): { data: string[][]; errors: { code: string; message: string; row?: number }[] } {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { data: s === "" ? [] : s.split("\n").map((line) => line.split(",")), errors: [] };
}
