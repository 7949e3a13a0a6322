/**
 * One year's breakdown as a donut. The legend names each part with its share of the stated parts
 * ("通过政府网站公开 41.83%"), so small slices stay readable without crowded labels on the ring.
 */
import type { TopLevelSpec } from "vega-lite";
import type { BreakdownChartRow } from "./chart-rows.js";
import { chartText } from "./chart-text.js";
import { EXACT_NUMBER, isNumberExpr, percentExpr } from "./number-format.js";
import { partLabel } from "./part-labels.js";
import { type ChartLang, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { chartTitle, LEGEND_CHARS, wrapLabelExpr } from "./wrap-text.js";

export interface DonutChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  /** Outer diameter, in pixels. Default 240. */
  size?: number;
  /** Slices with a smaller share (in percent) carry no label on the ring. Default 5. */
  minLabelShare?: number;
}

export function donutChart(rows: readonly BreakdownChartRow[], options: DonutChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const size = options.size ?? 240;
  const outer = size / 2;
  const values = rows.map((r, i) => {
    const label = partLabel(r, lang);
    return {
      entity: r.entity,
      year: r.year,
      metric: r.metric,
      applicant: r.applicant ?? null,
      part_label: label,
      // The legend entry: the part and its share, or the part alone when the share is unknown.
      legend_label: r.share_of_parts === null ? label : `${label}  ${r.share_of_parts.toFixed(2)}%`,
      part_order: i,
      value: r.value,
      share_of_parts: r.share_of_parts,
      share_of_whole: r.share_of_whole,
    };
  });
  const year = rows[0]?.year;
  const title = options.title ?? (year === undefined ? chartText("share", lang) : `${chartText("share", lang)} ${year}`);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, options.subtitle),
    width: size,
    height: size,
    config: chartConfig(),
    data: { values },
    transform: [
      // A slice needs a positive stated value; zero and unknown parts stay in the tooltip-less legend only.
      { filter: `${isNumberExpr("value")} && datum.value > 0` },
      { calculate: percentExpr("share_of_parts", 2, "—"), as: "share_of_parts_text" },
      { calculate: percentExpr("share_of_whole", 2, "—"), as: "share_of_whole_text" },
      {
        calculate: `${isNumberExpr("share_of_parts")} && datum.share_of_parts >= ${options.minLabelShare ?? 5} ? format(datum.share_of_parts, '.1f') + '%' : ''`,
        as: "slice_text",
      },
    ],
    encoding: {
      theta: { field: "value", type: "quantitative", stack: true },
      order: { field: "part_order", type: "quantitative" },
    },
    layer: [
      {
        mark: { type: "arc", innerRadius: outer * 0.55, outerRadius: outer, stroke: "#ffffff", strokeWidth: 1 },
        encoding: {
          color: {
            field: "legend_label",
            type: "nominal",
            title: chartText("part", lang),
            sort: values.map((v) => v.legend_label),
            legend: { orient: "bottom", columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) },
          },
          tooltip: [
            { field: "part_label", type: "nominal", title: chartText("part", lang) },
            { field: "value", type: "quantitative", title: chartText("count", lang), format: EXACT_NUMBER },
            { field: "share_of_parts_text", type: "nominal", title: chartText("share_of_parts", lang) },
            { field: "share_of_whole_text", type: "nominal", title: chartText("share_of_whole", lang) },
          ],
        },
      },
      {
        mark: { type: "text", radius: outer * 0.78, fontSize: 10, color: "#ffffff" },
        encoding: { text: { field: "slice_text", type: "nominal" } },
      },
    ],
  };
}
