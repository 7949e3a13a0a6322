/**
 * Cuts a UTF-8 CSV file into byte pieces that each end on a record boundary (a newline outside
 * quotes), without decoding: the loader's byte path (plain-row-scanner.ts) reads plain rows from the
 * bytes themselves. One cutter serves the plain read (readRecordBytes), the read from both ends
 * (read-from-both-ends.ts) and files in other encodings, transcoded to UTF-8 first (read-csv-source.ts).
 * Memory stays bounded by the read size plus one record of at most RECORD_LIMIT_BYTES: a longer record
 * is skipped as it streams past, never held, and reported. Every byte is looked at once however long its
 * record: a record spanning many reads is not scanned again on each.
 */
import { open } from "node:fs/promises";
import type { CsvReadProgress } from "./csv-chunks.js";

const CHUNK_BYTES = 1024 * 1024;
const QUOTE = 34;
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The longest record (a line, or lines joined by a quoted line break) the loader reads: 1 MiB. A dataset
 * row is a few hundred bytes, its longest cell a quoted sentence; a record past this is a file that is
 * not a dataset, or a quote that never closes, and holding it cost seconds and gigabytes (a header of
 * 50 MB was split into six million names). The same bound as a CSV field limit in other tools.
 */
export const RECORD_LIMIT_BYTES = 1 << 20;

/** A record longer than the limit, skipped unread: what its problem says of it. */
export interface OverlongRecord {
  /** Its length in bytes, without the line break that ends it. */
  bytes: number;
  /** Line breaks inside it (in quotes, or all of them when a quote never closes): the lines it spans, less one. */
  lineBreaks: number;
  /** True when a quote was still open where it ended (at the file's end): the likely cause. */
  quoteOpen: boolean;
}

/** What the cutter hands on, in file order: whole records, or a record too long to read. */
export type BytePiece =
  | { bytes: Buffer; overlong?: undefined; batch?: undefined }
  | { overlong: OverlongRecord; bytes?: undefined; batch?: undefined };

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
  lineEnds: LineEnds = "lf",
): AsyncGenerator<BytePiece> {
  const file = await open(path, "r");
  try {
    const totalBytes = (await file.stat()).size;
    const cutter = new RecordCutter(chunkBytes);
    let bytesRead = 0;
    for (;;) {
      const room = cutter.room(chunkBytes);
      const { bytesRead: n } = await file.read(room, 0, chunkBytes, null);
      if (n === 0) break;
      bytesRead += n;
      if (lineEnds === "cr") crToLf(room.subarray(0, n));
      yield* cutter.cutPieces(n);
      onProgress?.({ bytesRead, totalBytes });
    }
    yield* cutter.restPieces();
  } finally {
    await file.close();
  }
}

/**
 * How a file ends its lines: "lf" (\n or \r\n) or "cr" (\r alone, as old Mac programs saved text). A
 * "cr" file has each \r read as \n: the same lines, at the same byte places.
 */
export type LineEnds = "lf" | "cr";

/** "cr" when bytes (a file's head) break lines with \r alone and hold no \n at all. */
export function lineEndsOf(head: Uint8Array): LineEnds {
  return head.indexOf(NEWLINE) === -1 && head.indexOf(CARRIAGE_RETURN) !== -1 ? "cr" : "lf";
}

