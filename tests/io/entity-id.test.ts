import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { JIAMUSI_INFO, tempDatasets } from "../helpers/temp-dataset.js";

describe("loadDatasets(path) and entity ids", () => {
  it("refuses an id that is not lower-case ASCII letters, digits and hyphens, naming the file and the id", async () => {
    for (const id of ["佳木斯市", "Jiamusi", "jia mu si", "index.html"]) {
      const root = tempDatasets({ [`${id}/2017.csv`]: "metric,value\nproactive_items,89370\n" }, false);
      writeFileSync(`${root}/${id}/entity.json`, JSON.stringify({ ...JIAMUSI_INFO, id }));
      const r = await loadDatasets(root);
      const p = r.problems.find((x) => x.code === "E_BAD_ENTITY_INFO");
      expect(p?.file).toBe(`${root}/${id}/entity.json`);
      expect(p?.found).toBe(JSON.stringify(id));
    }
  });

  it("reads an ASCII id as before", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": "metric,value\nproactive_items,89370\n" });
    const r = await loadDatasets(root);
    expect(r.problems).toEqual([]);
    expect(r.table.value[0]).toBe(89370);
  });
});
