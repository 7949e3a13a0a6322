/**
 * Growth as a heatmap: one row per series (metric or body), one column per pair of years, each cell
 * coloured by growth on a diverging scale centred on 0 and labelled with the signed percent. Cells
 * whose growth cannot be computed are grey and say why (prior 0 or no prior figure). Colours saturate at ±100% so one extreme cell
 * does not wash out the rest; the label still gives the exact figure.
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import type { GrowthChartRow } from "./chart-rows.js";
import { EXACT_NUMBER, growthTextExpr, isNumberExpr, SIGNED_PERCENT_AXIS } from "./number-format.js";
import { distinct, seriesLabels, seriesShape } from "./series-label.js";
import { type ChartLang, COLORS, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { chartTitle, LEGEND_CHARS, needsTwoLines, wrapLabelExpr } from "./wrap-text.js";

export interface GrowthHeatmapOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  /** Size of one cell, in pixels. Default 72 wide, 24 high. */
  cellWidth?: number;
  cellHeight?: number;
}

export function growthHeatmap(rows: readonly GrowthChartRow[], options: GrowthHeatmapOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const shape = seriesShape(rows);
  const values = rows.map((r) => {
    const l = seriesLabels(r, shape, lang);
    return {
      entity: r.entity,
      metric: r.metric,
      series: l.series,
      span: `${r.from_year}→${r.to_year}`,
      to_year: r.to_year,
      from_value: r.from_value,
      to_value: r.to_value,
      change_pct: r.change_pct,
    };
  });
  const spans = distinct([...values].sort((a, b) => a.to_year - b.to_year).map((v) => v.span));
  const valid = isNumberExpr("change_pct");
  const title = options.title ?? say("chart.growth", undefined, lang);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, options.subtitle),
    width: { step: options.cellWidth ?? 72 },
    height: {
      step:
        options.cellHeight ??
        (needsTwoLines(
          values.map((v) => v.series),
          LEGEND_CHARS,
        )
          ? 36
          : 24),
    },
    config: chartConfig(),
    data: { values },
    transform: [{ calculate: growthTextExpr(lang), as: "growth_text" }],
    encoding: {
      x: { field: "span", type: "ordinal", title: null, sort: spans, axis: { orient: "top", labelAngle: 0, domain: false, ticks: false } },
      y: {
        field: "series",
        type: "nominal",
        title: null,
        sort: distinct(values.map((v) => v.series)),
        axis: { domain: false, ticks: false, labelLimit: 340, labelExpr: wrapLabelExpr(LEGEND_CHARS) },
      },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1, invalid: "show" },
        encoding: {
          color: {
            condition: { test: `!(${valid})`, value: COLORS.missing },
            field: "change_pct",
            type: "quantitative",
            title: say("chart.growth", undefined, lang),
            scale: { scheme: "blueorange", reverse: true, domain: [-100, 100], domainMid: 0, clamp: true },
            legend: { labelExpr: SIGNED_PERCENT_AXIS, orient: "right", gradientLength: 120 },
          },
          tooltip: [
            { field: "series", type: "nominal", title: say("chart.metric", undefined, lang) },
            { field: "span", type: "nominal", title: say("chart.year", undefined, lang) },
            { field: "from_value", type: "quantitative", title: say("chart.prior_year", undefined, lang), format: EXACT_NUMBER },
            { field: "to_value", type: "quantitative", title: say("chart.value", undefined, lang), format: EXACT_NUMBER },
            { field: "growth_text", type: "nominal", title: say("chart.growth", undefined, lang) },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 10 },
        encoding: {
          text: { field: "growth_text", type: "nominal" },
          color: {
            condition: [
              { test: `${valid} && abs(datum.change_pct) > 60`, value: "#ffffff" },
              { test: `!(${valid})`, value: COLORS.neutral },
            ],
            value: "#222222",
          },
        },
      },
    ],
  };
}
