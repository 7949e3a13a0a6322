import { describe, expect, it } from "vitest";
import { readDatasetText } from "../../src/io/load-datasets.js";

const entityInfo = {
  id: "huaian-hongze",
  name_zh: "淮安市洪泽区",
  name_en: "Hongze",
  level: "district",
  province: "江苏省",
  parent: "淮安市",
};

describe("readDatasetText(text) with figures read by OCR", () => {
  it("keeps basis ocr apart from printed and derived, and refuses any other basis", async () => {
    const text = [
      "metric,value,basis,source",
      "reconsideration.total,2,ocr,表四 (page 4)",
      "reconsideration.upheld,1,printed,表四",
      "reconsideration.corrected,1,derived,2 − 1",
    ].join("\n");
    const r = await readDatasetText(text, { file: "datasets/huaian-hongze/2024.csv", entity: "huaian-hongze", year: 2024, entityInfo });
    expect(r.problems).toEqual([]);
    const t = r.table;
    expect([0, 1, 2].map((i) => [t.basisAt(i), t.value[i]])).toEqual([
      ["ocr", 2],
      ["printed", 1],
      ["derived", 1],
    ]);
    const bad = await readDatasetText("metric,value,basis\nreconsideration.total,2,scanned\n", {
      file: "datasets/huaian-hongze/2024.csv",
      entity: "huaian-hongze",
      year: 2024,
      entityInfo,
    });
    expect(bad.problems.map((p) => [p.code, p.line])).toEqual([["E_BAD_BASIS", 2]]);
  });
});
