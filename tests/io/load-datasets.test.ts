import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileSizes, findDatasetFiles } from "../../src/io/find-dataset-files.js";
import { loadDatasets } from "../../src/io/load-datasets.js";

describe("loadDatasets(path)", () => {
  it("loads the bundled 佳木斯市 datasets with 2017 printed and 2016 derived", async () => {
    const r = await loadDatasets("datasets/jiamusi");
    expect(r.problems).toEqual([]);
    const t = r.table;
    const i2017 = t.find("jiamusi", 2017, "proactive_items");
    const i2016 = t.find("jiamusi", 2016, "proactive_items");
    expect(t.valueAt(i2017)).toBe(89370);
    expect(t.basisAt(i2017)).toBe("printed");
    expect(t.valueAt(i2016)).toBe(86781);
    expect(t.basisAt(i2016)).toBe("derived");
  });
});

describe("loadDatasets(path, { layout }) reads the files already found instead of listing the folder again", () => {
  it("loads exactly the layout's files, and their sizes are looked up once per layout", async () => {
    const layout = findDatasetFiles("datasets/jiamusi");
    expect(layout.files.map((f) => f.year)).toEqual([2016, 2017]);
    const sizes = fileSizes(layout);
    expect(fileSizes(layout)).toBe(sizes);
    expect(sizes).toEqual(layout.files.map((f) => statSync(f.path).size));
    // Only 2017 in the layout: a load that listed the folder again would read 2016 too.
    const only2017 = { ...layout, files: layout.files.filter((f) => f.year === 2017) };
    const r = await loadDatasets("datasets/jiamusi", { layout: only2017 });
    expect(r.problems).toEqual([]);
    expect(r.files).toEqual(["datasets/jiamusi/2017.csv"]);
    expect(r.table.find("jiamusi", 2016, "proactive_items")).toBe(-1);
    expect(r.table.valueAt(r.table.find("jiamusi", 2017, "proactive_items"))).toBe(89370);
  });
});
