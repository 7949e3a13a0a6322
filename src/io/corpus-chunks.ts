/**
 * A long corpus CSV cut into chunks (CHUNK_BYTES), each starting at the start of a line, for two
 * threads to read at once (see read-from-both-ends.ts): the main thread takes chunks from the front,
 * a helper thread from the back, each claiming a chunk on shared memory before reading it, until they
 * meet. Where a chunk starts is worked out from the file alone, so both threads agree on it.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { numberArray } from "../core/shared-memory.js";

/**
 * A quarter of a megabyte: the helper's first chunk runs on cold code, and the main thread, at the
 * end, may wait for a chunk the helper has claimed; with chunks of a megabyte that wait was up to
 * 0.1 s. Small chunks cost a header parse each in the helper, a few microseconds.
 */
export const CHUNK_BYTES = 1 << 18;

const NEWLINE = 10;
/** Bytes read at a time while looking for the end of a line. */
const WINDOW = 1 << 16;

export class CorpusChunks {
  readonly size: number;
  readonly count: number;
  private readonly fd: number;
  private readonly starts = new Map<number, number>();

  constructor(
    path: string,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
    this.count = Math.max(1, Math.ceil(this.size / chunkBytes));
  }

  /** Where chunk c starts: the first line start at or after c × chunkBytes (the file's size for the end). */
  start(c: number): number {
    if (c <= 0) return 0;
    if (c >= this.count) return this.size;
    let start = this.starts.get(c);
    if (start === undefined) {
      start = this.lineStartFrom(c * this.chunkBytes);
      // A line longer than a chunk swallows the starts of the chunks after this one too: they start
      // where this one does. Noted now, a line of 50 MB is searched once, not once for each chunk in it.
      const last = Math.min(this.count - 1, Math.floor(start / this.chunkBytes));
      for (let k = c; k <= last; k++) this.starts.set(k, start);
    }
    return start;
  }

  /** The bytes of chunk c (empty when a line longer than a chunk swallows it). */
  read(c: number): Buffer {
    const from = this.start(c);
    return this.bytes(from, Math.max(from, this.start(c + 1)));
  }

  /** How many bytes chunk c holds. */
  length(c: number): number {
    const from = this.start(c);
    return Math.max(from, this.start(c + 1)) - from;
  }

  /**
   * Reads chunk c from byte `offset` on into `target`, as much as fits, as read() would give it; returns
   * how many bytes were read. The record cutter's buffer is the target: no memory of its own per chunk.
   */
  readInto(c: number, target: Buffer, offset = 0): number {
    return this.readAt(this.start(c) + offset, target.subarray(0, Math.max(0, Math.min(target.length, this.length(c) - offset))));
  }

  /** The file's first line, newline included; null when it is longer than a window or the file has no newline. */
  firstLine(): Buffer | null {
    const head = this.bytes(0, Math.min(this.size, WINDOW));
    const end = head.indexOf(NEWLINE);
    return end < 0 ? null : head.subarray(0, end + 1);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The first position after a newline at or after pos − 1, or the file's size. */
  private lineStartFrom(pos: number): number {
    for (let at = pos - 1; at < this.size; at += WINDOW) {
      const window = this.bytes(at, Math.min(this.size, at + WINDOW));
      const nl = window.indexOf(NEWLINE);
      if (nl >= 0) return at + nl + 1;
    }
    return this.size;
  }

  private bytes(from: number, to: number): Buffer {
    const buf = Buffer.allocUnsafe(to - from);
    const done = this.readAt(from, buf);
    return done === buf.length ? buf : buf.subarray(0, done);
  }

  /** Fills `buf` from file position `from` (less at the file's end); returns the bytes read. */
  private readAt(from: number, buf: Buffer): number {
    let done = 0;
    while (done < buf.length) {
      const n = readSync(this.fd, buf, done, buf.length - done, from + done);
      if (n === 0) break;
      done += n;
    }
    return done;
  }
}

const FREE = 0;
/** Who took a chunk. */
export const FRONT = 1;
export const BACK = 2;

/**
 * Which thread took each chunk, on shared memory: a chunk is claimed with an atomic compare-and-swap,
 * so each is read by exactly one thread. The last slot holds the helper's bytes read, in KiB, for
 * the progress bar.
 */
export class ChunkClaims {
  private constructor(readonly memory: Int32Array) {}

  static create(count: number): ChunkClaims {
    return new ChunkClaims(numberArray(Int32Array, count + 1, true));
  }

  /** The claims of `memory` (made by create, in another thread). */
  static of(memory: Int32Array): ChunkClaims {
    return new ChunkClaims(memory);
  }

  /** Takes chunk c for `who`; false when the other thread has it. */
  claim(c: number, who: typeof FRONT | typeof BACK): boolean {
    return Atomics.compareExchange(this.memory, c, FREE, who) === FREE;
  }

  get backKiB(): number {
    return Atomics.load(this.memory, this.memory.length - 1);
  }

  addBackBytes(bytes: number): void {
    Atomics.add(this.memory, this.memory.length - 1, Math.round(bytes / 1024));
  }
}
