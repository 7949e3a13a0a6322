/**
 * Cuts a UTF-8 CSV file into byte pieces that each end on a record boundary (a newline outside
 * quotes), without decoding: the loader's byte path (plain-row-scanner.ts) reads plain rows from the
 * bytes themselves. One cutter serves the plain read (readRecordBytes) and the read from both ends
 * (read-from-both-ends.ts). Memory stays bounded by the read size plus one record, and every byte is
 * looked at once however long its record: a record spanning many reads is not scanned again on each.
 */
import { open } from "node:fs/promises";
import type { CsvReadProgress } from "./csv-chunks.js";

const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 34;
const NEWLINE = 10;
const BOM = [0xef, 0xbb, 0xbf];

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
    const cutter = new RecordCutter(chunkBytes);
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: n } = await file.read(cutter.room(chunkBytes), 0, chunkBytes, null);
      if (n === 0) break;
      bytesRead += n;
      const piece = cutter.cut(n);
      if (piece !== null) yield piece;
      onProgress?.({ bytesRead, totalBytes });
    }
    const rest = cutter.rest();
    if (rest !== null) yield rest;
  } finally {
    await file.close();
  }
}

/** The bytes without a UTF-8 byte-order mark at their start. */
export function withoutBom(bytes: Buffer): Buffer {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? bytes.subarray(3) : bytes;
}

/**
 * Cuts the consecutive bytes of a file into pieces that end on a record boundary: what follows the last
 * one is held, and completed by the next bytes. A byte-order mark at the file's start is dropped.
 *
 * The bytes go into the cutter's own buffer: `room(n)` is where the next n bytes are to be written
 * (a file read straight into it costs no copy), `cut(n)` takes them. A piece is a view of that buffer,
 * valid until the next `room`, `push` or `rest`.
 *
 * The quote state is carried from one call to the next, so a record held over many reads (a long line,
 * a quoted cell of many line breaks) is scanned once, not again with every read.
 */
export class RecordCutter {
  private buf: Buffer;
  /** buf[0, held) is the start of a record no newline has ended yet. */
  private held = 0;
  /** buf[0, scanned) of the held bytes was looked at; `inQuotes` is the quote state there. */
  private scanned = 0;
  private inQuotes = false;
  /** buf[moveFrom, moveTo) is to be moved to the front once the last piece is done with. */
  private moveFrom = 0;
  private moveTo = 0;
  /** Until the first bytes say whether they start with a byte-order mark. */
  private atStart = true;

  constructor(chunkBytes = CHUNK_BYTES) {
    this.buf = Buffer.allocUnsafe(2 * chunkBytes);
  }

  /** Where to write the next `n` bytes (then call `cut(n)`). */
  room(n: number): Buffer {
    this.settle();
    if (this.buf.length - this.held < n) {
      // A record longer than the room left: a bigger buffer, the held bytes moved over.
      const bigger = Buffer.allocUnsafe(2 * (this.held + n));
      this.buf.copy(bigger, 0, 0, this.held);
      this.buf = bigger;
    }
    return this.buf.subarray(this.held, this.held + n);
  }

  /** Takes the `n` bytes written into `room`; returns the records they complete, or null when none is. */
  cut(n: number): Buffer | null {
    let end = this.held + n;
    if (this.atStart) {
      end = this.dropBom(end);
      if (this.atStart) {
        this.held = end;
        return null;
      }
    }
    const last = this.lastRecordEnd(end);
    if (last < 0) {
      this.held = end;
      return null;
    }
    this.moveFrom = last + 1;
    this.moveTo = end;
    this.held = 0;
    this.scanned = 0;
    return this.buf.subarray(0, last + 1);
  }

  /** Copies `chunk` in and cuts: for bytes that were not read into `room`. */
  push(chunk: Buffer): Buffer | null {
    this.room(chunk.length).set(chunk);
    return this.cut(chunk.length);
  }

  /** True while bytes wait for the newline that ends their record. */
  get holding(): boolean {
    return this.held > 0 || this.moveTo > this.moveFrom;
  }

  /** What no newline has ended yet: the last record of a file without one, or a record whose quote is still open. */
  rest(): Buffer | null {
    this.settle();
    const held = this.held;
    this.held = 0;
    this.scanned = 0;
    this.inQuotes = false;
    return held > 0 ? this.buf.subarray(0, held) : null;
  }

  /** Moves what followed the last piece to the front, now that the piece is done with. */
  private settle(): void {
    if (this.moveTo === this.moveFrom) return;
    this.buf.copyWithin(0, this.moveFrom, this.moveTo);
    this.held = this.moveTo - this.moveFrom;
    // The held bytes were scanned with the piece; the quote state at their end is the one carried.
    this.scanned = this.held;
    this.moveFrom = this.moveTo = 0;
  }

  /** Drops a byte-order mark at the start; stays at the start while the bytes could still be one. */
  private dropBom(end: number): number {
    const b = this.buf;
    for (let i = 0; i < Math.min(end, 3); i++) {
      if (b[i] !== BOM[i]) {
        this.atStart = false;
        return end;
      }
    }
    if (end < 3) return end;
    this.atStart = false;
    b.copyWithin(0, 3, end);
    return end - 3;
  }

  /** Index of the last newline of buf[0, end) outside quotes, or −1; looks only at bytes not yet scanned. */
  private lastRecordEnd(end: number): number {
    const from = this.scanned;
    this.scanned = end;
    const fresh = this.buf.subarray(from, end);
    if (fresh.indexOf(QUOTE) === -1) {
      if (this.inQuotes) return -1;
      const nl = fresh.lastIndexOf(NEWLINE);
      return nl < 0 ? -1 : from + nl;
    }
    const b = this.buf;
    let inQuotes = this.inQuotes;
    let last = -1;
    for (let i = from; i < end; i++) {
      const c = b[i];
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === NEWLINE && !inQuotes) last = i;
    }
    this.inQuotes = inQuotes;
    return last;
  }
}

/** The end (newline index, or bytes.length) of the record starting at `pos`, quote-aware. */
export function recordEnd(bytes: Buffer, pos: number): number {
  const nl = bytes.indexOf(NEWLINE, pos);
  const lineEnd = nl < 0 ? bytes.length : nl;
  // Most records hold no quote: their line is their record, found without a loop over the bytes.
  if (!hasQuote(bytes, pos, lineEnd)) return lineEnd;
  let inQuotes = false;
  for (let i = pos; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === NEWLINE && !inQuotes) return i;
  }
  return bytes.length;
}

/** True when bytes[from, to) hold a double quote; looks at those bytes only. */
export function hasQuote(bytes: Buffer, from: number, to: number): boolean {
  return from < to && bytes.subarray(from, to).indexOf(QUOTE) !== -1;
}
