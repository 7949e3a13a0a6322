import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

async function problemsOf(csv: string) {
  const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": csv }));
  return r.problems.map((p) => [p.code, p.line, p.column]);
}

describe("header problems are reported beside the rows' problems", () => {
  it("reads the rows by the recognised columns when a column is unknown", async () => {
    expect(await problemsOf("metric,value,sorce\nproactive_items,89370,x\nproactive_itmes,1,y\nchannel_website,abc,z\n")).toEqual([
      ["E_UNKNOWN_COLUMN", 1, 14],
      ["E_UNKNOWN_METRIC", 3, 1],
      ["E_NOT_A_NUMBER", 4, 17],
    ]);
  });

  it("reads the rows when a column is repeated, by its first place", async () => {
    expect(await problemsOf("metric,value,value\nproactive_items,89370,1\nchannel_website,-1,2\n")).toEqual([
      ["E_DUPLICATE_COLUMN", 1, 14],
      ["E_NEGATIVE", 3, 17],
    ]);
  });

  it("stops at the header when a required column is missing: the rows cannot be read", async () => {
    expect(await problemsOf("metric,vlaue\nproactive_items,89370\nx,y\n")).toEqual([
      ["E_MISSING_COLUMN", 1, 0],
      ["E_UNKNOWN_COLUMN", 1, 8],
    ]);
  });

  it("does not add 'only a header' to a header that has its own problems", async () => {
    expect(await problemsOf("metric,value,sorce\n")).toEqual([["E_UNKNOWN_COLUMN", 1, 14]]);
  });
});

describe("a header separated by semicolons or tabs", () => {
  async function hints(csv: string) {
    const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": csv }));
    return r.problems.filter((p) => p.code === "E_MISSING_COLUMN").map((p) => p.hint);
  }

  it("says so, and how to save the file with commas", async () => {
    for (const [csv, word] of [
      ["metric;value;source\nproactive_items;89370;x\n", "分号（;）"],
      ["\uFEFFmetric\tvalue\nproactive_items\t89370\n", "制表符"],
    ] as const) {
      const found = await hints(csv);
      expect(found).toHaveLength(2);
      for (const hint of found) expect(hint).toContain(`表头像是用${word}分隔的`);
    }
  });

  it("keeps the plain hint when the header is simply missing a column", async () => {
    expect(await hints("metric;vlaue\nproactive_items;1\n")).toEqual([
      "表头至少要有 metric 和 value 两列",
      "表头至少要有 metric 和 value 两列",
    ]);
  });
});
