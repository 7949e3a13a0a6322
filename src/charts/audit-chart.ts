/**
 * Printed shares against the shares the counts give: per part, a hollow mark at the printed share and
 * a filled one at the computed share, joined by a line: green where they agree at the printed
 * precision, amber where the printed figure is the computed one truncated, red where they disagree. The label gives
 * both figures ("41.4% → 41.83%"), so a reader can check the report without the table.
 */
import type { TopLevelSpec } from "vega-lite";
import { say } from "../messages/catalogue.js";
import type { AuditChartRow } from "./chart-rows.js";
import { PERCENT_AXIS, printedPercentExpr, quote } from "./number-format.js";
import { partLabel } from "./part-labels.js";
import { CHART_WIDTH, type ChartLang, COLORS, chartConfig, RESPONSIVE, VEGA_LITE_SCHEMA } from "./theme.js";
import { AXIS_CHARS, chartTitle, needsTwoLines, wrapLabelExpr } from "./wrap-text.js";

export interface AuditChartOptions {
  lang?: ChartLang;
  title?: string;
  /** Says what the computed shares divide by, e.g. "各渠道合计 106,582". */
  subtitle?: string;
  width?: number;
  step?: number;
}

export function auditChart(rows: readonly AuditChartRow[], options: AuditChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const words = {
    agrees: say("chart.match", undefined, lang),
    truncated: say("chart.truncated", undefined, lang),
    disagrees: say("chart.mismatch", undefined, lang),
  };
  const values = rows.map((r) => ({
    metric: r.metric,
    applicant: r.applicant ?? null,
    part_label: partLabel(r, lang),
    printed: r.printed,
    computed: r.computed,
    status: words[r.verdict],
  }));
  const largest = Math.max(0, ...values.flatMap((v) => (v.computed === null ? [v.printed] : [v.printed, v.computed])));
  const y = {
    field: "part_label",
    type: "nominal" as const,
    title: null,
    sort: values.map((v) => v.part_label),
    axis: { domain: false, ticks: false, labelPadding: 10, labelExpr: wrapLabelExpr(AXIS_CHARS) },
  };
  const color = {
    field: "status",
    type: "nominal" as const,
    title: say("chart.status", undefined, lang),
    scale: { domain: [words.agrees, words.truncated, words.disagrees], range: [COLORS.match, COLORS.truncated, COLORS.mismatch] },
    legend: { orient: "bottom" as const },
  };
  const title = options.title ?? `${say("chart.printed_share", undefined, lang)} / ${say("chart.computed_share", undefined, lang)}`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, options.subtitle),
    width: options.width ?? CHART_WIDTH,
    height: { step: options.step ?? (needsTwoLines(values.map((v) => v.part_label)) ? 38 : 30) },
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    transform: [
      {
        calculate: `${printedPercentExpr("printed")} + (isValid(datum.computed) ? ' → ' + format(datum.computed, '.2f') + '%' : ${quote(` → ${say("chart.not_comparable", undefined, lang)}`)})`,
        as: "audit_label",
      },
      // The label reads away from the middle: right of the pair's right mark in the axis's left half, left
      // of its left mark in the right half, so at any width it stays inside the chart.
      { calculate: `(isValid(datum.computed) ? max(datum.printed, datum.computed) : datum.printed) > ${largest / 2}`, as: "label_left" },
      {
        calculate:
          "isValid(datum.computed) ? (datum.label_left ? min(datum.printed, datum.computed) : max(datum.printed, datum.computed)) : datum.printed",
        as: "label_at",
      },
    ],
    encoding: { y },
    layer: [
      {
        transform: [{ filter: "isValid(datum.computed)" }],
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: { field: "printed", type: "quantitative" },
          x2: { field: "computed" },
          color,
        },
      },
      {
        mark: { type: "point", filled: false, size: 70, strokeWidth: 2 },
        encoding: {
          x: {
            field: "printed",
            type: "quantitative",
            title: say("chart.share", undefined, lang),
            scale: { zero: true },
            axis: { labelExpr: PERCENT_AXIS },
          },
          color,
          tooltip: [
            { field: "part_label", type: "nominal", title: say("chart.part", undefined, lang) },
            { field: "printed", type: "quantitative", title: say("chart.printed_share", undefined, lang), format: ".2~f" },
            { field: "computed", type: "quantitative", title: say("chart.computed_share", undefined, lang), format: ".4~f" },
            { field: "status", type: "nominal", title: say("chart.status", undefined, lang) },
          ],
        },
      },
      {
        transform: [{ filter: "isValid(datum.computed)" }],
        mark: { type: "point", filled: true, size: 70 },
        encoding: { x: { field: "computed", type: "quantitative" }, color },
      },
      {
        mark: {
          type: "text",
          align: { expr: "datum.label_left ? 'right' : 'left'" },
          dx: { expr: "datum.label_left ? -10 : 10" },
          fontSize: 10,
        },
        encoding: {
          x: { field: "label_at", type: "quantitative" },
          text: { field: "audit_label", type: "nominal" },
          color,
        },
      },
    ],
  };
}
