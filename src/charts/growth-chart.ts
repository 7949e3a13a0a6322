/**
 * Year-over-year growth as diverging horizontal bars: rises to the right, falls to the left, each with
 * a signed label (+2.98%). A growth that cannot be computed keeps its row, with no bar and a label
 * saying why ("上年为0" or "无上年数据"), so a missing figure is visibly missing, never zero.
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import { applicantLabel } from "./applicant-label.js";
import { bodyYears } from "./body-years.js";
import type { GrowthChartRow } from "./chart-rows.js";
import { growthAxisCap } from "./growth-axis-cap.js";
import { EXACT_NUMBER, growthTextExpr, isNumberExpr, quote, SIGNED_PERCENT_AXIS } from "./number-format.js";
import { seriesLabels, seriesShape } from "./series-label.js";
import { CHART_WIDTH, type ChartLang, COLORS, chartConfig, RESPONSIVE, VEGA_LITE_SCHEMA } from "./theme.js";
import { AXIS_CHARS, chartTitle, needsTwoLines, wrapLabelExpr } from "./wrap-text.js";

export interface GrowthChartOptions {
  lang?: ChartLang;
  title?: string;
  subtitle?: string;
  width?: number;
  /** Height of one bar's band, in pixels. Default 26. */
  step?: number;
  /**
   * Draw the applicant columns of table 三 figures as bars of their own. Default false: only the 总计
   * column is drawn, so a year-over-year table (every applicant column a row) never stacks them on one
   * bar.
   */
  applicants?: boolean;
}

export function growthChart(allRows: readonly GrowthChartRow[], options: GrowthChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const rows = options.applicants === true ? allRows : allRows.filter((r) => r.applicant === undefined || r.applicant === null);
  const shape = seriesShape(rows);
  const severalSpans = new Set(rows.map((r) => `${r.from_year}-${r.to_year}`)).size > 1;
  const cap = growthAxisCap(rows.map((r) => r.change_pct));
  const values = rows.map((r) => {
    const l = seriesLabels(r, shape, lang);
    const span = `${r.from_year}→${r.to_year}`;
    return {
      entity: r.entity,
      entity_label: l.entity_label,
      metric: r.metric,
      metric_label: l.metric_label,
      category: `${l.series}${r.applicant ? ` · ${applicantLabel(r.applicant, lang)}` : ""}${severalSpans ? ` ${span}` : ""}`,
      span,
      from_year: r.from_year,
      to_year: r.to_year,
      from_value: r.from_value,
      to_value: r.to_value,
      change: r.change,
      change_pct: r.change_pct,
      // Where the bar ends: the growth, or the axis's end for a growth beyond it (growth-axis-cap.ts).
      bar_pct: r.change_pct === null || cap === null ? r.change_pct : Math.max(-cap, Math.min(cap, r.change_pct)),
      clipped: r.change_pct !== null && cap !== null && Math.abs(r.change_pct) > cap,
    };
  });
  const valid = isNumberExpr("change_pct");
  const hasRise = rows.some((r) => r.change_pct !== null && r.change_pct > 0);
  const hasFall = rows.some((r) => r.change_pct !== null && r.change_pct < 0);
  const y = {
    field: "category",
    type: "nominal" as const,
    title: null,
    sort: values.map((v) => v.category),
    axis: { labelLimit: 340, domain: false, ticks: false, labelExpr: wrapLabelExpr(AXIS_CHARS) },
  };
  const title = options.title ?? say("chart.growth", undefined, lang);
  // One body's chart names it and its years; several bodies' bars name theirs.
  const subtitle =
    options.subtitle ??
    bodyYears(
      rows,
      rows.flatMap((r) => [r.from_year, r.to_year]),
    ) ??
    (severalSpans ? undefined : values[0]?.span);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, subtitle),
    width: options.width ?? CHART_WIDTH,
    height: { step: options.step ?? (needsTwoLines(values.map((v) => v.category)) ? 38 : 26) },
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    transform: [
      { calculate: growthTextExpr(lang), as: "growth_text" },
      { calculate: `${valid} ? datum.bar_pct : 0`, as: "label_at" },
      {
        calculate: `${valid} ? (datum.change_pct < 0 ? ${quote(say("chart.fall", undefined, lang))} : ${quote(say("chart.rise", undefined, lang))}) : ""`,
        as: "direction",
      },
    ],
    layer: [
      {
        transform: [{ filter: valid }],
        mark: { type: "bar", cornerRadiusEnd: 2, height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: "bar_pct",
            type: "quantitative",
            title: say("chart.growth", undefined, lang),
            // Room beyond the longest bars for their labels, so a label never runs into the axis. An
            // axis cut short of an extreme growth stops at ±cap (0 in the middle, always marked).
            scale: cap === null ? { padding: 70 } : { padding: 70, domain: [hasFall ? -cap : 0, hasRise ? cap : 0], nice: false },
            axis: { labelExpr: SIGNED_PERCENT_AXIS },
          },
          color: {
            field: "direction",
            type: "nominal",
            legend: null,
            scale: { domain: [say("chart.rise", undefined, lang), say("chart.fall", undefined, lang)], range: [COLORS.rise, COLORS.fall] },
          },
          tooltip: [
            { field: "category", type: "nominal", title: say("chart.metric", undefined, lang) },
            { field: "from_value", type: "quantitative", title: say("chart.prior_year", undefined, lang), format: EXACT_NUMBER },
            { field: "to_value", type: "quantitative", title: say("chart.value", undefined, lang), format: EXACT_NUMBER },
            { field: "growth_text", type: "nominal", title: say("chart.growth", undefined, lang) },
          ],
        },
      },
      {
        // A cut bar carries a break mark near its end; its label still gives the exact growth.
        transform: [{ filter: "datum.clipped" }, { calculate: "datum.bar_pct * 0.82", as: "break_at" }],
        mark: { type: "text", text: "//", fontSize: 13, fontWeight: "bold", color: "#ffffff" },
        encoding: { y, x: { field: "break_at", type: "quantitative" } },
      },
      {
        mark: {
          type: "text",
          fontSize: 11,
          dx: { expr: "datum.label_at < 0 ? -4 : 4" },
          align: { expr: "datum.label_at < 0 ? 'right' : 'left'" },
        },
        encoding: {
          y,
          x: { field: "label_at", type: "quantitative" },
          text: { field: "growth_text", type: "nominal" },
          color: { condition: { test: valid, value: "#222222" }, value: COLORS.neutral },
        },
      },
      {
        // One zero line for the whole chart, not one per row.
        data: { values: [{}] },
        mark: { type: "rule", color: "#555555" },
        encoding: { x: { datum: 0, type: "quantitative" } },
      },
    ],
  };
}
