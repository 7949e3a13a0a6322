/**
 * Bounds on what reading one workbook may cost, so a crafted file fails in bounded time and memory
 * instead of exhausting them. The defaults are far above any disclosure workbook (a body's sheet is a
 * few hundred cells, a thousand bodies' ten years some 1.4 million; a corpus past that belongs in a
 * CSV); tests lower them.
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
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 1_048_576,
  maxCells: 10_000_000,
  maxMerged: 100_000,
};
