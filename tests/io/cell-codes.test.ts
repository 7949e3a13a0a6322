import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

async function load(csv: string) {
  const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": csv }));
  return { r, ps: r.problems.map((p) => [p.code, p.line, p.column]) };
}

describe("cells that are not plain numbers get the precise code", () => {
  it("calls exponent notation E_EXPONENT and hints the number in full", async () => {
    const { r, ps } = await load("metric,value\nproactive_items,1e3\nchannel_website,2.5E4\n");
    expect(ps).toEqual([
      ["E_EXPONENT", 2, 17],
      ["E_EXPONENT", 3, 17],
    ]);
    expect(r.problems[0]?.hint).toContain("1000");
    expect(r.problems[1]?.hint).toContain("25000");
  });

  it("calls a decimal comma E_DECIMAL_COMMA, and keeps accepting a well-formed thousands comma", async () => {
    const { r, ps } = await load('metric,value\nproactive_items,"1,00"\nchannel_website,"1,5"\nchannel_weibo,"89,370"\n');
    expect(ps).toEqual([
      ["E_DECIMAL_COMMA", 2, 17],
      ["E_DECIMAL_COMMA", 3, 17],
    ]);
    expect(r.table.length).toBe(1);
    expect(r.table.valueAt(0)).toBe(89370);
  });

  it("calls NUL, ESC and other C0 controls in a value E_CONTROL_CHAR, and never echoes them raw", async () => {
    const { r, ps } = await load("metric,value\nproactive_items,12\u0000\nchannel_website,\u001b[31m5\nchannel_weibo,7\u0007\n");
    expect(ps).toEqual([
      ["E_CONTROL_CHAR", 2, 17],
      ["E_CONTROL_CHAR", 3, 17],
      ["E_CONTROL_CHAR", 4, 15],
    ]);
    for (const p of r.problems) {
      for (const text of [p.message, p.found, p.frame ?? ""]) expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)).toBe(false);
    }
    expect(r.problems[1]?.found).toContain("\\u001b[31m5");
    expect(r.problems[1]?.frame).toContain("channel_website,\\u001b[31m5");
  });

  it("calls a control character in the metric cell E_CONTROL_CHAR, not an unknown metric", async () => {
    const { ps } = await load("metric,value\nproactive_items\u0000,12\n");
    expect(ps).toEqual([["E_CONTROL_CHAR", 2, 1]]);
  });

  it("still calls a unit word E_UNIT_IN_VALUE and text E_NOT_A_NUMBER", async () => {
    const { ps } = await load("metric,value\nproactive_items,4万\nchannel_website,abc\n");
    expect(ps).toEqual([
      ["E_UNIT_IN_VALUE", 2, 17],
      ["E_NOT_A_NUMBER", 3, 17],
    ]);
  });
});

describe("a row of empty fields", () => {
  it("is skipped with a note naming its line, never an unknown metric ''", async () => {
    const { r, ps } = await load("metric,value,source\nproactive_items,89370,\n,,\nchannel_website,44585,\n ,  , \n");
    expect(ps).toEqual([]);
    expect(r.table.length).toBe(2);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain("2");
    expect(r.notes[0]).toMatch(/3、5|3, 5/);
  });
});
