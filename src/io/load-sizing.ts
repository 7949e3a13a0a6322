import type { ObservationTableBuilder } from "../core/observation-table.js";
import type { CsvPiece } from "./read-csv-source.js";

/**
 * Pre-sizes the table's columns from the bytes still to read: after the first megabyte, the rows it
 * held per byte times the bytes of every file of the load, plus a margin. A corpus then grows its
 * columns once instead of doubling them a dozen times (each doubling briefly holds both copies).
 */
export class LoadSizing {
  private bytesSeen = 0;
  private done = false;

  constructor(private readonly totalBytes: number) {}

  /** Called after each piece is read into `builder`. */
  reserve(builder: ObservationTableBuilder, piece: CsvPiece): void {
    if (this.done || piece.bytes === undefined) return;
    this.bytesSeen += piece.bytes.length;
    if (this.bytesSeen < 1 << 20 && this.bytesSeen < this.totalBytes) return;
    this.done = true;
    if (builder.length > 0) builder.reserve(Math.ceil((builder.length / this.bytesSeen) * this.totalBytes * 1.05) + 64);
  }
}