/** Reads each \r as \n, in place (a "cr" file, see LineEnds). */
export function crToLf(bytes: Buffer): void {
  for (let i = bytes.indexOf(CARRIAGE_RETURN); i !== -1; i = bytes.indexOf(CARRIAGE_RETURN, i + 1)) bytes[i] = NEWLINE;
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
 *
 * A record longer than `limit` is not held: once its bytes pass the limit they are only scanned for its
 * end, and the record is handed on as an OverlongRecord (cutPieces) for the reader to report.
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
  /** The record being skipped (longer than the limit), while its end is looked for. */
  private skipping: OverlongRecord | null = null;
  /** A skipped record whose end the last cut found: handed on before that cut's records. */
  private skipped: OverlongRecord | null = null;

  constructor(
    chunkBytes = CHUNK_BYTES,
    private readonly limit = RECORD_LIMIT_BYTES,
  ) {
    this.buf = Buffer.allocUnsafe(2 * Math.min(chunkBytes, limit));
  }

  /** Where to write the next `n` bytes (then call `cut(n)`); at most the limit at a time. */
  room(n: number): Buffer {
    // One cut can then end at most one overlong record (see cut).
    if (n > this.limit) throw new RangeError(`a cut of ${n} bytes is more than the record limit ${this.limit}`);
    this.settle();
    if (this.buf.length - this.held < n) {
      // A record longer than the room left: a bigger buffer, the held bytes moved over.
      const bigger = Buffer.allocUnsafe(2 * (this.held + n));
      this.buf.copy(bigger, 0, 0, this.held);
      this.buf = bigger;
    }
    return this.buf.subarray(this.held, this.held + n);
  }

  /**
   * Takes the `n` bytes written into `room`; returns the records they complete, or null when none is.
   * A record too long to hold that these bytes end is then in `takeSkipped()`; cutPieces gives both.
   */
  cut(n: number): Buffer | null {
    let end = this.held + n;
    if (this.atStart) {
      end = this.dropBom(end);
      if (this.atStart) {
        this.held = end;
        return null;
      }
    }
    if (this.skipping !== null) {
      end = this.skipOn(end);
      if (end === 0) return null;
    }
    const heldBefore = this.held;
    const quotesBefore = this.inQuotes;
    const last = this.lastRecordEnd(end);
    if (last < 0) {
      this.held = end;
      if (end > this.limit) this.startSkipping(end);
      return null;
    }
    let first = 0;
    if (heldBefore > 0 && last > this.limit) {
      // The held record may end past the limit: then it is skipped, and the piece starts after it.
      const firstEnd = recordEndFrom(this.buf, heldBefore, end, quotesBefore);
      if (firstEnd > this.limit) {
        this.skipped = { bytes: firstEnd, lineBreaks: countNewlines(this.buf, 0, firstEnd), quoteOpen: false };
        first = firstEnd + 1;
      }
    }
    this.moveFrom = last + 1;
    this.moveTo = end;
    this.held = 0;
    this.scanned = 0;
    return first > last ? null : this.buf.subarray(first, last + 1);
  }

  /** The overlong record the last cut or rest ended, once; null when there was none. */
  takeSkipped(): OverlongRecord | null {
    const s = this.skipped;
    this.skipped = null;
    return s;
  }

  /** cut(n) as pieces in file order: the overlong record it ended, if any, then its whole records. */
  *cutPieces(n: number): Generator<BytePiece> {
    const bytes = this.cut(n);
    const overlong = this.takeSkipped();
    if (overlong !== null) yield { overlong };
    if (bytes !== null) yield { bytes };
  }

  /** rest() as pieces: the record left open at the end, whole or (too long) skipped. */
  *restPieces(): Generator<BytePiece> {
    const bytes = this.rest();
    const overlong = this.takeSkipped();
    if (overlong !== null) yield { overlong };
    if (bytes !== null) yield { bytes };
  }

  /** The held record passed the limit: its bytes are dropped and only its end is looked for from now. */
  private startSkipping(end: number): void {
    this.skipping = { bytes: end, lineBreaks: countNewlines(this.buf, 0, end), quoteOpen: false };
    this.held = 0;
    this.scanned = 0;
  }

  /**
   * Looks for the skipped record's end in buf[0, end); the bytes after it are moved to the front.
   * Returns how many bytes are left there (0 while the record goes on).
   */
  private skipOn(end: number): number {
    const skipping = this.skipping as OverlongRecord;
    const at = recordEndFrom(this.buf, 0, end, this.inQuotes);
    if (at < 0) {
      this.inQuotes = quoteStateAfter(this.buf, 0, end, this.inQuotes);
      skipping.bytes += end;
      skipping.lineBreaks += countNewlines(this.buf, 0, end);
      this.held = 0;
      this.scanned = 0;
      return 0;
    }
    skipping.bytes += at;
    skipping.lineBreaks += countNewlines(this.buf, 0, at);
    this.skipped = skipping;
    this.skipping = null;
    this.inQuotes = false;
    this.buf.copyWithin(0, at + 1, end);
    this.held = 0;
    this.scanned = 0;
    return end - at - 1;
  }

  /** Copies `bytes` in and cuts, a chunk at a time: for bytes that were not read into `room`. */
  *pushPieces(bytes: Buffer, chunkBytes = CHUNK_BYTES): Generator<BytePiece> {
    for (let from = 0; from < bytes.length; from += chunkBytes) {
      const part = bytes.subarray(from, Math.min(bytes.length, from + chunkBytes));
      this.room(part.length).set(part);
      yield* this.cutPieces(part.length);
    }
  }

  /** True while bytes wait for the newline that ends their record (kept, or being skipped). */
  get holding(): boolean {
    return this.held > 0 || this.moveTo > this.moveFrom || this.skipping !== null;
  }

  /** What no newline has ended yet: the last record of a file without one, or a record whose quote is still open. */
  rest(): Buffer | null {
    this.settle();
    if (this.skipping !== null) {
      // The file ended inside the skipped record: with a quote open, the quote is why.
      this.skipped = { ...this.skipping, quoteOpen: this.inQuotes };
      this.skipping = null;
    }
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

/** The first newline outside quotes in bytes[from, to), starting with the given quote state; −1 when none. */
function recordEndFrom(bytes: Buffer, from: number, to: number, inQuotes: boolean): number {
  if (!inQuotes && !hasQuote(bytes, from, to)) {
    const nl = bytes.indexOf(NEWLINE, from);
    return nl < 0 || nl >= to ? -1 : nl;
  }
  let q = inQuotes;
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c === QUOTE) q = !q;
    else if (c === NEWLINE && !q) return i;
  }
  return -1;
}

/** The quote state after bytes[from, to), starting from `inQuotes`. */
function quoteStateAfter(bytes: Buffer, from: number, to: number, inQuotes: boolean): boolean {
  let q = inQuotes;
  for (let i = bytes.indexOf(QUOTE, from); i !== -1 && i < to; i = bytes.indexOf(QUOTE, i + 1)) q = !q;
  return q;
}

/** The \n bytes in bytes[from, to). */
export function countNewlines(bytes: Buffer, from = 0, to = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE, from); i !== -1 && i < to; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
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
  // A dataset row is short: a loop over its bytes costs less than the view indexOf needs.
  if (to - from <= 64) {
    for (let i = from; i < to; i++) if (bytes[i] === QUOTE) return true;
    return false;
  }
  return bytes.subarray(from, to).indexOf(QUOTE) !== -1;
}
