/**
 * Generated charts that crowd their labels on purpose: close values, many series, long Chinese labels,
 * extreme growth, tiny segments. The label tests draw each at phone and desktop width and count
 * overlapping texts; the figures are arbitrary (they test layout, not arithmetic).
 */
import type { TopLevelSpec } from "vega-lite";
import { auditChart } from "../../src/charts/audit-chart.js";
import { breakdownChart } from "../../src/charts/breakdown-chart.js";
import type { BreakdownChartRow, GrowthChartRow, TrendChartRow } from "../../src/charts/chart-rows.js";
import { donutChart } from "../../src/charts/donut-chart.js";
import { growthChart } from "../../src/charts/growth-chart.js";
import { growthHeatmap } from "../../src/charts/growth-heatmap.js";
import { slopeChart } from "../../src/charts/slope-chart.js";
import { trendChart } from "../../src/charts/trend-chart.js";

const LONG = "某某省某某市某某县人民政府办公室政务公开与信息化管理科";
const BODIES = Array.from({ length: 12 }, (_, i) => ({ entity: `body-${i}`, entity_label: i % 3 === 0 ? `${LONG}${i}` : `第${i}机关` }));
const RESULTS = ["result_granted", "result_partial", "result_denied", "result_unavailable", "result_not_processed", "result_other"];
const ANSWERS = [
  "answer_already_public",
  "answer_granted",
  "answer_partial",
  "answer_refused",
  "answer_not_this_agency",
  "answer_not_exist",
  "answer_amend",
  "answer_other_route",
];

function closeSlope(): TrendChartRow[] {
  // Six series ending within a few units of one another, three of them equal, one only in one year.
  const ends = [
    [100, 101],
    [101, 101],
    [102, 101],
    [0, 0],
    [1, 0],
    [3, 2],
  ];
  return RESULTS.flatMap((metric, i) => [
    { entity: "x", metric, year: 2023, value: ends[i]?.[0] ?? null },
    { entity: "x", metric, year: 2024, value: i === 5 ? null : (ends[i]?.[1] ?? null) },
  ]);
}

function manySeriesTrend(): TrendChartRow[] {
  const years = [2014, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
  return BODIES.flatMap((b, i) => years.map((year) => ({ ...b, metric: "requests_new", year, value: 1000 + ((i * 7 + year) % 5) })));
}

function longTrend(): TrendChartRow[] {
  return Array.from({ length: 12 }, (_, i) => ({
    entity: "x",
    entity_label: LONG,
    metric: "proactive_items",
    year: 2014 + i,
    value: 1234567 + i * 3,
  }));
}

function crowdedBreakdown(): BreakdownChartRow[] {
  const values = [5, 6, 6, 7, 400, 6, 5, 7];
  const sum = values.reduce((a, b) => a + b, 0);
  return [2023, 2024].flatMap((year) =>
    ANSWERS.map((metric, i) => ({
      entity: "x",
      year,
      metric,
      part_label: `${metric === "answer_granted" ? "" : LONG.slice(0, 6 + i)}${i}`,
      value: values[i] as number,
      share_of_parts: ((values[i] as number) / sum) * 100,
      share_of_whole: null,
    })),
  );
}

function extremeGrowth(): GrowthChartRow[] {
  const rows: [string, number | null, number | null][] = [
    ["requests_new", 5, 95],
    ["result_total", 600, 1],
    ["proactive_items", 100, 101],
    ["reconsideration.total", 0, 3],
    ["licensing_decisions", null, 40],
    ["penalty_decisions", 1000, 1000],
  ];
  return rows.map(([metric, from, to]) => ({
    entity: "x",
    entity_label: LONG,
    metric,
    from_year: 2023,
    to_year: 2024,
    from_value: from,
    to_value: to,
    change: from === null || to === null ? null : to - from,
    change_pct: from === null || to === null || from === 0 ? null : ((to - from) / from) * 100,
  }));
}

export const WORST_CASES: Record<string, TopLevelSpec> = {
  "slope-close": slopeChart(closeSlope(), { title: "办理结果 2023 → 2024", subtitle: LONG }),
  "trend-many-series": trendChart(manySeriesTrend(), { title: "本年新收政府信息公开申请数量", subtitle: LONG }),
  "trend-long": trendChart(longTrend(), { subtitle: LONG }),
  // Scope rules beside both template rules: one at the 2021 rule's own place, one at the right edge with
  // long scope texts.
  "trend-scope-rules": trendChart(longTrend(), {
    subtitle: LONG,
    scopes: new Map([
      [
        "x",
        new Map([
          [2014, "全县"],
          [2021, "本级"],
          [2025, "县人民政府办公室政务公开科"],
        ]),
      ],
    ]),
  }),
  "trend-scope-segments": trendChart(manySeriesTrend(), {
    title: "本年新收政府信息公开申请数量",
    scopes: new Map([
      [
        "body-0",
        new Map([
          [2016, "全市"],
          [2020, "本级"],
        ]),
      ],
    ]),
  }),
  "breakdown-crowded": breakdownChart(crowdedBreakdown(), { title: "答复情况", subtitle: LONG }),
  "donut-crowded": donutChart(
    crowdedBreakdown().filter((r) => r.year === 2024),
    { title: "答复情况 2024", subtitle: LONG },
  ),
  "growth-extreme": growthChart(extremeGrowth(), { subtitle: `${LONG} 2023→2024` }),
  "heatmap-many": growthHeatmap(
    BODIES.flatMap((b, i) =>
      extremeGrowth()
        .slice(0, 2)
        .map((r) => ({ ...r, ...b, change_pct: r.change_pct === null ? null : r.change_pct * (i + 1) })),
    ),
  ),
  "audit-close": auditChart(
    ANSWERS.map((metric, i) => ({
      metric,
      part_label: `${LONG.slice(0, 4 + i * 2)}`,
      printed: 10 + i * 0.1,
      computed: 10 + i * 0.1 + 0.04,
      verdict: "agrees",
    })),
    { subtitle: LONG },
  ),
};
