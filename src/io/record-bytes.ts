/**
 * Streams a UTF-8 CSV file as byte pieces that each end on a record boundary (a newline outside
 * quotes), without decoding: the loader's byte path (plain-row-scanner.ts) reads plain rows from the
 * bytes themselves. Memory stays bounded by the read size plus one record.
 */
import { createReadStream, statSync } from "node:fs";
import type { CsvReadProgress } from "./csv-chunks.js";

const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 34;
const NEWLINE = 10;

/** Yields pieces of whole records; a UTF-8 byte-order mark is dropped. */
export async function* readRecordBytes(path: string, onProgress?: (p: CsvReadProgress) => void): AsyncGenerator<Buffer> {
  const totalBytes = statSync(path).size;
  let carry: Buffer | null = null;
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    let piece = chunk as Buffer;
    if (bytesRead === 0 && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) piece = piece.subarray(3);
    bytesRead += (chunk as Buffer).length;
    if (carry !== null) piece = Buffer.concat([carry, piece]);
    const cut = lastRecordEnd(piece);
    if (cut < 0) carry = piece;
    else {
      carry = cut + 1 < piece.length ? piece.subarray(cut + 1) : null;
      yield piece.subarray(0, cut + 1);
    }
    onProgress?.({ bytesRead, totalBytes });
  }
  if (carry !== null && carry.length > 0) yield carry;
}

/** Index of the last newline that ends a record (not inside quotes), or −1. */
function lastRecordEnd(bytes: Buffer): number {
  if (bytes.indexOf(QUOTE) === -1) return bytes.lastIndexOf(NEWLINE);
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === NEWLINE && !inQuotes) last = i;
  }
  return last;
}

/** The end (newline index, or bytes.length) of the record starting at `pos`, quote-aware. */
export function recordEnd(bytes: Buffer, pos: number): number {
  let inQuotes = false;
  for (let i = pos; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === NEWLINE && !inQuotes) return i;
  }
  return bytes.length;
}
