/**
 * A breakdown as 100%-stacked horizontal bars, one bar per year (or per body and year). What a bar's
 * shares divide by is decided per bar (breakdown-parts.ts) and always said: on the axis title when every
 * bar has the same basis, in each bar's tooltip always. Parts the report does not state are never drawn
 * as zero and never silently dropped: with the declared whole known they are the grey "未说明" segment;
 * without it the bar shows the stated parts and says how many are missing.
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { bodyYears } from "./body-years.js";
import { type BarParts, barParts, basisText } from "./breakdown-parts.js";
import { categoryScale } from "./category-colors.js";
import type { BreakdownChartRow } from "./chart-rows.js";
import { EXACT_NUMBER } from "./number-format.js";
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
  /** Segments with a smaller share (in percent) carry no text label; the tooltip has it. Default 6. */
  minLabelShare?: number;
}

/** A segment's label needs this many pixels. */
const LABEL_ROOM = 36;

export function breakdownChart(rows: readonly BreakdownChartRow[], options: BreakdownChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const severalEntities = new Set(rows.map((r) => r.entity)).size > 1;
  const barOf = (r: BreakdownChartRow) => (severalEntities ? `${r.entity_label ?? r.entity} ${r.year}` : String(r.year));
  const bars = distinct(rows.map(barOf));
  const drawn = bars.map((bar) => {
    const own = rows.filter((r) => barOf(r) === bar);
    const parts = barParts(own, lang);
    return { bar, own, parts, basis: basisText(parts, own, lang) };
  });
  // Segments stack in the catalogue's order (the order the rows come in), the not-stated rest last.
  const order = distinct(drawn.flatMap((d) => d.parts.segments.map((s) => s.part_label)));
  const values = drawn.flatMap(({ bar, own, parts, basis }) =>
    parts.segments.map((s) => ({
      entity: s.row?.entity ?? own[0]?.entity ?? "",
      bar,
      year: own[0]?.year ?? null,
      metric: s.row?.metric ?? null,
      applicant: s.row?.applicant ?? null,
      part_label: s.part_label,
      part_order: s.key === null ? order.length : order.indexOf(s.part_label),
      value: s.value,
      share: s.share,
      share_text: `${s.share.toFixed(2)}%`,
      // Beside the drawn share, the share of the declared total as the compute module gave it (for an
      // overlapping group such as publication channels the two differ).
      share_of_whole_text: s.row?.share_of_whole == null ? "—" : `${s.row.share_of_whole.toFixed(2)}%`,
      segment_text: `${s.share.toFixed(1)}%`,
      basis,
    })),
  );
  const colors = categoryScale(drawn.flatMap((d) => d.parts.segments.map((s) => ({ label: s.part_label, key: s.key }))));
  const x = {
    field: "value",
    type: "quantitative" as const,
    stack: "normalize" as const,
    title: axisTitle(
      drawn.map((d) => d.parts),
      drawn[0]?.basis,
      lang,
    ),
    axis: { format: ".0%" },
  };
  const y = { field: "bar", type: "ordinal" as const, title: null, sort: bars };
  const title = options.title ?? say("chart.share", undefined, lang);
  return {
    $schema: VEGA_LITE_SCHEMA,
    // One body's bars are its years: the subtitle names the body and the span.
    title: chartTitle(
      title,
      options.subtitle ??
        bodyYears(
          rows,
          rows.map((r) => r.year),
        ),
    ),
    width: options.width ?? CHART_WIDTH,
    height: { step: options.step ?? 34 },
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    encoding: { y, x, order: { field: "part_order", type: "quantitative" } },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.72 } },
        encoding: {
          color: {
            field: "part_label",
            type: "nominal",
            title: say("chart.part", undefined, lang),
            sort: colors.domain,
            scale: colors,
            legend: { orient: "bottom", columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) },
          },
          tooltip: [
            { field: "bar", type: "nominal", title: say("chart.year", undefined, lang) },
            { field: "part_label", type: "nominal", title: say("chart.part", undefined, lang) },
            { field: "value", type: "quantitative", title: say("chart.count", undefined, lang), format: EXACT_NUMBER },
            { field: "share_text", type: "nominal", title: say("chart.share", undefined, lang) },
            { field: "basis", type: "nominal", title: say("chart.basis", undefined, lang) },
            { field: "share_of_whole_text", type: "nominal", title: say("chart.share_of_whole", undefined, lang) },
          ],
        },
      },
      {
        // A segment too narrow for its label (at this width) goes without; the tooltip has it.
        mark: { type: "text", fontSize: 10, color: "#ffffff" },
        encoding: {
          x: { ...x, bandPosition: 0.5 },
          text: {
            condition: {
              test: `datum.share >= ${options.minLabelShare ?? 6} && datum.share / 100 * width >= ${LABEL_ROOM}`,
              field: "segment_text",
              type: "nominal",
            },
            value: "",
          },
        },
      },
    ],
  };
}

/** The axis title: the basis when every bar has the same, else a pointer to the tooltips. */
function axisTitle(parts: readonly BarParts[], firstBasis: string | undefined, lang: ChartLang): string {
  const kinds = new Set(parts.map((p) => p.basis));
  if (kinds.size === 1 && parts.length === 1 && firstBasis !== undefined) return firstBasis.replace(/^分母：/, "占");
  if (kinds.size === 1) {
    const [kind] = kinds;
    if (kind === "parts") return say("chart.share_of_parts", undefined, lang);
    if (kind === "whole") return say("chart.share_of_whole", undefined, lang);
    return say("chart.share_of_stated", undefined, lang);
  }
  return say("chart.share_mixed", undefined, lang);
}
