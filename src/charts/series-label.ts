/**
 * Names for the series of a chart. A chart of one body's several metrics names series by metric; a
 * chart of one metric across bodies names them by body; a mix names them "body：metric".
 */
import { metricLabel } from "../catalogue/catalogue.js";
import type { ChartLang } from "./theme.js";

export interface SeriesKeyed {
  entity: string;
  entity_label?: string;
  /** The body's name as compute rows carry it (zh): the label when the caller gives none. */
  entity_name?: string;
  metric: string;
}

export interface SeriesLabels {
  entity_label: string;
  metric_label: string;
  series: string;
}

/** What the rows vary over: several bodies, several metrics, or both. */
export function seriesShape(rows: readonly SeriesKeyed[]): { entities: string[]; metrics: string[] } {
  return { entities: distinct(rows.map((r) => r.entity)), metrics: distinct(rows.map((r) => r.metric)) };
}

/** The labels of one row, given the shape of the whole chart. */
export function seriesLabels(row: SeriesKeyed, shape: { entities: string[]; metrics: string[] }, lang: ChartLang): SeriesLabels {
  // Raw compute rows (trend(), yoy()) carry entity_name: a chart names the body, never shows its id.
  const entity_label = row.entity_label ?? row.entity_name ?? row.entity;
  const metric_label = metricLabel(row.metric, lang);
  const series =
    shape.entities.length > 1 && shape.metrics.length > 1
      ? `${entity_label}：${metric_label}`
      : shape.entities.length > 1
        ? entity_label
        : metric_label;
  return { entity_label, metric_label, series };
}

/** Distinct values in first-seen order. */
export function distinct<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
