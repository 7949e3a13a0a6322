/** One run of text as the PDF draws it: a string at a baseline position, in PDF units (y grows upward). */
export interface GlyphRun {
  str: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** Direction of the baseline in degrees counterclockwise, to the nearest quarter turn (0 when upright). */
  angle?: 0 | 90 | 180 | 270;
}

/** A page's text runs and size, as read from the PDF's text layer. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: GlyphRun[];
}
