import type { ObservationTableBuilder } from "../core/observation-table.js";
import type { CsvPiece } from "./read-csv-source.js";

/** Bytes of the first piece whose lines give the first guess of the load's rows. */
const SAMPLE_BYTES = 1 << 16;
const MIN_SAMPLE_LINES = 32;
const NEWLINE = 10;

/**
 * Pre-sizes the table's columns from the bytes still to read, so a corpus grows its columns once or
 * twice instead of doubling them a dozen times (each doubling copies every column, and briefly holds
 * both copies).
 *
 * Two guesses: before the first piece is read, the lines of its first 64 KB per byte times the bytes
 * still to read (the columns then skip the doublings of the first megabyte, whose copies and
 * fresh pages cost a 200k-row load some 5 %); after the first megabyte, the rows it held per byte, which
 * grows the columns again only if the first guess fell short of it. Both add a margin of 5 %.
 */
export class LoadSizing {
  private bytesSeen = 0;
  private guessed = false;
  private done = false;

  constructor(private readonly totalBytes: number) {}

  /** Called before each piece is read into `builder`. */
  expect(builder: ObservationTableBuilder, piece: CsvPiece): void {
    if (this.guessed || this.done || piece.bytes === undefined) return;
    const sample = piece.bytes.subarray(0, SAMPLE_BYTES);
    // indexOf, not a loop over every byte: V8 optimised a loop that long on the spot, 8 ms of
    // compiling (`--trace-opt`) beside the load for code that runs once.
    let lines = 0;
    for (let at = sample.indexOf(NEWLINE); at >= 0; at = sample.indexOf(NEWLINE, at + 1)) lines++;
    // A header alone, or a few lines, says too little of the rows to come: the next piece is asked.
    if (lines < MIN_SAMPLE_LINES) return;
    this.guessed = true;
    builder.reserve(builder.length + this.margin((lines / sample.length) * (this.totalBytes - this.bytesSeen)));
  }

  /** Called after each piece is read into `builder`. */
  reserve(builder: ObservationTableBuilder, piece: CsvPiece): void {
    if (this.done || piece.bytes === undefined) return;
    this.bytesSeen += piece.bytes.length;
    if (this.bytesSeen < 1 << 20 && this.bytesSeen < this.totalBytes) return;
    this.done = true;
    const rows = (builder.length / this.bytesSeen) * this.totalBytes;
    // Only when the first guess fell short: growing copies every column.
    if (builder.length > 0 && rows > builder.capacity) builder.reserve(this.margin(rows));
  }

  private margin(rows: number): number {
    return Math.ceil(rows * 1.05) + 64;
  }
}
