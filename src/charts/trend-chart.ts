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
import { CHART_HEIGHT, CHART_WIDTH, type ChartLang, COLORS, chartConfig, RESPONSIVE, VEGA_LITE_SCHEMA } from "./theme.js";
import { valueAxisTitle } from "./value-axis-title.js";
import { chartTitle, LEGEND_CHARS, wrapLabelExpr } from "./wrap-text.js";

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

const LABEL_SIZE = 10;
/** A ring: a unit circle with a hole (its inner circle drawn the other way round), a hollow point. */
const RING = "M-1,0A1,1,0,1,0,1,0A1,1,0,1,0,-1,0ZM-0.5,0A0.5,0.5,0,1,1,0.5,0A0.5,0.5,0,1,1,-0.5,0Z";
/** One line of a template rule's label (10 px text in the CJK font's 1.45 em line box). */
const RULE_LINE = 15;

/** The widest value label, in pixels, by a generous estimate (digits and separators 0.62 em). */
function widestLabel(rows: readonly TrendChartRow[]): number {
  const longest = Math.max(0, ...rows.map((r) => (r.value === null ? 0 : r.value.toLocaleString("en-US").length)));
  return Math.ceil(longest * LABEL_SIZE * 0.62);
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
      point_kind: r.basis === "crosswalk" ? chartText("crosswalked", lang) : chartText("as_printed", lang),
    };
  });
  const years = distinct(rows.map((r) => r.year)).sort((a, b) => a - b);
  const series = distinct(values.map((v) => v.series));
  const crosswalked = rows.some((r) => r.basis === "crosswalk");
  // One series needs no legend (the title names it); several get one below the plot, one a line, so a
  // phone-width chart keeps its plot.
  const colorLegend = series.length === 1 ? null : { orient: "bottom" as const, columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) };
  const changes = templateChangesWithin(years);
  const height = options.height ?? CHART_HEIGHT;
  const labelled = series.length === 1;
  // With template rules, the top of the plot is kept free of points for the rules' labels (and the
  // value label above the highest point): the value axis reaches that far above the largest value.
  const top = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const reserved = changes.length * RULE_LINE + (labelled ? 28 : 6);
  const headroom = changes.length > 0 && top > 0 && reserved < height / 2 ? top / (1 - reserved / height) : undefined;
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
      mark: { type: "line", point: crosswalked ? false : { filled: true, size: 60 }, strokeWidth: 2 },
      encoding: {
        x,
        y: {
          field: "value",
          type: "quantitative",
          title: valueAxisTitle(shape.metrics, lang),
          ...(headroom === undefined ? {} : { scale: { domainMax: headroom } }),
          axis: { labelExpr: countAxisLabelExpr(lang, top) },
        },
        color: {
          field: "series",
          type: "nominal",
          title: null,
          sort: series,
          legend: colorLegend,
        },
        tooltip: [
          { field: "entity_label", type: "nominal", title: chartText("entity", lang) },
          { field: "metric_label", type: "nominal", title: chartText("metric", lang) },
          { field: "year", type: "quantitative", title: chartText("year", lang), format: "d" },
          { field: "value", type: "quantitative", title: chartText("value", lang), format: EXACT_NUMBER },
        ],
      },
    },
  ];
  if (crosswalked) {
    // An older form's figure read through the crosswalk is a hollow point (a ring), with a legend entry
    // saying so.
    layers.push({
      mark: { type: "point", filled: true, size: 60, strokeWidth: 1.5 },
      encoding: {
        x,
        y: { field: "value", type: "quantitative" },
        color: { field: "series", type: "nominal", sort: series, legend: colorLegend },
        shape: {
          field: "point_kind",
          type: "nominal",
          title: null,
          scale: { domain: [chartText("as_printed", lang), chartText("crosswalked", lang)], range: ["circle", RING] },
          legend: { orient: "top", direction: "vertical", symbolFillColor: "#555555", labelExpr: wrapLabelExpr(LEGEND_CHARS) },
        },
      },
    });
  }
  // Value labels only on a single series (several would sit on one another where values are close; the
  // tooltip and the tables have them), and only while the years are far enough apart for the widest
  // label: a narrow chart drops them rather than overprint them.
  if (labelled && years.length > 0) {
    layers.push({
      mark: { type: "text", dy: -10, fontSize: LABEL_SIZE, color: "#333333" },
      encoding: {
        x,
        y: { field: "value", type: "quantitative" },
        text: {
          condition: {
            test: `width / ${years.length} >= ${widestLabel(rows) + 8}`,
            field: "value",
            type: "quantitative",
            format: EXACT_NUMBER,
          },
          value: "",
        },
      },
    });
  }
  if (changes.length > 0) {
    // One line each, top down; with two rules the first label reads leftwards and the second
    // rightwards, so on a narrow chart neither runs across the other rule.
    const marks = changes.map((y, i) => ({
      year: y - 0.5,
      label: chartText(y === 2019 ? "template_2019" : "template_2021", lang),
      label_y: i * RULE_LINE,
      leftwards: changes.length > 1 && i === 0,
    }));
    layers.push(
      {
        data: { values: marks },
        mark: { type: "rule", strokeDash: [4, 4], color: COLORS.rule },
        encoding: { x: { field: "year", type: "quantitative" } },
      },
      {
        data: { values: marks },
        mark: {
          type: "text",
          align: { expr: "datum.leftwards ? 'right' : 'left'" },
          dx: { expr: "datum.leftwards ? -4 : 4" },
          baseline: "top",
          fontSize: 10,
          color: COLORS.neutral,
        },
        encoding: {
          x: { field: "year", type: "quantitative" },
          y: { field: "label_y", type: "quantitative", scale: null },
          text: { field: "label", type: "nominal" },
        },
      },
    );
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    // Crosswalked points are never drawn without a word: with no subtitle given, the note is the subtitle.
    title: chartTitle(title, options.subtitle ?? (crosswalked ? chartText("crosswalk_note", lang) : undefined)),
    width: options.width ?? CHART_WIDTH,
    height,
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    layer: layers,
  };
}
