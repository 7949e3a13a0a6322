/**
 * The rows the chart builders draw. They carry ids, years and finished numbers: every figure is computed
 * before it reaches a chart (by the compute and audit modules; their result rows fit these shapes), and
 * the builders only lay it out. Percentages are in percent (2.98 for +2.98%), as the compute module
 * gives them. Labels are filled from the catalogue by the builders; `entity_label` is given by the
 * caller, who knows the body's name in the chosen language.
 */
import type { Applicant, EntityId, MetricId, Year } from "../types.js";

/** One value of one series: (entity, metric) in one year. null when the report does not state it. */
export interface TrendChartRow {
  entity: EntityId;
  entity_label?: string;
  metric: MetricId;
  year: Year;
  value: number | null;
  /** "crosswalk" for an older form's figure read as this metric (a compute TrendPoint's basis). */
  basis?: string;
}

/** The change of one series between two years (a compute ChangeRow fits). */
export interface GrowthChartRow {
  entity: EntityId;
  entity_label?: string;
  metric: MetricId;
  from_year: Year;
  to_year: Year;
  from_value: number | null;
  to_value: number | null;
  change: number | null;
  /** Percent change, in percent; null when it cannot be computed (no prior figure, or a prior of 0). */
  change_pct: number | null;
  /** The applicant column of a table 三 figure (yoy() rows); null or absent for the 总计 column. */
  applicant?: Applicant | null;
}

/** One part of a whole → parts group in one year (a compute BreakdownRow fits). */
export interface BreakdownChartRow {
  entity: EntityId;
  entity_label?: string;
  year: Year;
  metric: MetricId;
  /** The applicant type when the parts are table 三 applicant columns. */
  applicant?: Applicant | null;
  /** Overrides the label the catalogue gives. */
  part_label?: string;
  value: number | null;
  /** value / sum of the parts × 100. */
  share_of_parts: number | null;
  /** value / the declared whole × 100. */
  share_of_whole: number | null;
  /** The breakdown group (a compute BreakdownRow's); tells whether the parts add up to the whole. */
  group?: string;
  /** The declared whole, when stated: the denominator when some parts are not stated. */
  whole_value?: number | null;
}

/** A printed share checked against the counts, both in percent (41.4 for "41.4%"). */
export interface AuditChartRow {
  metric: MetricId;
  applicant?: Applicant | null;
  part_label?: string;
  /** The share as printed. */
  printed: number;
  /** The share recomputed from the counts; null when the counts do not allow it. */
  computed: number | null;
  /**
   * The audit's verdict: the printed share agrees with the counts at its printed precision, is the
   * computed share truncated instead of rounded (a habit, not an error), or disagrees.
   */
  verdict: "agrees" | "truncated" | "disagrees";
}
