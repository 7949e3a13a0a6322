/** The coverage heatmap's builder, and the index page chart built from a report's table. */
import { describe, expect, it } from "vitest";
import { type CoverageChartRow, coverageChart } from "../../src/charts/coverage-chart.js";
import { tableFromObservations } from "../../src/core/observation-table.js";
import { coverageReportChart } from "../../src/coverage/coverage-report-chart.js";
import { toSvg } from "../../src/render/to-svg.js";
import { toVegaSpec } from "../../src/render/to-vega-spec.js";
import { buildReports } from "../../src/report/entity-report.js";
import { indexCharts } from "../../src/report/index-report.js";
import type { Basis, EntityInfo, Observation } from "../../src/types.js";
import { schemaErrors } from "../charts/vega-lite-schema.js";

const ROWS: CoverageChartRow[] = [
  { entity: "a", entity_label: "甲市", year: 2024, status: "present" },
  { entity: "a", entity_label: "甲市", year: 2025, status: "present" },
  { entity: "b", entity_label: "乙区", year: 2024, status: "scope_changed", note: "2023: 全区 → 2024: 办公室" },
  { entity: "b", entity_label: "乙区", year: 2025, status: "missing" },
  { entity: "c", entity_label: "丙县", year: 2024, status: "outside" },
  { entity: "c", entity_label: "丙县", year: 2025, status: "missing" },
];

type Spec = {
  title: { text: string; subtitle: string };
  data: { values: { entity_label: string; year: number; symbol: string; status_label: string; dark: boolean }[] };
  encoding: { y: { sort: string[]; axis: { labelColor: { condition: { test: string } } } } };
  layer: { encoding: { color: { scale?: { domain: string[]; range: string[] } } } }[];
};

describe("coverageChart(rows)", () => {
  const spec = coverageChart(ROWS);

  it("is valid Vega-Lite v6, compiles without warnings and renders to SVG", async () => {
    expect(schemaErrors(spec)).toEqual([]);
    expect((await toVegaSpec(spec)).warnings).toEqual([]);
    const svg = await toSvg(spec);
    expect(svg).toContain("哪些机关还没有发布 2025 年的报告");
  });

  it("asks who has not published the latest year, lists those bodies first and names them in red", () => {
    const s = spec as unknown as Spec;
    expect(s.title.text).toBe("哪些机关还没有发布 2025 年的报告");
    expect(s.title.subtitle).toBe("3 个机关中 2 个缺 2025 年（名称红色）");
    expect(s.encoding.y.sort).toEqual(["乙区", "丙县", "甲市"]);
    expect(s.encoding.y.axis.labelColor.condition.test).toBe('indexof(["乙区", "丙县"], datum.value) >= 0');
  });

  it("colours each status and marks it with its symbol; the legend holds the statuses shown, in a fixed order", () => {
    const s = spec as unknown as Spec;
    expect(s.data.values.map((v) => [v.entity_label, v.year, v.symbol, v.dark])).toEqual([
      ["甲市", 2024, "o", true],
      ["甲市", 2025, "o", true],
      ["乙区", 2024, "~", false],
      ["乙区", 2025, "X", true],
      ["丙县", 2024, "", false],
      ["丙县", 2025, "X", true],
    ]);
    const scale = s.layer[0]?.encoding.color.scale;
    expect(scale?.domain).toEqual(["已有报告", "统计范围改变", "缺少报告", "不要求"]);
    expect(scale?.range).toEqual(["#3a9a5b", "#d39e00", "#d4622a", "#f2f2f2"]);
  });

  it("past maxBodies, draws only bodies with a gap, a failing file or a scope change, lagging first, and says so", () => {
    const s = coverageChart(ROWS, { maxBodies: 2 }) as unknown as Spec;
    // 甲市 has every report: not drawn. 乙区 and 丙县 lack 2025.
    expect(s.encoding.y.sort).toEqual(["乙区", "丙县"]);
    expect(s.data.values.map((v) => v.entity_label)).toEqual(["乙区", "乙区", "丙县", "丙县"]);
    expect([s.title.subtitle].flat().join("")).toBe("3 个机关中 2 个缺 2025 年（名称红色）；只画出有缺漏或变化的 2 个");
    const one = coverageChart(ROWS, { maxBodies: 1 }) as unknown as Spec;
    expect(one.encoding.y.sort).toEqual(["乙区"]);
  });

  it("speaks English with lang: 'en'", () => {
    const s = coverageChart(ROWS, { lang: "en" }) as unknown as Spec;
    // Wider than a phone's chart: the title comes in two lines.
    expect([s.title.text].flat().join(" ")).toBe("Who has not published a report for 2025");
    expect(s.title.subtitle).toBe("2 of 3 bodies lack 2025 (names in red)");
  });
});

function obs(entity: string, year: number, value: number, basis: Basis = "printed"): Observation {
  return {
    entity,
    year,
    metric: "proactive_items",
    applicant: null,
    value,
    printed_share: null,
    printed_change: null,
    printed_change_pct: null,
    basis,
    source: null,
    file: `${entity}/${year}.csv`,
    line: 2,
  };
}

const body = (id: string, name: string, extra: object = {}): EntityInfo =>
  ({ id, name_zh: name, name_en: id, level: "district", province: "江苏省", parent: null, ...extra }) as EntityInfo;

describe("the index page's coverage chart", () => {
  // hongze: 2023 counts the whole district, 2024 the district government office (entity.json says so);
  // jiamusi: 2016 holds only a figure derived from the 2017 report, and no 2018.
  const table = tableFromObservations(
    [obs("hongze", 2023, 21), obs("hongze", 2024, 17), obs("jiamusi", 2016, 86781, "derived"), obs("jiamusi", 2017, 89370)],
    [body("hongze", "洪泽区", { scope: { "2023": "全区", "2024": "办公室" } }), body("jiamusi", "佳木斯市")],
  );

  it("shows a scope change, a year of derived figures only and the latest year missing", () => {
    const chart = coverageReportChart(table, "zh");
    if (chart === null) throw new Error("no coverage chart");
    const values = (chart.spec as unknown as { data: { values: { entity: string; year: number; status: string }[] } }).data.values;
    const cell = (entity: string, year: number) => values.find((v) => v.entity === entity && v.year === year)?.status;
    expect(values).toHaveLength(2 * 9);
    expect([cell("hongze", 2023), cell("hongze", 2024), cell("hongze", 2022)]).toEqual(["present", "scope_changed", "outside"]);
    expect([cell("jiamusi", 2016), cell("jiamusi", 2017), cell("jiamusi", 2018), cell("jiamusi", 2024)]).toEqual([
      "derived",
      "present",
      "outside",
      "missing",
    ]);
    const notes = (chart.spec as unknown as { data: { values: { entity: string; year: number; note: string }[] } }).data.values;
    expect(notes.find((v) => v.entity === "hongze" && v.year === 2024)?.note).toBe("2023: 全区 → 2024: 办公室");
  });

  it("comes first among the index page's charts", () => {
    expect(indexCharts(table, buildReports(table), "zh").map((c) => c.id)[0]).toBe("coverage");
  });
});
