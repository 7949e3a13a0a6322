import { describe, expect, it } from "vitest";
import { breakdownChart } from "../../src/charts/breakdown-chart.js";
import type { GrowthChartRow, TrendChartRow } from "../../src/charts/chart-rows.js";
import { donutChart } from "../../src/charts/donut-chart.js";
import { growthChart } from "../../src/charts/growth-chart.js";
import { slopeChart } from "../../src/charts/slope-chart.js";
import { CHANNEL_BREAKDOWN, GROWTH } from "./fixtures.js";

type Titled = { title: string | { text: string; subtitle?: string } };
const subtitle = (spec: unknown) => {
  const t = (spec as Titled).title;
  return typeof t === "string" ? undefined : t.subtitle;
};

const HONGZE: GrowthChartRow = GROWTH.find((r) => r.entity === "huaian-hongze") as GrowthChartRow;

describe("single-body charts name their body and years", () => {
  it("growthChart of one body's rows: subtitle is the body and the span", () => {
    expect(subtitle(growthChart([HONGZE]))).toBe("淮安市洪泽区 2023→2024");
    // The English name comes from the caller, as every label does.
    expect(subtitle(growthChart([{ ...HONGZE, entity_label: "Hongze District" }], { lang: "en" }))).toBe("Hongze District 2023→2024");
  });

  it("growthChart of several bodies keeps its old subtitle (the bars name the bodies)", () => {
    const spans = new Set(GROWTH.map((r) => `${r.from_year}→${r.to_year}`));
    expect(new Set(GROWTH.map((r) => r.entity)).size).toBeGreaterThan(1);
    expect(subtitle(growthChart(GROWTH))).toBe(spans.size > 1 ? undefined : [...spans][0]);
  });

  it("breakdownChart of one body in one year says so; of two bodies it adds nothing", () => {
    expect(subtitle(breakdownChart(CHANNEL_BREAKDOWN, { title: "主动公开渠道" }))).toBe("佳木斯市 2017");
    const other = CHANNEL_BREAKDOWN.map((r) => ({ ...r, entity: "other", entity_label: "另一市" }));
    expect(subtitle(breakdownChart([...CHANNEL_BREAKDOWN, ...other], { title: "主动公开渠道" }))).toBeUndefined();
  });

  it("donutChart names the body, and the year too when the caller's title replaces the default one", () => {
    expect(subtitle(donutChart(CHANNEL_BREAKDOWN))).toMatch(/^佳木斯市 · 分母：/);
    expect(subtitle(donutChart(CHANNEL_BREAKDOWN, { title: "渠道" }))).toMatch(/^佳木斯市 2017 · 分母：/);
  });

  it("slopeChart names the body; with a caller's title, the years as well", () => {
    const rows: TrendChartRow[] = [
      { entity: "shanghai-putuo", entity_label: "普陀区", metric: "result_granted", year: 2023, value: 3 },
      { entity: "shanghai-putuo", entity_label: "普陀区", metric: "result_granted", year: 2025, value: 5 },
    ];
    expect(subtitle(slopeChart(rows))).toBe("普陀区");
    expect(subtitle(slopeChart(rows, { title: "予以公开" }))).toBe("普陀区 2023→2025");
    // An explicit subtitle wins.
    expect(subtitle(slopeChart(rows, { subtitle: "x" }))).toBe("x");
  });
});
