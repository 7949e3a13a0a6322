/**
 * Bounds on what reading one workbook may cost, so a crafted file fails in bounded time and memory
 * instead of exhausting them. The defaults are above any disclosure workbook (a body's sheet is a few
 * hundred cells, five hundred bodies' ten years of the whole 2021 template some 700,000; a corpus past
 * that belongs in a CSV); tests lower them. A sheet is read whole, at some 3 µs and 400 bytes a cell:
 * a million cells bound a sheet to about 3 s and 450 MB (ten million, the bound before, let a 14 MB
 * workbook of a million bad rows take 10 s and 1.4 GB).
 */
export interface WorkbookLimits {
  /** The workbook file itself. */
  maxFileBytes: number;
  /** Zip entries (parts) in the workbook. */
  maxEntries: number;
  /** Inflated bytes of one part. */
  maxPartBytes: number;
  /** Inflated bytes of every part read, together. */
  maxTotalBytes: number;
  /**
   * Inflated over compressed size, checked once a part inflates past `ratioFloorBytes`: sheet XML
   * compresses 5–30×; deflate's ceiling is about 1030×, which only crafted repetition reaches.
   */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Rows, and non-empty cells, of one sheet. */
  maxRows: number;
  maxCells: number;
  /** Merged ranges of one sheet (their spreading is bounded by maxCells too). */
  maxMerged: number;
}

export const DEFAULT_LIMITS: WorkbookLimits = {
  maxFileBytes: 128 * 1024 * 1024,
  maxEntries: 10_000,
  maxPartBytes: 64 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 1_048_576,
  maxCells: 1_000_000,
  maxMerged: 100_000,
};
