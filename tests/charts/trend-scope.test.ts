import { describe, expect, it } from "vitest";
import { trendChart } from "../../src/charts/trend-chart.js";
import { toVegaSpec } from "../../src/render/to-vega-spec.js";

// 洪泽区 counted the whole district's requests in 2023 (21) and the district government office's in 2024 (17).
const HONGZE = [
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "requests_new", year: 2023, value: 21 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "requests_new", year: 2024, value: 17 },
];
const SCOPES = new Map([
  [
    "huaian-hongze",
    new Map([
      [2023, "全区"],
      [2024, "办公室"],
    ]),
  ],
]);

interface Layer {
  mark: { type: string; strokeDash?: number[] };
  data?: { values: Record<string, unknown>[] };
  encoding: Record<string, unknown>;
}
type Spec = { layer: Layer[]; title: string | { text: string; subtitle: string | string[] } };

const ruleLabels = (spec: Spec) =>
  spec.layer
    .filter((l) => l.mark.type === "text" && l.data !== undefined)
    .flatMap((l) => l.data?.values ?? [])
    .map((v) => [v.year, v.label, v.label_y]);

describe("trendChart(rows, { scopes }) marks a scope change like a template change", () => {
  it("draws a labelled rule between the two years of one body, valid Vega-Lite without warnings", async () => {
    const spec = trendChart(HONGZE, { scopes: SCOPES }) as unknown as Spec;
    expect(ruleLabels(spec)).toEqual([[2023.5, "范围改变：全区→办公室", 0]]);
    expect(spec.layer.some((l) => l.mark.type === "rule")).toBe(true);
    const en = trendChart(HONGZE, { scopes: SCOPES, lang: "en" }) as unknown as Spec;
    expect(ruleLabels(en)).toEqual([[2023.5, "scope: 全区 → 办公室", 0]]);
    const { warnings } = await toVegaSpec(trendChart(HONGZE, { scopes: SCOPES }));
    expect(warnings).toEqual([]);
  });

  it("stacks a scope rule's label under the template rules' labels, one line each in year order", () => {
    const rows = [2018, 2020, 2022, 2024].map((year, i) => ({ ...(HONGZE[0] as (typeof HONGZE)[number]), year, value: 10 + i }));
    const scopes = new Map([
      [
        "huaian-hongze",
        new Map([
          [2018, "全区"],
          [2024, "办公室"],
        ]),
      ],
    ]);
    const spec = trendChart(rows, { scopes }) as unknown as Spec;
    expect(ruleLabels(spec)).toEqual([
      [2018.5, "2019 新模板", 0],
      [2020.5, "2021 新模板", 15],
      [2023, "范围改变：全区→办公室", 30],
    ]);
  });

  it("draws no rule when the scope is the same, unknown for a year, or not given", () => {
    const same = new Map([
      [
        "huaian-hongze",
        new Map([
          [2023, "全区"],
          [2024, " 全区 "],
        ]),
      ],
    ]);
    const unknown = new Map([["huaian-hongze", new Map([[2024, "办公室"]])]]);
    for (const scopes of [same, unknown, undefined]) {
      const spec = trendChart(HONGZE, scopes === undefined ? {} : { scopes }) as unknown as Spec;
      expect(spec.layer.some((l) => l.mark.type === "rule")).toBe(false);
    }
  });

  it("with several bodies, dashes the changed body's segment and says so in the subtitle", async () => {
    const rows = [
      ...HONGZE,
      { entity: "suqian-shi", entity_label: "宿迁市人民政府", metric: "requests_new", year: 2023, value: 40 },
      { entity: "suqian-shi", entity_label: "宿迁市人民政府", metric: "requests_new", year: 2024, value: 35 },
    ];
    const spec = trendChart(rows, { scopes: SCOPES }) as unknown as Spec;
    expect(spec.layer.some((l) => l.mark.type === "rule")).toBe(false);
    const dashed = spec.layer.filter((l) => l.mark.type === "line" && l.mark.strokeDash !== undefined);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]?.data?.values.map((v) => [v.series, v.year, v.value])).toEqual([
      ["淮安市洪泽区", 2023, 21],
      ["淮安市洪泽区", 2024, 17],
    ]);
    // The solid line of 洪泽区 breaks at the change: its two years are in different segments.
    const values = (spec as unknown as { data: { values: { entity: string; segment: string }[] } }).data.values;
    const hongze = values.filter((v) => v.entity === "huaian-hongze").map((v) => v.segment);
    expect(new Set(hongze).size).toBe(2);
    const subtitle = [(spec.title as { subtitle: string | string[] }).subtitle].flat().join("");
    expect(subtitle).toBe("淮安市洪泽区 2023→2024 范围改变：全区→办公室（虚线）");
    const { warnings } = await toVegaSpec(trendChart(rows, { scopes: SCOPES }));
    expect(warnings).toEqual([]);
  });
});
