import { findMetric } from "../catalogue/catalogue.js";
import { say } from "../messages/catalogue.js";
import type { Applicant, Layout, MetricId } from "../types.js";
import type { ExtractedFigure, UnassignedNumber } from "./extracted-report.js";

/**
 * What the table and narrative readers share while reading one report. Offsets here are into the folded
 * text; extractReport maps them to the input at the end.
 */
export interface ExtractContext {
  /** The folded text the readers read (see foldReportText). */
  text: string;
  layout: Layout;
  figures: ExtractedFigure[];
  /** Numbers the readers saw and refused, with the reason; the rest are found by findUnassignedNumbers. */
  unassigned: UnassignedNumber[];
  warnings: string[];
  /** Ranges of the folded text whose numbers a figure (or a refusal above) accounts for. */
  consumed: Array<[number, number]>;
}

export function newContext(text: string, layout: Layout): ExtractContext {
  return { text, layout, figures: [], unassigned: [], warnings: [], consumed: [] };
}

/** Why a value cannot be the metric's figure (a fraction for a count, a negative amount), or null. */
export function misfit(metricId: string, value: number): string | null {
  const def = findMetric(metricId);
  if (def === undefined) return say("extract.misfit_no_metric", { metric: metricId });
  if (!Number.isFinite(value)) return say("extract.misfit_not_number");
  if (def.kind === "count" && (!Number.isInteger(value) || value < 0)) return say("extract.misfit_count", { metric: metricId });
  if (def.kind === "delta" && !Number.isInteger(value)) return say("extract.misfit_delta", { metric: metricId });
  if (def.kind === "amount" && value < 0) return say("extract.misfit_amount", { metric: metricId });
  if (def.kind === "rate" && (value < 0 || value > 100)) return say("extract.misfit_rate", { metric: metricId });
  return null;
}

/** True when the catalogue carries this metric in the layout being read. */
export function inLayout(metricId: string, layout: Layout): boolean {
  return findMetric(metricId)?.layouts.includes(layout) ?? false;
}

/** Collapses runs of spaces, as sources are shown. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The words around a range of the text, for an unassigned number's context. */
export function contextAround(text: string, start: number, end: number, width = 18): string {
  const before = text.slice(Math.max(0, start - width * 3), start).replace(/\s+/g, " ");
  const after = text.slice(end, end + width * 3).replace(/\s+/g, " ");
  return collapse(`${before.slice(-width)}${text.slice(start, end)}${after.slice(0, width)}`);
}

/** Lists a table cell's number as unassigned, with a reason, and marks it accounted for. */
export function refuseCell(ctx: ExtractContext, start: number, end: number, reason: string): void {
  ctx.unassigned.push({ text: ctx.text.slice(start, end), start, end, context: contextAround(ctx.text, start, end), reason });
  ctx.consumed.push([start, end]);
}

/**
 * Records the figure of a statistical table's cell: its number, the row (or table) it was read from
 * as its source, no printed share or change.
 */
export function pushTableFigure(
  ctx: ExtractContext,
  cell: { start: number; end: number },
  figure: {
    metric: MetricId;
    applicant: Applicant | null;
    value: number;
    source: string;
    from: { start: number; end: number };
    note?: string | null;
  },
): void {
  ctx.figures.push({
    metric: figure.metric,
    applicant: figure.applicant,
    value: figure.value,
    printed_share: null,
    printed_change: null,
    printed_change_pct: null,
    source: figure.source,
    start: cell.start,
    end: cell.end,
    source_start: figure.from.start,
    source_end: figure.from.end,
    origin: "table",
    note: figure.note ?? null,
  });
}
