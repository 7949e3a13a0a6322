import type { Applicant, Layout, MetricId } from "../../types.js";

/** One figure read by OCR from a table of a scanned report. */
export interface OcrFigure {
  metric: MetricId;
  /** The applicant column of a table 三 cell; null for 总计 and every other metric. */
  applicant: Applicant | null;
  value: number;
  /** 1-based page of the PDF. */
  page: number;
  /** The table row as read (its label, then its figures), for the dataset's source column. */
  source: string;
  /** The engine's confidence in the reading, 0–100. */
  confidence: number;
  /**
   * What the report's identities say of it: `broken` when an identity it takes part in does not add up
   * (one of its figures is misread, or the report itself is wrong: see the warnings), `holds` when every
   * identity it takes part in adds up, `unchecked` when none could be checked (table 二 has none).
   */
  identity: "holds" | "broken" | "unchecked";
}

/** What `ocrPdf` read from a scanned report. */
export interface OcrReport {
  layout: Layout;
  /** Why this layout: the option, or the table structure seen. */
  layoutReason: string;
  figures: OcrFigure[];
  /** Rows and figures left out, and every identity that does not add up, one sentence each. */
  warnings: string[];
  /** The pages read (1-based). */
  pages: number[];
  /** Pages scanned at a slant, and the degrees they were turned to read them. */
  straightened: { page: number; degrees: number }[];
  /** Wall time of rendering and reading, in seconds. */
  seconds: number;
}
