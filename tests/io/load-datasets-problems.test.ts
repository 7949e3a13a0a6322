import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

/** Loads one 2017.csv for jiamusi and returns its problems. */
async function problemsOf(csv: string, extra: Record<string, string> = {}) {
  const root = tempDatasets({ "jiamusi/2017.csv": csv, ...extra });
  const r = await loadDatasets(root);
  return r.problems.map((p) => ({ code: p.code, line: p.line, column: p.column, file: p.file, hint: p.hint, frame: p.frame }));
}

describe("loadDatasets(path) reports bad input with code, line and column", () => {
  it("rejects a non-number with E_NOT_A_NUMBER at the value cell", async () => {
    const [p] = await problemsOf("metric,value\nproactive_items,abc\n");
    expect(p).toMatchObject({ code: "E_NOT_A_NUMBER", line: 2, column: 17 });
    expect(p?.file.endsWith(join("jiamusi", "2017.csv"))).toBe(true);
    expect(p?.frame).toContain("> 2 | proactive_items,abc");
  });

  it("rejects a unit word with E_UNIT_IN_VALUE and hints the full number", async () => {
    const [p] = await problemsOf("metric,value\nchannel_wechat,4万\n");
    expect(p).toMatchObject({ code: "E_UNIT_IN_VALUE", line: 2, column: 16, hint: "写出完整的数（40000）" });
  });

  it("rejects negative counts with E_NEGATIVE and fractional counts with E_FRACTIONAL", async () => {
    const ps = await problemsOf("metric,value\nproactive_items,-5\nrequests_received,2.5\n");
    expect(ps.map((p) => [p.code, p.line])).toEqual([
      ["E_NEGATIVE", 2],
      ["E_FRACTIONAL", 3],
    ]);
  });

  it("rejects a share over 100 with E_SHARE_RANGE", async () => {
    const [p] = await problemsOf("metric,value,printed_share\nchannel_website,44585,141.4%\n");
    expect(p).toMatchObject({ code: "E_SHARE_RANGE", line: 2, column: 23 });
  });

  it("rejects an unknown metric with E_UNKNOWN_METRIC and suggests the closest id", async () => {
    const [p] = await problemsOf("metric,value\nproactive_itmes,89370\n");
    expect(p).toMatchObject({ code: "E_UNKNOWN_METRIC", line: 2, column: 1 });
    expect(p?.hint).toContain("proactive_items");
  });

  it("rejects a repeated metric with E_DUPLICATE on the second line", async () => {
    const [p] = await problemsOf("metric,value\nproactive_items,89370\nproactive_items,89371\n");
    expect(p).toMatchObject({ code: "E_DUPLICATE", line: 3 });
  });

  it("rejects a year column that contradicts the file name with E_YEAR_MISMATCH", async () => {
    const [p] = await problemsOf("metric,year,value\nproactive_items,2016,89370\n");
    expect(p).toMatchObject({ code: "E_YEAR_MISMATCH", line: 2, column: 17 });
  });

  it("rejects a header without value with E_MISSING_COLUMN, and an unknown column with E_UNKNOWN_COLUMN", async () => {
    const ps = await problemsOf("metric,vlaue\nproactive_items,89370\n");
    expect(ps.map((p) => [p.code, p.line, p.column])).toEqual([
      ["E_MISSING_COLUMN", 1, 0],
      ["E_UNKNOWN_COLUMN", 1, 8],
    ]);
    expect(ps[1]?.hint).toContain('"value"');
    const codes = (await problemsOf("metric\nproactive_items\n")).map((x) => x.code);
    expect(codes).toEqual(["E_MISSING_COLUMN"]);
  });

  it("rejects an empty file and a header-only file with E_EMPTY_FILE", async () => {
    expect((await problemsOf("")).map((p) => p.code)).toEqual(["E_EMPTY_FILE"]);
    expect((await problemsOf("metric,value\n")).map((p) => p.code)).toEqual(["E_EMPTY_FILE"]);
  });

  it("rejects an entity folder without entity.json with E_UNKNOWN_ENTITY", async () => {
    const root = tempDatasets({ "nowhere/2017.csv": "metric,value\nproactive_items,1\n" }, false);
    const r = await loadDatasets(root);
    expect(r.problems.map((p) => p.code)).toEqual(["E_UNKNOWN_ENTITY"]);
  });

  it("rejects an entity column naming another body with E_ENTITY_MISMATCH", async () => {
    const [p] = await problemsOf("entity,metric,value\nharbin,proactive_items,1\n");
    expect(p).toMatchObject({ code: "E_ENTITY_MISMATCH", line: 2, column: 1 });
  });

  it("rejects rows with too many fields with E_FIELD_COUNT and hints at quoting", async () => {
    const [p] = await problemsOf("metric,value\nproactive_items,89,370\n");
    expect(p).toMatchObject({ code: "E_FIELD_COUNT", line: 2 });
    expect(p?.hint).toContain("引号");
  });

  it("rejects a file not named by its year with E_BAD_FILE_NAME", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": "metric,value\nproactive_items,1\n", "jiamusi/2017-copy.csv": "metric,value\n" });
    const r = await loadDatasets(root);
    expect(r.problems.map((p) => p.code)).toEqual(["E_BAD_FILE_NAME"]);
  });

  it("rejects an applicant on a metric without an applicant split with E_BAD_APPLICANT", async () => {
    const [p] = await problemsOf("metric,applicant,value\nproactive_items,natural_person,1\n");
    expect(p).toMatchObject({ code: "E_BAD_APPLICANT", line: 2, column: 17 });
  });

  it("collects every problem, sorted by line, and never loads a bad row", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": "metric,value\nproactive_items,x\nchannel_website,44585\nchannel_weibo,-1\n" });
    const r = await loadDatasets(root);
    expect(r.problems.map((p) => p.line)).toEqual([2, 4]);
    expect(r.table.length).toBe(1);
    expect(r.table.metricAt(0)).toBe("channel_website");
  });

  it("caps the problems it lists and counts the rest", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `bad_metric_${i},1`).join("\n");
    const root = tempDatasets({ "jiamusi/2017.csv": `metric,value\n${rows}\n` });
    const r = await loadDatasets(root, { maxProblems: 10 });
    expect(r.problems.length).toBe(10);
    expect(r.omitted).toBe(20);
  });

  it("points the line of a row after a quoted multi-line source at its real line", async () => {
    const [p] = await problemsOf('metric,value,source\nproactive_items,89370,"two\nlines"\nchannel_website,x,\n');
    expect(p).toMatchObject({ code: "E_NOT_A_NUMBER", line: 4, column: 17 });
  });
});

describe("loadDatasets(path) finds duplicates in long files", () => {
  it("reports a duplicate that comes back after other entities with E_DUPLICATE and both lines", async () => {
    const root = tempDatasets({
      "corpus.csv":
        "entity,year,metric,value\njiamusi,2017,proactive_items,1\njiamusi,2016,proactive_items,2\njiamusi,2017,proactive_items,3\n",
      "entities.json": JSON.stringify([
        { id: "jiamusi", name_zh: "佳木斯市", name_en: "Jiamusi", level: "city", province: "黑龙江省", parent: null },
      ]),
    });
    const r = await loadDatasets(`${root}/corpus.csv`);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([["E_DUPLICATE", 4, 14]]);
    expect(r.problems[0]?.found).toContain("首次在第 2 行");
  });
});
