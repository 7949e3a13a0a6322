/**
 * Streams a UTF-8 CSV file as byte pieces that each end on a record boundary (a newline outside
 * quotes), without decoding: the loader's byte path (plain-row-scanner.ts) reads plain rows from the
 * bytes themselves. Memory stays bounded by the read size plus one record.
 */
import { open } from "node:fs/promises";
import type { CsvReadProgress } from "./csv-chunks.js";

const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 34;
const NEWLINE = 10;

/**
 * Yields pieces of whole records; a UTF-8 byte-order mark is dropped.
 *
 * Every piece is a view of one buffer the reader fills again for the next piece: a piece is valid until
 * the next one is asked for, and a caller that keeps bytes copies them. Reading each megabyte into
 * memory of its own (and joining it to the last one's unfinished record) made the system hand the
 * process three fresh pages for every page of the file, a fifth of the 200k-row load's time here.
 * `chunkBytes` is the read size (tests use small ones).
 */
export async function* readRecordBytes(
  path: string,
  onProgress?: (p: CsvReadProgress) => void,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Buffer> {
  const file = await open(path, "r");
  try {
    const totalBytes = (await file.stat()).size;
    let buf = Buffer.allocUnsafe(2 * chunkBytes);
    // buf[0, held) is the start of a record no newline has ended yet, carried from the last read.
    let held = 0;
    let bytesRead = 0;
    for (;;) {
      if (buf.length - held < chunkBytes) {
        // A record longer than the room left: a bigger buffer, the carried bytes moved over.
        const bigger = Buffer.allocUnsafe(2 * (held + chunkBytes));
        buf.copy(bigger, 0, 0, held);
        buf = bigger;
      }
      const { bytesRead: n } = await file.read(buf, held, chunkBytes, null);
      if (n === 0) break;
      let end = held + n;
      if (bytesRead === 0 && hasBom(buf.subarray(0, end))) {
        buf.copyWithin(0, 3, end);
        end -= 3;
      }
      bytesRead += n;
      const cut = lastRecordEnd(buf.subarray(0, end));
      if (cut >= 0) {
        yield buf.subarray(0, cut + 1);
        buf.copyWithin(0, cut + 1, end);
        held = end - cut - 1;
      } else {
        held = end;
      }
      onProgress?.({ bytesRead, totalBytes });
    }
    if (held > 0) yield buf.subarray(0, held);
  } finally {
    await file.close();
  }
}

function hasBom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The bytes without a UTF-8 byte-order mark at their start. */
export function withoutBom(bytes: Buffer): Buffer {
  return hasBom(bytes) ? bytes.subarray(3) : bytes;
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
