import { describe, expect, it } from "vitest";
import { breakdownChart } from "../../src/charts/breakdown-chart.js";
import { barParts } from "../../src/charts/breakdown-parts.js";
import type { BreakdownChartRow } from "../../src/charts/chart-rows.js";
import { donutChart } from "../../src/charts/donut-chart.js";

/**
 * 办理结果 of 805 requests with two categories not stated (figures made up for the case): 无法提供 265
 * is 265/805 = 32.92% of the whole, but 265/457 = 57.99% of the stated parts (100+50+265+42).
 */
const RESULTS: [string, number | null][] = [
  ["result_granted", 100],
  ["result_partial", 50],
  ["result_denied", null],
  ["result_unavailable", 265],
  ["result_not_processed", 42],
  ["result_other", null],
];
const rows = (whole: number | null): BreakdownChartRow[] =>
  RESULTS.map(([metric, value]) => ({
    entity: "x",
    year: 2024,
    metric,
    group: "result_categories",
    value,
    whole_value: whole,
    share_of_parts: null,
    share_of_whole: whole === null || value === null ? null : (value / whole) * 100,
  }));

describe("barParts(rows)", () => {
  it("unstated parts of a partition with its whole stated: shares of the whole and a 未说明 rest (805 − 457 = 348)", () => {
    const p = barParts(rows(805), "zh");
    expect(p.basis).toBe("whole");
    expect(p.basis_value).toBe(805);
    expect(p.unstated).toEqual(["不予公开（合计）", "其他处理"]);
    const unavailable = p.segments.find((s) => s.part_label === "无法提供（合计）");
    expect(unavailable?.share.toFixed(2)).toBe("32.92");
    expect(p.segments.at(-1)).toMatchObject({ part_label: "未说明", key: null, value: 348 });
    expect(p.segments.reduce((a, s) => a + s.value, 0)).toBe(805);
  });

  it("unstated parts and no whole: shares of the stated parts, said as such", () => {
    const p = barParts(rows(null), "zh");
    expect(p.basis).toBe("stated");
    expect(p.basis_value).toBe(457);
    expect(p.segments.map((s) => s.part_label)).not.toContain("未说明");
  });

  it("an overlapping group (channels) with a part not stated gets no remainder: its parts may count an item twice", () => {
    const channels: BreakdownChartRow[] = [
      {
        entity: "x",
        year: 2017,
        metric: "channel_website",
        group: "proactive_channels",
        value: 500,
        whole_value: 400,
        share_of_parts: null,
        share_of_whole: 125,
      },
      {
        entity: "x",
        year: 2017,
        metric: "channel_weibo",
        group: "proactive_channels",
        value: null,
        whole_value: 400,
        share_of_parts: null,
        share_of_whole: null,
      },
    ];
    expect(barParts(channels, "zh").basis).toBe("stated");
  });
});

describe("charts of a breakdown with unstated parts", () => {
  it("donutChart draws the rest as a grey 未说明 slice and names the denominator in its subtitle", () => {
    const spec = donutChart(rows(805), { title: "办理结果 2024", subtitle: "某区" }) as unknown as {
      title: { subtitle: string };
      data: { values: { legend_label: string; value: number }[] };
    };
    expect(spec.title.subtitle).toBe("某区 · 分母：办理结果总计 805（2项未说明）");
    expect(spec.data.values.map((v) => v.legend_label)).toContain("无法提供（合计）  32.92%");
    expect(spec.data.values.at(-1)).toMatchObject({ legend_label: "未说明  43.23%", value: 348 });
    expect(JSON.stringify(spec)).toContain("#c4c4c4");
  });

  it("breakdownChart gives each bar its basis: shares of the whole in one year, of the parts in another", () => {
    const complete: BreakdownChartRow[] = RESULTS.map(([metric]) => ({
      entity: "x",
      year: 2023,
      metric,
      group: "result_categories",
      value: 10,
      whole_value: 60,
      share_of_parts: 100 / 6,
      share_of_whole: 100 / 6,
    }));
    const spec = breakdownChart([...complete, ...rows(805)]) as unknown as {
      encoding: { x: { title: string } };
      data: { values: { bar: string; part_label: string; basis: string }[] };
    };
    expect(spec.encoding.x.title).toBe("占比（各年分母不同，见提示）");
    const basis = (bar: string) => [...new Set(spec.data.values.filter((v) => v.bar === bar).map((v) => v.basis))];
    expect(basis("2023")).toEqual(["分母：各项合计 60"]);
    expect(basis("2024")).toEqual(["分母：办理结果总计 805（2项未说明）"]);
  });
});
