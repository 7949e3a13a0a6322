import { describe, expect, it } from "vitest";
import type { GrowthChartRow } from "../../src/charts/chart-rows.js";
import { growthChart } from "../../src/charts/growth-chart.js";

// yoy()-shaped rows: new requests 21 → 95 in the 总计 column, 20 → 90 from natural persons, 1 → 5 from firms.
const row = (applicant: GrowthChartRow["applicant"], from: number, to: number): GrowthChartRow => ({
  entity: "huaian-hongze",
  entity_label: "淮安市洪泽区",
  metric: "requests_new",
  applicant,
  from_year: 2023,
  to_year: 2024,
  from_value: from,
  to_value: to,
  change: to - from,
  change_pct: ((to - from) / from) * 100,
});
const ROWS = [row(null, 21, 95), row("natural_person", 20, 90), row("commercial_enterprise", 1, 5)];

describe("growthChart(rows) and applicant columns", () => {
  it("draws only the 总计 column by default, never every applicant column on one bar", () => {
    const spec = growthChart(ROWS) as unknown as { data: { values: { category: string; to_value: number }[] } };
    expect(spec.data.values.map((v) => [v.category, v.to_value])).toEqual([["本年新收政府信息公开申请数量", 95]]);
  });

  it("with applicants: true, gives each applicant column a bar of its own, named", () => {
    const spec = growthChart(ROWS, { applicants: true }) as unknown as { data: { values: { category: string }[] } };
    expect(spec.data.values.map((v) => v.category)).toEqual([
      "本年新收政府信息公开申请数量",
      "本年新收政府信息公开申请数量 · 自然人",
      "本年新收政府信息公开申请数量 · 商业企业",
    ]);
  });
});
