import type { Applicant, Layout, MetricId } from "../types.js";
import type { DetectedScope } from "./detect-scope.js";
import type { YearFrom } from "./report-year.js";

/** One figure taken from a report, with where it came from. */
export interface ExtractedFigure {
  metric: MetricId;
  /** The applicant column of a table 三 cell; null for 总计 and every other metric. */
  applicant: Applicant | null;
  value: number;
  printed_share: number | null;
  printed_change: number | null;
  printed_change_pct: number | null;
  /** The sentence or table row the figure came from, as printed (spaces collapsed). */
  source: string;
  /** Offsets of the figure in the input text: `input.slice(start, end)` is the number as printed, or the
   * words that state it ("没有收费", "未出现…行政复议和行政诉讼") when the report gives no digits. */
  start: number;
  end: number;
  /** Offsets of the source sentence or row in the input text. */
  source_start: number;
  source_end: number;
  /** Which part of the report it came from. */
  origin: "narrative" | "table";
  /** Anything the analyst should know about this figure (a unit, a joined number). */
  note: string | null;
}

/** A number in the text that no metric took, with enough context to find it. */
export interface UnassignedNumber {
  /** The number as printed (with its %, if any). */
  text: string;
  start: number;
  end: number;
  /** The words around it, spaces collapsed. */
  context: string;
  /** Why no metric took it. */
  reason: string;
}

/** What `extractReport` found in one report. */
export interface ExtractedReport {
  /** The body as the title names it, or null when no title was found. */
  body: string | null;
  year: number | null;
  yearFrom: YearFrom;
  layout: Layout;
  /** Why this layout: the table structure seen, or the year. */
  layoutReason: string;
  /** What the report's request counts cover, where its text says so (offsets in the input); null when it does not. */
  scope: DetectedScope | null;
  figures: ExtractedFigure[];
  unassigned: UnassignedNumber[];
  /** Problems noticed on the way (a row left out, a statement contradicted), one sentence each. */
  warnings: string[];
}
