/**
 * Streams a CSV file as batches of parsed rows with their 1-based line numbers, so a file of any size is
 * read in bounded memory: bytes → text (encoding detected) → pieces cut at record boundaries → papaparse.
 */
import { createReadStream, statSync } from "node:fs";
import { createRequire } from "node:module";
import { TextDecoder } from "node:util";

// require(), not import: ESM import of a CommonJS package makes Node scan its source for export names,
// a few milliseconds of every command's start-up for a file this size. Required on first use: text
// without quotes, every header and plain row among them, is split here (see splitPlain).
let papa: typeof import("papaparse") | null = null;
const Papa = () => {
  papa ??= createRequire(import.meta.url)("papaparse") as typeof import("papaparse");
  return papa;
};

import { detectEncoding, type TextEncoding } from "./detect-encoding.js";

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

const CHUNK_BYTES = 1024 * 1024;

/** Reads a CSV file batch by batch. Throws EncodingError when the bytes cannot be decoded. */
export async function* readCsvFile(path: string, onProgress?: (p: CsvReadProgress) => void): AsyncGenerator<CsvBatch> {
  const totalBytes = statSync(path).size;
  const pieces = new RecordCutter();
  let decoder: TextDecoder | undefined;
  let encoding: TextEncoding = "utf-8";
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    if (decoder === undefined) {
      encoding = detectEncoding(bytes.subarray(0, 65536));
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    bytesRead += bytes.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new EncodingError(pieces.nextLine, encoding);
    }
    const batch = pieces.push(text);
    if (batch) yield batch;
    onProgress?.({ bytesRead, totalBytes });
  }
  let tail = "";
  try {
    tail = decoder?.decode() ?? "";
  } catch {
    throw new EncodingError(pieces.nextLine, encoding);
  }
  const last = pieces.finish(tail);
  if (last) yield last;
}

/** Parses CSV text held in memory (one batch). */
export function parseCsvText(text: string): CsvBatch {
  const cutter = new RecordCutter();
  const a = cutter.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const b = cutter.finish("");
  if (!a) return b ?? { rows: [], lines: new Int32Array(0), syntaxErrors: [] };
  if (!b) return a;
  return {
    rows: [...a.rows, ...b.rows],
    lines: Int32Array.from([...a.lines, ...b.lines]),
    syntaxErrors: [...a.syntaxErrors, ...b.syntaxErrors],
  };
}

/**
 * Parses complete records of CSV text that start on line `firstLine` (the byte path hands over the rows
 * it declines this way); returns the rows and the line after them.
 */
export function parseCsvRecords(text: string, firstLine: number): { batch: CsvBatch | null; nextLine: number } {
  const cutter = new RecordCutter();
  cutter.nextLine = firstLine;
  const batch = cutter.finish(text);
  return { batch, nextLine: batch === null ? firstLine + 1 : cutter.nextLine };
}

/** Cuts streamed text at record boundaries (a newline outside quotes) and parses each piece. */
class RecordCutter {
  private carry = "";
  /** The line the carried text starts on. */
  nextLine = 1;

  push(text: string): CsvBatch | null {
    let s = this.carry + text;
    // Keep a trailing \r until we know whether \n follows it.
    let held = "";
    if (s.endsWith("\r")) {
      held = "\r";
      s = s.slice(0, -1);
    }
    s = s.indexOf("\r") === -1 ? s : s.replace(/\r\n?/g, "\n");
    const cut = lastRecordEnd(s);
    if (cut < 0) {
      this.carry = s + held;
      return null;
    }
    this.carry = s.slice(cut + 1) + held;
    return this.parse(s.slice(0, cut));
  }

  finish(text: string): CsvBatch | null {
    const s = (this.carry + text).replace(/\r\n?/g, "\n");
    this.carry = "";
    const body = s.endsWith("\n") ? s.slice(0, -1) : s;
    return body.length === 0 ? null : this.parse(body);
  }

  private parse(piece: string): CsvBatch {
    const result =
      piece.indexOf('"') === -1
        ? splitPlain(piece)
        : Papa().parse<string[]>(piece, { delimiter: ",", newline: "\n", quoteChar: '"', header: false });
    const rows = result.data;
    const lines = new Int32Array(rows.length);
    const first = this.nextLine;
    if (piece.indexOf('"') === -1) {
      for (let i = 0; i < rows.length; i++) lines[i] = first + i;
      this.nextLine = first + rows.length;
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
      this.nextLine = line + 1;
    }
    const syntaxErrors = result.errors
      .filter((e) => e.code !== "UndetectableDelimiter")
      .map((e) => ({ line: lines[e.row ?? 0] ?? first, message: e.message }));
    return { rows, lines, syntaxErrors };
  }
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

/** Index of the last newline that ends a record (not inside quotes), or −1. */
function lastRecordEnd(s: string): number {
  if (s.indexOf('"') === -1) return s.lastIndexOf("\n");
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) last = i;
  }
  return last;
}
