/**
 * A slope chart between two years: each series is a line from its value in the first year to its value
 * in the second, labelled at both ends. A series stated in only one of the two years shows as a lone
 * point, never as a line to zero.
 */
import type { TopLevelSpec } from "vega-lite";
import type { TrendChartRow } from "./chart-rows.js";
import { chartText } from "./chart-text.js";
import { EXACT_NUMBER } from "./number-format.js";
import { distinct, seriesLabels, seriesShape } from "./series-label.js";
import { type ChartLang, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { valueAxisTitle } from "./value-axis-title.js";

export interface SlopeChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  /** The two years compared; default the first and last year of the rows. */
  from?: number;
  to?: number;
  width?: number;
  height?: number;
}

export function slopeChart(rows: readonly TrendChartRow[], options: SlopeChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const years = rows.map((r) => r.year);
  const from = options.from ?? Math.min(...years);
  const to = options.to ?? Math.max(...years);
  const kept = rows.filter((r) => r.year === from || r.year === to);
  const shape = seriesShape(kept);
  const values = kept.map((r) => {
    const l = seriesLabels(r, shape, lang);
    return { entity: r.entity, metric: r.metric, series: l.series, year: r.year, end: r.year === from ? "from" : "to", value: r.value };
  });
  const series = distinct(values.map((v) => v.series));
  const x = {
    field: "year",
    type: "ordinal" as const,
    title: null,
    sort: [from, to],
    scale: { domain: [from, to], padding: 0.1 },
    axis: { labelAngle: 0, domain: false, ticks: false, labelFontSize: 12, labelFontWeight: 600 as const },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    title: valueAxisTitle(shape.metrics, lang),
    axis: null,
    scale: { zero: false, padding: 12 },
  };
  const color = { field: "series", type: "nominal" as const, legend: null, sort: series };
  const title = options.title ?? `${from} → ${to}`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.subtitle === undefined ? title : { text: title, subtitle: options.subtitle },
    width: options.width ?? 200,
    height: options.height ?? 300,
    config: chartConfig(),
    data: { values },
    transform: [{ filter: "isValid(datum.value) && isFinite(datum.value)" }],
    encoding: { x, y, color },
    layer: [
      { mark: { type: "line", strokeWidth: 2 }, encoding: { detail: { field: "series", type: "nominal" } } },
      {
        mark: { type: "point", filled: true, size: 50 },
        encoding: {
          tooltip: [
            { field: "series", type: "nominal", title: chartText("metric", lang) },
            { field: "year", type: "ordinal", title: chartText("year", lang) },
            { field: "value", type: "quantitative", title: chartText("value", lang), format: EXACT_NUMBER },
          ],
        },
      },
      {
        transform: [{ filter: "datum.end === 'from'" }],
        mark: { type: "text", align: "right", dx: -8, fontSize: 11 },
        encoding: { text: { field: "value", type: "quantitative", format: EXACT_NUMBER } },
      },
      {
        transform: [{ filter: "datum.end === 'to'" }, { calculate: "datum.series + '  ' + format(datum.value, ',~f')", as: "end_label" }],
        mark: { type: "text", align: "left", dx: 8, fontSize: 11 },
        encoding: { text: { field: "end_label", type: "nominal" } },
      },
    ],
  };
}
