/**
 * Coverage as a heatmap: one row per body, one column per year, each cell coloured by its status
 * (report present, missing, failing validation, scope changed, only derived figures, not expected) and
 * marked with the status's symbol, so it reads in grey print too. The question it answers is in the
 * title: who has not published the latest year. Those bodies come first, their names in red.
 */
import type { TopLevelSpec } from "vega-lite";
import { COVERAGE_STATUSES, type CoverageStatus } from "../coverage/coverage.js";
import { coverageWord, STATUS_SYMBOL, statusWord } from "../coverage/coverage-words.js";
import { say } from "../messages/catalogue.js";
import { distinct } from "./series-label.js";
import { type ChartLang, COLORS, chartConfig, VEGA_LITE_SCHEMA } from "./theme.js";
import { chartTitle, LEGEND_CHARS, needsTwoLines, wrapLabelExpr } from "./wrap-text.js";

export interface CoverageChartRow {
  entity: string;
  entity_label: string;
  year: number;
  status: CoverageStatus;
  /** What the tooltip adds: the scope change, the first problem. */
  note?: string;
}

export interface CoverageChartOptions {
  lang?: ChartLang;
  /** The year the title asks about (default the latest year in the rows). */
  latest?: number;
  title?: string;
  subtitle?: string;
  /** Bodies drawn at most (default 40); past it, only bodies with a gap, a failing file or a scope change. */
  maxBodies?: number;
}

const MAX_BODIES = 40;
/** Statuses that make a body worth drawing when not all can be. */
const FLAGGED = new Set<CoverageStatus>(["missing", "failing", "scope_changed"]);

/** Status colours: missing is the loudest, not expected the quietest. */
const STATUS_COLOR: Record<CoverageStatus, string> = {
  present: "#3a9a5b",
  failing: "#8e5ab5",
  scope_changed: COLORS.truncated,
  derived: "#9ecae1",
  missing: COLORS.fall,
  outside: "#f2f2f2",
};

/** Statuses whose colour is dark enough to need a white symbol. */
const DARK = new Set<CoverageStatus>(["present", "failing", "missing"]);

export function coverageChart(rows: readonly CoverageChartRow[], options: CoverageChartOptions = {}): TopLevelSpec {
  const lang = options.lang ?? "zh";
  const latest = options.latest ?? Math.max(...rows.map((r) => r.year));
  const lagging = distinct(rows.filter((r) => r.year === latest && r.status === "missing").map((r) => r.entity_label));
  const bodies = distinct(rows.map((r) => r.entity_label));
  const all = [...lagging, ...bodies.filter((b) => !lagging.includes(b))];
  // Many bodies: only those with a gap, a failing file or a scope change are drawn (lagging first), at
  // most MAX_BODIES, so the page stays readable; the subtitle says how many are drawn.
  const max = options.maxBodies ?? MAX_BODIES;
  const flagged = new Set(rows.filter((r) => FLAGGED.has(r.status)).map((r) => r.entity_label));
  const order = all.length <= max ? all : all.filter((b) => flagged.has(b)).slice(0, max);
  const drawn = new Set(order);
  const kept = rows.filter((r) => drawn.has(r.entity_label));
  const shown = COVERAGE_STATUSES.filter((s) => kept.some((r) => r.status === s));
  const values = kept.map((r) => ({
    entity: r.entity,
    entity_label: r.entity_label,
    year: r.year,
    status: r.status,
    status_label: statusWord(r.status, lang),
    symbol: r.status === "outside" ? "" : STATUS_SYMBOL[r.status],
    dark: DARK.has(r.status),
    note: r.note ?? "",
  }));
  const title = options.title ?? say("chart.coverage_title", { year: latest }, lang);
  const drawnText = order.length === all.length ? "" : say("chart.coverage_drawn", { count: order.length }, lang);
  const subtitle =
    options.subtitle ??
    say("chart.coverage_subtitle", { bodies: bodies.length, lagging: lagging.length, year: latest, drawn: drawnText }, lang);
  const red = lagging.length === 0 ? "false" : `indexof([${lagging.map((l) => JSON.stringify(l)).join(", ")}], datum.value) >= 0`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(title, subtitle),
    width: { step: 40 },
    height: { step: needsTwoLines(order, LEGEND_CHARS) ? 36 : 24 },
    config: chartConfig(),
    data: { values },
    encoding: {
      x: {
        field: "year",
        type: "ordinal",
        title: null,
        axis: { orient: "top", labelAngle: 0, domain: false, ticks: false },
      },
      y: {
        field: "entity_label",
        type: "nominal",
        title: null,
        sort: order,
        axis: {
          domain: false,
          ticks: false,
          labelLimit: 340,
          labelExpr: wrapLabelExpr(LEGEND_CHARS),
          labelColor: { condition: { test: red, value: COLORS.mismatch }, value: "#333333" },
          labelFontWeight: { condition: { test: red, value: "bold" }, value: "normal" },
        },
      },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "#ffffff", strokeWidth: 1 },
        encoding: {
          color: {
            field: "status_label",
            type: "nominal",
            title: coverageWord("status", lang),
            scale: { domain: shown.map((s) => statusWord(s, lang)), range: shown.map((s) => STATUS_COLOR[s]) },
            legend: { orient: "right" },
          },
          tooltip: [
            { field: "entity_label", type: "nominal", title: say("chart.entity", undefined, lang) },
            { field: "year", type: "ordinal", title: say("chart.year", undefined, lang) },
            { field: "status_label", type: "nominal", title: coverageWord("status", lang) },
            { field: "note", type: "nominal", title: say("chart.note", undefined, lang) },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          text: { field: "symbol", type: "nominal" },
          color: { condition: { test: "datum.dark", value: "#ffffff" }, value: "#222222" },
        },
      },
    ],
  };
}
