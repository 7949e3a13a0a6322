/**
 * Opens a dataset CSV the fastest way its encoding allows: UTF-8 files (with or without BOM) stream as
 * raw byte pieces for the byte path; UTF-16 and GB18030 files are decoded to text and parsed into rows.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { type CsvBatch, type CsvReadProgress, readCsvFile } from "./csv-chunks.js";
import { detectEncoding, type TextEncoding } from "./detect-encoding.js";
import { readRecordBytes } from "./record-bytes.js";

/** Either parsed rows or a byte piece of whole records (UTF-8, not yet checked for valid UTF-8). */
export type CsvPiece = { batch: CsvBatch; bytes?: undefined } | { bytes: Buffer; batch?: undefined };

export async function* readCsvSource(path: string, onProgress?: (p: CsvReadProgress) => void): AsyncGenerator<CsvPiece> {
  if (headEncoding(path) === "utf-8") {
    for await (const bytes of readRecordBytes(path, onProgress)) yield { bytes };
  } else {
    for await (const batch of readCsvFile(path, onProgress)) yield { batch };
  }
}

/** The encoding the first 64 KB of a file suggest. */
export function headEncoding(path: string): TextEncoding {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return detectEncoding(head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
