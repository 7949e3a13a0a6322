/**
 * A line chart of one or more series over the years. Years sit on a linear axis (format "d", ticks at
 * the years present), so a gap between reports shows as a gap in time. When the years span the 2019 or
 * the 2021 template change, a dashed rule between the last old and the first new report marks it: a
 * series read across it compares figures defined by different forms.
 */
import type { TopLevelSpec } from "vega-lite";
import type { TrendChartRow } from "./chart-rows.js";
import { chartText } from "./chart-text.js";
import { countAxisLabelExpr, EXACT_NUMBER } from "./number-format.js";
import { distinct, seriesLabels, seriesShape } from "./series-label.js";
import { CHART_HEIGHT, CHART_WIDTH, type ChartLang, COLORS, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { valueAxisTitle } from "./value-axis-title.js";

export interface TrendChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  width?: number;
  height?: number;
}

/** The years a new report template took effect. */
export const TEMPLATE_CHANGE_YEARS = [2019, 2021] as const;

/** Template changes that fall strictly inside the span of the years drawn. */
export function templateChangesWithin(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return TEMPLATE_CHANGE_YEARS.filter((y) => lo < y && y <= hi);
}

export function trendChart(rows: readonly TrendChartRow[], options: TrendChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const shape = seriesShape(rows);
  const values = rows.map((r) => {
    const l = seriesLabels(r, shape, lang);
    return {
      entity: r.entity,
      entity_label: l.entity_label,
      metric: r.metric,
      metric_label: l.metric_label,
      series: l.series,
      year: r.year,
      value: r.value,
    };
  });
  const years = distinct(rows.map((r) => r.year)).sort((a, b) => a - b);
  const changes = templateChangesWithin(years);
  const title = options.title ?? (shape.metrics.length === 1 ? (values[0]?.metric_label ?? "") : (values[0]?.entity_label ?? ""));
  const x = {
    field: "year",
    type: "quantitative" as const,
    title: chartText("year", lang),
    scale: { zero: false, nice: false, padding: 24 },
    axis: { format: "d", values: years, grid: false },
  };
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>["layer"]> = [
    {
      mark: { type: "line", point: { filled: true, size: 60 }, strokeWidth: 2 },
      encoding: {
        x,
        y: {
          field: "value",
          type: "quantitative",
          title: valueAxisTitle(shape.metrics, lang),
          axis: { labelExpr: countAxisLabelExpr(lang) },
        },
        color: { field: "series", type: "nominal", title: null, sort: distinct(values.map((v) => v.series)) },
        tooltip: [
          { field: "entity_label", type: "nominal", title: chartText("entity", lang) },
          { field: "metric_label", type: "nominal", title: chartText("metric", lang) },
          { field: "year", type: "quantitative", title: chartText("year", lang), format: "d" },
          { field: "value", type: "quantitative", title: chartText("value", lang), format: EXACT_NUMBER },
        ],
      },
    },
    {
      mark: { type: "text", dy: -10, fontSize: 10, color: "#333333" },
      encoding: {
        x,
        y: { field: "value", type: "quantitative" },
        text: { field: "value", type: "quantitative", format: EXACT_NUMBER },
      },
    },
  ];
  if (changes.length > 0) {
    const marks = changes.map((y) => ({ year: y - 0.5, label: chartText(y === 2019 ? "template_2019" : "template_2021", lang) }));
    layers.push(
      {
        data: { values: marks },
        mark: { type: "rule", strokeDash: [4, 4], color: COLORS.rule },
        encoding: { x: { field: "year", type: "quantitative" } },
      },
      {
        data: { values: marks },
        mark: { type: "text", align: "left", baseline: "top", dx: 4, y: 0, fontSize: 10, color: COLORS.neutral },
        encoding: { x: { field: "year", type: "quantitative" }, text: { field: "label", type: "nominal" } },
      },
    );
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.subtitle === undefined ? title : { text: title, subtitle: options.subtitle },
    width: options.width ?? CHART_WIDTH,
    height: options.height ?? CHART_HEIGHT,
    config: chartConfig(),
    data: { values },
    layer: layers,
  };
}
