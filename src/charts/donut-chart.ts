/**
 * One year's breakdown as a donut. The legend names each part with its share ("通过政府网站公开
 * 41.83%"), so small slices stay readable without crowded labels on the ring, and the subtitle says
 * what the shares divide by. Parts not stated are the grey "未说明" slice when the declared whole is
 * known (the ring is then the whole), never a ring of the stated parts alone posing as the whole
 * (breakdown-parts.ts).
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { bodyName } from "./body-years.js";
import { barParts, basisText } from "./breakdown-parts.js";
import { categoryScale } from "./category-colors.js";
import type { BreakdownChartRow } from "./chart-rows.js";
import { EXACT_NUMBER } from "./number-format.js";
import { refuseMixedDonut } from "./refuse-rows.js";
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
  refuseMixedDonut(rows);
  const parts = barParts(rows, lang);
  const basis = basisText(parts, rows, lang);
  const values = parts.segments.map((s, i) => ({
    entity: s.row?.entity ?? rows[0]?.entity ?? "",
    year: rows[0]?.year ?? null,
    metric: s.row?.metric ?? null,
    applicant: s.row?.applicant ?? null,
    part_label: s.part_label,
    // The legend entry: the part and its share of the basis the subtitle names.
    legend_label: `${s.part_label}  ${s.share.toFixed(2)}%`,
    part_order: i,
    value: s.value,
    share: s.share,
    share_text: `${s.share.toFixed(2)}%`,
    // Beside the drawn share, the share of the declared total as the compute module gave it (for an
    // overlapping group such as publication channels the two differ).
    share_of_whole_text: s.row?.share_of_whole == null ? "—" : `${s.row.share_of_whole.toFixed(2)}%`,
    basis,
  }));
  const colors = categoryScale(parts.segments.map((s) => ({ label: `${s.part_label}  ${s.share.toFixed(2)}%`, key: s.key })));
  const year = rows[0]?.year;
  const title =
    options.title ?? (year === undefined ? say("chart.share", undefined, lang) : `${say("chart.share", undefined, lang)} ${year}`);
  // The subtitle names the body (and the year, when a given title may not) and always says what the
  // shares divide by.
  const body = bodyName(rows);
  const named =
    options.subtitle ?? (body === undefined ? undefined : options.title === undefined || year === undefined ? body : `${body} ${year}`);
  const subtitle = named === undefined ? basis : `${named} · ${basis}`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, subtitle),
    width: size,
    height: size,
    config: chartConfig(),
    data: { values },
    transform: [
      // A slice needs a positive value; a part stated as 0 stays in the legend (at 0.00%).
      { filter: "datum.value > 0" },
      {
        calculate: `datum.share >= ${options.minLabelShare ?? 5} ? format(datum.share, '.1f') + '%' : ''`,
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
            title: say("chart.part", undefined, lang),
            sort: colors.domain,
            scale: colors,
            legend: { orient: "bottom", columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) },
          },
          tooltip: [
            { field: "part_label", type: "nominal", title: say("chart.part", undefined, lang) },
            { field: "value", type: "quantitative", title: say("chart.count", undefined, lang), format: EXACT_NUMBER },
            { field: "share_text", type: "nominal", title: say("chart.share", undefined, lang) },
            { field: "basis", type: "nominal", title: say("chart.basis", undefined, lang) },
            { field: "share_of_whole_text", type: "nominal", title: say("chart.share_of_whole", undefined, lang) },
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
