import { describe, expect, it } from "vitest";
import { auditChart } from "../../src/charts/audit-chart.js";
import { breakdownChart } from "../../src/charts/breakdown-chart.js";
import { donutChart } from "../../src/charts/donut-chart.js";
import { growthChart } from "../../src/charts/growth-chart.js";
import { growthHeatmap } from "../../src/charts/growth-heatmap.js";
import { slopeChart } from "../../src/charts/slope-chart.js";
import { templateChangesWithin, trendChart } from "../../src/charts/trend-chart.js";
import { toVegaSpec } from "../../src/render/to-vega-spec.js";
import { CHANNEL_AUDIT, CHANNEL_BREAKDOWN, GROWTH, TREND, TREND_ACROSS_TEMPLATES } from "./fixtures.js";
import { expectGolden } from "./golden.js";
import { schemaErrors } from "./vega-lite-schema.js";

const SLOPE = [
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "result_granted", year: 2023, value: 0 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "result_granted", year: 2024, value: 50 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "result_partial", year: 2023, value: 4 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "result_partial", year: 2024, value: 9 },
];

const SPECS = {
  "trend-proactive-items": trendChart(TREND),
  "trend-across-templates": trendChart(TREND_ACROSS_TEMPLATES, { title: "本年新收政府信息公开申请数量" }),
  "trend-en": trendChart(TREND, { lang: "en" }),
  growth: growthChart(GROWTH),
  "growth-heatmap": growthHeatmap(GROWTH),
  "breakdown-channels": breakdownChart(CHANNEL_BREAKDOWN, { title: "主动公开渠道" }),
  "donut-channels": donutChart(CHANNEL_BREAKDOWN),
  "slope-results": slopeChart(SLOPE),
  "audit-channels": auditChart(CHANNEL_AUDIT, { subtitle: "分母：各项合计 106,582" }),
};

/** Every field name an encoding or transform reads, anywhere in the spec. */
function fieldNames(spec: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if ((k === "field" || k === "as") && typeof v === "string") out.push(v);
        walk(v);
      }
    }
  };
  walk(spec);
  return out;
}

describe("chart builders", () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    it(`${name}: matches its golden spec, is valid Vega-Lite v6 and compiles without warnings`, async () => {
      expectGolden(name, spec);
      expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
      expect(schemaErrors(spec)).toEqual([]);
      expect((await toVegaSpec(spec)).warnings).toEqual([]);
    });

    it(`${name}: field names are plain identifiers (a dot would read as a nested field)`, () => {
      for (const f of fieldNames(spec)) expect(f).toMatch(/^[a-z_][a-z0-9_]*$/);
    });
  }
});

describe("trendChart(rows)", () => {
  it("trendChart(rows) marks no template change when the years stay inside one layout", () => {
    expect(templateChangesWithin([2016, 2017])).toEqual([]);
    expect(JSON.stringify(trendChart(TREND))).not.toContain("rule");
  });

  it("trendChart(rows) marks the 2019 and 2021 template changes between the last old and first new report", () => {
    expect(templateChangesWithin([2017, 2023, 2024])).toEqual([2019, 2021]);
    expect(templateChangesWithin([2019, 2020])).toEqual([]);
    const spec = trendChart(TREND_ACROSS_TEMPLATES) as { layer: { data?: { values: { year: number; label: string }[] } }[] };
    const marks = spec.layer.flatMap((l) => l.data?.values ?? []);
    // Two close rules: the labels on two lines, the first reading away from the second rule.
    expect(marks).toContainEqual({ year: 2018.5, label: "2019 新模板", label_y: 0, leftwards: true });
    expect(marks).toContainEqual({ year: 2020.5, label: "2021 新模板", label_y: 15, leftwards: false });
  });

  it("trendChart(rows) keeps an unstated value as null, never 0, and years as integers", () => {
    const spec = trendChart([...TREND, { entity: "jiamusi", metric: "proactive_items", year: 2018, value: null }]) as {
      data: { values: { year: number; value: number | null }[] };
    };
    expect(spec.data.values.map((v) => v.value)).toEqual([86781, 89370, null]);
    for (const v of spec.data.values) expect(Number.isInteger(v.year)).toBe(true);
  });

  it("trendChart(rows, {lang: 'en'}) labels with the catalogue's English labels", () => {
    const spec = trendChart(TREND, { lang: "en" }) as { title: string; data: { values: { metric_label: string }[] } };
    expect(spec.title).toBe("Items disclosed proactively");
    expect(spec.data.values[0]?.metric_label).toBe("Items disclosed proactively");
  });
});

describe("breakdownChart(rows) and donutChart(rows)", () => {
  it("donutChart(rows) names each part with its share of the parts to two decimals", () => {
    const spec = donutChart(CHANNEL_BREAKDOWN) as { data: { values: { legend_label: string }[] } };
    expect(spec.data.values.map((v) => v.legend_label)).toEqual([
      "通过政府公报公开  0.72%",
      "通过政府网站公开  41.83%",
      "通过政务微博公开  12.19%",
      "通过政务微信公开  18.98%",
      "通过其他方式公开  26.29%",
    ]);
  });

  it("breakdownChart(rows) stacks the parts in the order given, not alphabetically", () => {
    const spec = breakdownChart(CHANNEL_BREAKDOWN) as { data: { values: { metric: string; part_order: number }[] } };
    expect(spec.data.values.map((v) => [v.metric, v.part_order])).toEqual([
      ["channel_gazette", 0],
      ["channel_website", 1],
      ["channel_weibo", 2],
      ["channel_wechat", 3],
      ["channel_other", 4],
    ]);
  });
});

describe("growthChart(rows)", () => {
  it("growthChart(rows) keeps a growth from 0 as null with its row, for a 'prior was 0' label", () => {
    const spec = growthChart(GROWTH) as { data: { values: { metric: string; change_pct: number | null; from_value: number | null }[] } };
    const recon = spec.data.values.find((v) => v.metric === "reconsideration.total");
    expect(recon).toMatchObject({ change_pct: null, from_value: 0 });
    expect(JSON.stringify(spec)).toContain("上年为0");
  });
});

describe("auditChart(rows)", () => {
  it("auditChart(rows) colours each verdict: agrees, truncated, disagrees", () => {
    const spec = auditChart(CHANNEL_AUDIT) as { data: { values: { metric: string; status: string }[] } };
    expect(spec.data.values.map((v) => [v.metric, v.status])).toEqual([
      ["channel_gazette", "相符"],
      ["channel_website", "不符"],
      ["channel_weibo", "相符"],
      ["channel_wechat", "截断而非四舍五入"],
      ["channel_other", "不符"],
    ]);
  });
});
