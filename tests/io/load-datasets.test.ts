import { describe, expect, it } from "vitest";
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
