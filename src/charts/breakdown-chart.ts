/**
 * A breakdown as 100%-stacked horizontal bars, one bar per year (or per body and year). Each segment
 * is a part's share of the sum of the stated parts; for an overlapping group (publication channels,
 * where one item can go out on several channels) that is not its share of the declared total, so the
 * tooltip shows both shares as the compute module gave them. Parts whose value is not stated are left
 * out of the bar rather than drawn as zero.
 */
import type { TopLevelSpec } from "vega-lite";
import type { BreakdownChartRow } from "./chart-rows.js";
import { chartText } from "./chart-text.js";
import { EXACT_NUMBER, isNumberExpr, percentExpr } from "./number-format.js";
import { partLabel } from "./part-labels.js";
import { distinct } from "./series-label.js";
import { CHART_WIDTH, type ChartLang, chartConfig, RESPONSIVE, VEGA_LITE_SCHEMA } from "./theme.js";
import { chartTitle, LEGEND_CHARS, wrapLabelExpr } from "./wrap-text.js";

export interface BreakdownChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  width?: number;
  /** Height of one bar's band, in pixels. Default 34. */
  step?: number;
  /** Segments with a smaller share of the parts (in percent) carry no text label; the tooltip has it. Default 6. */
  minLabelShare?: number;
}

export function breakdownChart(rows: readonly BreakdownChartRow[], options: BreakdownChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const severalEntities = new Set(rows.map((r) => r.entity)).size > 1;
  const labelled = rows.map((r) => ({
    entity: r.entity,
    entity_label: r.entity_label ?? r.entity,
    bar: severalEntities ? `${r.entity_label ?? r.entity} ${r.year}` : String(r.year),
    year: r.year,
    metric: r.metric,
    applicant: r.applicant ?? null,
    part_label: partLabel(r, lang),
    value: r.value,
    share_of_parts: r.share_of_parts,
    share_of_whole: r.share_of_whole,
  }));
  const parts = distinct(labelled.map((v) => v.part_label));
  // Segments stack in the order the parts are given (the catalogue's order), not alphabetically.
  const values = labelled.map((v) => ({ ...v, part_order: parts.indexOf(v.part_label) }));
  const x = {
    field: "value",
    type: "quantitative" as const,
    stack: "normalize" as const,
    title: chartText("share_of_parts", lang),
    axis: { format: ".0%" },
  };
  const y = { field: "bar", type: "ordinal" as const, title: null, sort: distinct(values.map((v) => v.bar)) };
  const title = options.title ?? chartText("share", lang);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, options.subtitle),
    width: options.width ?? CHART_WIDTH,
    height: { step: options.step ?? 34 },
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    transform: [
      { filter: isNumberExpr("value") },
      { calculate: percentExpr("share_of_parts", 2, "—"), as: "share_of_parts_text" },
      { calculate: percentExpr("share_of_whole", 2, "—"), as: "share_of_whole_text" },
      {
        calculate: `${isNumberExpr("share_of_parts")} && datum.share_of_parts >= ${options.minLabelShare ?? 6} ? format(datum.share_of_parts, '.1f') + '%' : ''`,
        as: "segment_text",
      },
    ],
    encoding: { y, x, order: { field: "part_order", type: "quantitative" } },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.72 } },
        encoding: {
          color: {
            field: "part_label",
            type: "nominal",
            title: chartText("part", lang),
            sort: parts,
            legend: { orient: "bottom", columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) },
          },
          tooltip: [
            { field: "bar", type: "nominal", title: chartText("year", lang) },
            { field: "part_label", type: "nominal", title: chartText("part", lang) },
            { field: "value", type: "quantitative", title: chartText("count", lang), format: EXACT_NUMBER },
            { field: "share_of_parts_text", type: "nominal", title: chartText("share_of_parts", lang) },
            { field: "share_of_whole_text", type: "nominal", title: chartText("share_of_whole", lang) },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 10, color: "#ffffff" },
        encoding: { x: { ...x, bandPosition: 0.5 }, text: { field: "segment_text", type: "nominal" } },
      },
    ],
  };
}
