/**
 * The commands see the derived subtotals alike, and never answer with silent emptiness: a year not in
 * the data, a metric no body states, an empty peer set each give a message and exit 1. Figures worked
 * out by hand from the files written here.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { DENIED } from "../helpers/sub-rows.js";
import { tempDatasets } from "../helpers/temp-dataset.js";
import { run } from "./run.js";

/** A dataset CSV with the eight 不予公开 rows (总计 column) from their values in order. */
function deniedRows(values: number[]): string {
  return ["metric,value,source", ...DENIED.map((g, k) => `result_denied.${g},${values[k]},表三 不予公开 ${k + 1}`), ""].join("\n");
}

const root = tempDatasets({
  // 甲 prints only the rows: 不予公开 is 1 + 2 = 3 in 2019 and 4 + 1 = 5 in 2020.
  "jia/2019.csv": deniedRows([1, 0, 0, 2, 0, 0, 0, 0]),
  "jia/2020.csv": deniedRows([0, 0, 0, 4, 0, 1, 0, 0]),
  // 乙 prints the subtotal (a provincial variant): 9, then 6.
  "yi/2019.csv": "metric,value,source\nresult_denied,9,表三 不予公开 合计\n",
  "yi/2020.csv": "metric,value,source\nresult_denied,6,表三 不予公开 合计\nlicensing_items_delta,-12,表二 行政许可 本年增/减\n",
  "yi/2018.csv": "metric,value,source\nanswer_refused,7,不同意公开7件\n",
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("derived subtotals in compare, trend and peers", () => {
  it("compare gives 甲's derived 不予公开 3 → 5 (+66.67%) beside 乙's printed 9 → 6, marked derived", async () => {
    const r = await run("compare", root, "--from", "2019", "--to", "2020", "--metric", "result_denied", "--format", "csv");
    expect(r.code).toBe(0);
    const [head, ...lines] = r.stdout.trim().split("\n");
    const cols = (head ?? "").split(",");
    const at = (line: string, k: string) => line.split(",")[cols.indexOf(k)];
    expect(
      lines.map((l) => [at(l, "entity"), at(l, "from_value"), at(l, "to_value"), at(l, "change"), at(l, "change_pct"), at(l, "basis")]),
    ).toEqual([
      ["jia", "3", "5", "2", "66.67", "derived"],
      ["yi", "9", "6", "-3", "-33.33", ""],
    ]);
  });

  it("trend of 不予公开 runs from 2018 (不同意公开 through the crosswalk) through the derived years", async () => {
    const r = await run("trend", root, "--metric", "result_denied", "--format", "json", "--quiet");
    const points = JSON.parse(r.stdout) as { entity: string; year: number; value: number; basis: string }[];
    expect(points.map((p) => [p.entity, p.year, p.value, p.basis])).toEqual([
      ["jia", 2019, 3, "derived"],
      ["jia", 2020, 5, "derived"],
      ["yi", 2018, 7, "crosswalk"],
      ["yi", 2019, 9, "printed"],
      ["yi", 2020, 6, "printed"],
    ]);
  });

  it("peers ranks both bodies of two for 2020: 乙 6, 甲 5", async () => {
    const r = await run("peers", root, "--year", "2020", "--metric", "result_denied", "--format", "json");
    expect(JSON.parse(r.stdout).map((x: { entity: string; rank: number; value: number }) => [x.entity, x.rank, x.value])).toEqual([
      ["yi", 1, 6],
      ["jia", 2, 5],
    ]);
  });

  it("a signed 本年增/减 figure gets its change and no percent", async () => {
    const r = await run("compare", root, "--from", "2019", "--to", "2020", "--metric", "licensing_items_delta", "--format", "json");
    expect(JSON.parse(r.stdout)).toMatchObject([
      { entity: "yi", from_value: null, to_value: -12, change: null, change_pct: null, comparability: "no_prior" },
    ]);
  });
});

describe("no silent empty answers", () => {
  it("compare with a year not in the data exits 2 (a usage mistake) naming the years held", async () => {
    const r = await run("compare", root, "--from", "2015", "--to", "2020");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("数据中没有 2015 年的报告（已有的报告年份：2018、2019、2020）");
  });

  it("compare of a metric no body states exits 2, and says a 2018 dataset cannot hold a 2019-only metric", async () => {
    const none = await run("compare", root, "--from", "2019", "--to", "2020", "--metric", "result_granted");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("2019 年和 2020 年都没有填报 result_granted 的数字");
    const layout = await run("compare", root, "--from", "2018", "--to", "2019", "--metric", "fee_items_prev");
    expect(layout.code).toBe(2);
    expect(layout.stderr).toContain("fee_items_prev 不属于 2008–2018 年的报告模板，2018 年的数据集不能包含它");
  });

  it("compare warns about a metric asked for but not stated beside one that is, and about a one-sided body", async () => {
    const r = await run("compare", root, "--from", "2019", "--to", "2020", "--metric", "result_denied", "result_granted");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("警告：没有机关在 2019 年或 2020 年填报 result_granted。");
    const one = await run("compare", root, "--from", "2018", "--to", "2019", "--metric", "result_denied");
    expect(one.stderr).toContain("以下机关只有一年可比：jia（没有 2018 年的报告）");
  });

  it("trend of a metric no body states exits 2 (a usage mistake) and says where the metric exists", async () => {
    const r = await run("trend", root, "--metric", "rules_in_force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("所有机关都没有填报 rules_in_force：它属于2021 年及以后的报告");
  });

  it("peers exits 2 for a year no body reports, and for a figure no peer states", async () => {
    const year = await run("peers", root, "--year", "2022", "--metric", "result_denied");
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("没有 2022 年的报告");
    const figure = await run("peers", root, "--year", "2019", "--metric", "result_granted");
    expect(figure.code).toBe(2);
    expect(figure.stderr).toContain(
      "jia没有 2019 年的「予以公开」（result_granted）数字：其 2019 年报告没有填报「予以公开」（result_granted）",
    );
    expect(figure.stderr).toContain("没有同级机关在 2019 年填报 result_granted");
  });

  it("breakdown of a year not in the data exits 2", async () => {
    const r = await run("breakdown", root, "--year", "2017");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有 2017 年的报告");
  });
});
