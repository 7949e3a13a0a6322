/**
 * Opens a dataset CSV the fastest way its encoding allows: UTF-8 files (with or without BOM) stream as
 * raw byte pieces for the byte path; UTF-16 and GB18030 files are decoded to text and parsed into rows.
 * UTF-16 without a byte-order mark is refused before any row is read (see encoding-problem.ts).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { type CsvBatch, type CsvReadProgress, readCsvFile } from "./csv-chunks.js";
import { detectEncoding, type TextEncoding, utf16WithoutBom } from "./detect-encoding.js";
import { Utf16WithoutBomError } from "./encoding-problem.js";
import { readRecordBytes } from "./record-bytes.js";

/** Either parsed rows or a byte piece of whole records (UTF-8, not yet checked for valid UTF-8). */
export type CsvPiece = { batch: CsvBatch; bytes?: undefined } | { bytes: Buffer; batch?: undefined };

export async function* readCsvSource(path: string, onProgress?: (p: CsvReadProgress) => void): AsyncGenerator<CsvPiece> {
  const head = sniffHead(path);
  if (head.utf16WithoutBom !== null) throw new Utf16WithoutBomError(1, head.utf16WithoutBom);
  if (head.encoding === "utf-8") {
    for await (const bytes of readRecordBytes(path, onProgress)) yield { bytes };
  } else {
    for await (const batch of readCsvFile(path, onProgress)) yield { batch };
  }
}

/** What the first 64 KB of a file suggest: its encoding, and whether it is UTF-16 without a byte-order mark. */
export function sniffHead(path: string): { encoding: TextEncoding; utf16WithoutBom: "utf-16le" | "utf-16be" | null } {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    const bytes = head.subarray(0, n);
    return { encoding: detectEncoding(bytes), utf16WithoutBom: utf16WithoutBom(bytes) };
  } finally {
    closeSync(fd);
  }
}

/** The encoding the first 64 KB of a file suggest. */
export function headEncoding(path: string): TextEncoding {
  return sniffHead(path).encoding;
}
