import { describe, expect, it } from "vitest";
import { trendChart } from "../../src/charts/trend-chart.js";
import { toVegaSpec } from "../../src/render/to-vega-spec.js";

// 佳木斯市 2017 收到申请数 82 read as 新收申请 through the crosswalk, beside 洪泽区's own 2023 figure 21.
const ROWS = [
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "requests_new", year: 2017, value: 82, basis: "crosswalk" },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "requests_new", year: 2023, value: 21, basis: "printed" },
];

describe("trendChart(rows) with crosswalked points", () => {
  it("draws a crosswalked point hollow (a ring) and says so in a legend, printed points as discs", async () => {
    const spec = trendChart(ROWS) as unknown as { data: { values: { year: number; point_kind: string }[] } };
    expect(spec.data.values.map((v) => [v.year, v.point_kind])).toEqual([
      [2017, "按对照表取自旧格式（近似可比）"],
      [2023, "报告所列数字"],
    ]);
    const { spec: vega, warnings } = await toVegaSpec(trendChart(ROWS));
    expect(warnings).toEqual([]);
    const legends = (vega as { legends?: { shape?: string }[] }).legends ?? [];
    expect(legends.filter((l) => l.shape !== undefined)).toHaveLength(1);
    expect(JSON.stringify(vega)).toContain("M-1,0A1,1,0,1,0,1,0");
  });

  it("draws no ring and no extra legend when no point is crosswalked", async () => {
    const { spec: vega } = await toVegaSpec(trendChart(ROWS.map((r) => ({ ...r, basis: "printed" }))));
    expect(JSON.stringify(vega)).not.toContain("M-1,0A1,1,0,1,0,1,0");
  });
});

describe("trendChart(rows) from raw compute rows", () => {
  it("names bodies by the rows' entity_name, not their ids, and carries the crosswalk note when no subtitle is given", () => {
    const raw = ROWS.map(({ entity_label, ...r }) => ({ ...r, entity_name: entity_label }));
    const spec = trendChart(raw) as unknown as { title: { subtitle: string }; data: { values: { series: string }[] } };
    expect(spec.data.values.map((v) => v.series)).toEqual(["佳木斯市", "淮安市洪泽区"]);
    expect(spec.title.subtitle).toBe("2019年以前的数字按对照表取自旧格式的对应指标（近似可比）");
  });
});
