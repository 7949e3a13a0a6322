import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/errors.js";
import { danfo } from "../../src/frame/danfo.js";
import { fromFrame } from "../../src/frame/from-frame.js";
import { loadFrame } from "../../src/frame/load-frame.js";
import { frameToRows } from "../../src/frame/rows-to-frame.js";
import { toFrame } from "../../src/frame/to-frame.js";
import { cells } from "../compute/observations.js";

describe("loadFrame(path)", () => {
  it("gives 2017 proactive_items 89370 (printed) and 2016 86781 (derived) for jiamusi", async () => {
    const rows = frameToRows(await loadFrame("datasets/jiamusi"));
    const pick = (year: number) => rows.find((r) => r.year === year && r.metric === "proactive_items");
    expect(pick(2017)).toMatchObject({ entity: "jiamusi", value: 89370, basis: "printed", printed_change: 2589, printed_change_pct: 3 });
    expect(pick(2016)).toMatchObject({ entity: "jiamusi", value: 86781, basis: "derived" });
  });

  it("throws a DataError, not a stack trace, for bad datasets", async () => {
    await expect(loadFrame("no/such/folder")).rejects.toBeInstanceOf(DataError);
  });
});

describe("toFrame(table) / fromFrame(df)", () => {
  it("keeps counts beyond float32 exact and unknown values null", () => {
    const t = cells([
      ["x", 2016, "proactive_items", 3000000000],
      ["x", 2017, "proactive_items", 3000000001],
      ["x", 2017, "channel_website", null],
    ]);
    const df = toFrame(t);
    expect(df.column("value").values).toEqual([3000000000, 3000000001, null]);
    const back = fromFrame(df);
    expect(back.rows()).toEqual(t.rows());
  });

  it("fromFrame(df) rejects an unknown metric with its row number", () => {
    const dfd = danfo();
    const df = new dfd.DataFrame({ entity: ["x"], year: [2017], metric: ["proactive_itemz"], value: [1] });
    try {
      fromFrame(df);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).problems[0]).toMatchObject({ code: "E_UNKNOWN_METRIC", line: 1 });
    }
  });
});

describe("danfo()", () => {
  it("keeps TensorFlow.js's greeting out of the output (run on the compiled module)", () => {
    const script = `import("./dist/frame/danfo.js").then(({ danfo }) => { danfo().tensorflow.tensor([1, 2]).sum().dataSync(); console.log("ok"); })`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("ok");
    expect(r.stderr).not.toContain("Hi, looks like");
  });
});
