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
  const cutter = new RecordCutter();
  let bytesRead = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    const piece = cutter.push(bytesRead === 0 ? withoutBom(chunk as Buffer) : (chunk as Buffer));
    bytesRead += (chunk as Buffer).length;
    if (piece !== null) yield piece;
    onProgress?.({ bytesRead, totalBytes });
  }
  const rest = cutter.rest();
  if (rest !== null) yield rest;
}

/** The bytes without a UTF-8 byte-order mark at their start. */
export function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Cuts consecutive chunks of a file into pieces that end on a record boundary: what follows the last
 * one of a chunk is carried over to the next.
 */
export class RecordCutter {
  private carry: Buffer | null = null;

  /** The whole records completed by this chunk, or null when none is. */
  push(chunk: Buffer): Buffer | null {
    const piece = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = lastRecordEnd(piece);
    if (cut < 0) {
      this.carry = piece;
      return null;
    }
    this.carry = cut + 1 < piece.length ? piece.subarray(cut + 1) : null;
    return piece.subarray(0, cut + 1);
  }

  /** True while bytes wait for the newline that ends their record. */
  get holding(): boolean {
    return this.carry !== null && this.carry.length > 0;
  }

  /** What no newline has ended yet: the last record of a file without one, or a record whose quote is still open. */
  rest(): Buffer | null {
    const rest = this.carry;
    this.carry = null;
    return rest !== null && rest.length > 0 ? rest : null;
  }
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
