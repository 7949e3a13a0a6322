import { appendFileSync, truncateSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileChangeProblem, fileStamp } from "../../src/io/file-change-guard.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

const GOOD = "metric,value\nproactive_items,89370\nchannel_website,44585\n";

describe("a file that changes while it is read is a problem, not data", () => {
  it("reports E_FILE_CHANGED naming the file when it grows during the read", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": GOOD, "jiamusi/2016.csv": GOOD });
    const path = join(root, "jiamusi", "2017.csv");
    let touched = false;
    const r = await loadDatasets(root, {
      onProgress: (p) => {
        // While 2017.csv is being read (the second file), another program appends to it.
        if (!touched && p.file.endsWith("2017.csv")) {
          touched = true;
          appendFileSync(path, "channel_weibo,1\n");
        }
      },
    });
    expect(touched).toBe(true);
    expect(r.problems.map((p) => [p.code, p.file.replace(/.*jiamusi[/\\]/, "")])).toEqual([["E_FILE_CHANGED", "2017.csv"]]);
    expect(r.problems[0]?.found).toMatch(/\d+/);
  });

  it("reports a file rewritten after its own read but before the load is done", async () => {
    const root = tempDatasets({ "jiamusi/2016.csv": GOOD, "jiamusi/2017.csv": GOOD });
    let touched = false;
    const r = await loadDatasets(root, {
      onProgress: (p) => {
        // 2016.csv was read first; while 2017.csv is read, a program rewrites 2016.csv row by row.
        if (!touched && p.file.endsWith("2017.csv")) {
          touched = true;
          truncateSync(join(root, "jiamusi", "2016.csv"), 0);
        }
      },
    });
    expect(r.problems.map((p) => [p.code, p.file.replace(/.*jiamusi[/\\]/, "")])).toEqual([["E_FILE_CHANGED", "2016.csv"]]);
  });

  it("reports a file cut short during the read", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": GOOD });
    const path = join(root, "jiamusi", "2017.csv");
    let touched = false;
    const r = await loadDatasets(root, {
      onProgress: () => {
        if (touched) return;
        touched = true;
        truncateSync(path, 20);
      },
    });
    expect(r.problems.map((p) => p.code)).toContain("E_FILE_CHANGED");
  });

  it("sees a rewrite of the same size by its modification time", () => {
    const root = tempDatasets({ "jiamusi/2017.csv": GOOD });
    const path = join(root, "jiamusi", "2017.csv");
    const before = fileStamp(path);
    expect(fileChangeProblem(path, "2017.csv", before)).toBeNull();
    utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(fileChangeProblem(path, "2017.csv", before)?.code).toBe("E_FILE_CHANGED");
  });

  it("leaves a file nobody touches alone", async () => {
    const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": GOOD }));
    expect(r.problems).toEqual([]);
  });
});
