/**
 * A line chart of one or more series over the years. Years sit on a linear axis (format "d", ticks at
 * the years present), so a gap between reports shows as a gap in time. When the years span the 2019 or
 * the 2021 template change, a dashed rule between the last old and the first new report marks it: a
 * series read across it compares figures defined by different forms. A body whose report changed the
 * scope it counts (全区 → 办公室, from entity.json's `scope`) is marked the same way: a rule labelled with
 * the change for one body; with several bodies, that body's segment dashed and the change in the subtitle.
 */
import type { TopLevelSpec } from "vega-lite";
import { type ScopeChange, scopeChanges } from "../coverage/scope-by-year.js";
import { say } from "../messages/catalogue.js";
import type { TrendChartRow } from "./chart-rows.js";
import { countAxisLabelExpr, EXACT_NUMBER } from "./number-format.js";
import { refuseRepeatedPoints } from "./refuse-rows.js";
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
  /** Each body's (entity id's) scope by year, from `scopeByYear` over its entity.json. */
  scopes?: ReadonlyMap<string, ReadonlyMap<number, string>>;
}

/** "范围改变：全区→办公室", the label of a scope rule. */
export function scopeChangeText(c: Pick<ScopeChange, "from" | "to">, lang: ChartLang): string {
  return say("chart.scope_rule", { from: c.from, to: c.to }, lang);
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
  refuseRepeatedPoints(rows, "trendChart");
  const shape = seriesShape(rows);
  // Scope changes between two consecutive years drawn for a body: one body gets rules, several get
  // dashed segments (a rule would not say whose scope changed).
  const scoped = shape.entities.flatMap((entity) => {
    const scopes = options.scopes?.get(entity);
    if (scopes === undefined) return [];
    const drawn = rows.filter((r) => r.entity === entity && r.value !== null).map((r) => r.year);
    return scopeChanges(scopes, drawn).map((c) => ({ ...c, entity }));
  });
  const scopeRules = shape.entities.length === 1 ? scoped : [];
  const scopeSegments = shape.entities.length === 1 ? [] : scoped;
  const values = rows.map((r) => {
    const l = seriesLabels(r, shape, lang);
    // A series' line breaks at each dashed scope change: "segment" counts the changes up to the year.
    const breaks = scopeSegments.filter((c) => c.entity === r.entity && c.to_year <= r.year).length;
    return {
      entity: r.entity,
      entity_label: l.entity_label,
      metric: r.metric,
      metric_label: l.metric_label,
      series: l.series,
      year: r.year,
      value: r.value,
      point_kind: r.basis === "crosswalk" ? say("chart.crosswalked", undefined, lang) : say("chart.as_printed", undefined, lang),
      ...(scopeSegments.length > 0 ? { segment: `${l.series}#${breaks}` } : {}),
    };
  });
  const years = distinct(rows.map((r) => r.year)).sort((a, b) => a - b);
  const series = distinct(values.map((v) => v.series));
  const crosswalked = rows.some((r) => r.basis === "crosswalk");
  // One series needs no legend (the title names it); several get one below the plot, one a line, so a
  // phone-width chart keeps its plot.
  const colorLegend = series.length === 1 ? null : { orient: "bottom" as const, columns: 1, labelExpr: wrapLabelExpr(LEGEND_CHARS) };
  const changes = templateChangesWithin(years);
  const ruleCount = changes.length + scopeRules.length;
  const height = options.height ?? CHART_HEIGHT;
  const labelled = series.length === 1;
  // With template rules, the top of the plot is kept free of points for the rules' labels (and the
  // value label above the highest point): the value axis reaches that far above the largest value.
  const top = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const reserved = ruleCount * RULE_LINE + (labelled ? 28 : 6);
  const headroom = ruleCount > 0 && top > 0 && reserved < height / 2 ? top / (1 - reserved / height) : undefined;
  const title = options.title ?? (shape.metrics.length === 1 ? (values[0]?.metric_label ?? "") : (values[0]?.entity_label ?? ""));
  const x = {
    field: "year",
    type: "quantitative" as const,
    title: say("chart.year", undefined, lang),
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
        ...(scopeSegments.length > 0 ? { detail: { field: "segment", type: "nominal" as const } } : {}),
        tooltip: [
          { field: "entity_label", type: "nominal", title: say("chart.entity", undefined, lang) },
          { field: "metric_label", type: "nominal", title: say("chart.metric", undefined, lang) },
          { field: "year", type: "quantitative", title: say("chart.year", undefined, lang), format: "d" },
          { field: "value", type: "quantitative", title: say("chart.value", undefined, lang), format: EXACT_NUMBER },
        ],
      },
    },
  ];
  if (scopeSegments.length > 0) {
    // The segment across a scope change, dashed in the series' colour: the two figures count different
    // things, so the line between them is not a trend.
    const dashed = scopeSegments.flatMap((c, i) =>
      values
        .filter((v) => v.entity === c.entity && (v.year === c.from_year || v.year === c.to_year))
        .map((v) => ({ series: v.series, year: v.year, value: v.value, pair: i })),
    );
    layers.push({
      data: { values: dashed },
      mark: { type: "line", strokeDash: [5, 4], strokeWidth: 2 },
      encoding: {
        x,
        y: { field: "value", type: "quantitative" },
        color: { field: "series", type: "nominal", sort: series, legend: colorLegend },
        detail: { field: "pair", type: "nominal" },
      },
    });
  }
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
          scale: { domain: [say("chart.as_printed", undefined, lang), say("chart.crosswalked", undefined, lang)], range: ["circle", RING] },
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
  if (ruleCount > 0) {
    // One line each, top down in year order; with two template rules the first label reads leftwards
    // and the second rightwards, so on a narrow chart neither runs across the other rule. A scope rule
    // reads towards the middle of the plot (leftwards in its right half), so its longer label stays
    // inside the chart.
    const middle = years.length === 0 ? 0 : ((years[0] as number) + (years[years.length - 1] as number)) / 2;
    const rules = [
      ...changes.map((y, i) => ({
        year: y - 0.5,
        label: say(y === 2019 ? "chart.template_2019" : "chart.template_2021", undefined, lang),
        leftwards: changes.length > 1 && i === 0,
      })),
      ...scopeRules.map((c) => {
        const year = (c.from_year + c.to_year) / 2;
        return { year, label: scopeChangeText(c, lang), leftwards: year > middle };
      }),
    ].sort((a, b) => a.year - b.year);
    const marks = rules.map((m, i) => ({ year: m.year, label: m.label, label_y: i * RULE_LINE, leftwards: m.leftwards }));
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
  // Dashed segments are explained in the subtitle: whose scope changed, between which years, from what to what.
  function subtitleWithScopes(subtitle: string | undefined): string | undefined {
    if (scopeSegments.length === 0) return subtitle;
    const said = scopeSegments.map((c) => {
      const who = values.find((v) => v.entity === c.entity)?.entity_label ?? c.entity;
      return say("chart.scope_dashed", { who, from_year: c.from_year, to_year: c.to_year, change: scopeChangeText(c, lang) }, lang);
    });
    return [subtitle, ...said].filter((t) => t !== undefined && t !== "").join(say("chart.subtitle_separator", undefined, lang));
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    // Crosswalked points are never drawn without a word: with no subtitle given, the note is the subtitle.
    title: chartTitle(
      title,
      subtitleWithScopes(options.subtitle ?? (crosswalked ? say("chart.crosswalk_note", undefined, lang) : undefined)),
    ),
    width: options.width ?? CHART_WIDTH,
    height,
    config: chartConfig(),
    usermeta: RESPONSIVE,
    data: { values },
    layer: layers,
  };
}
