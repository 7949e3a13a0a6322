import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

const GOOD = "metric,value\nproactive_items,89370\n";

/** A datasets folder with jiamusi/2017.csv, then `make` adds the odd entry under it. */
async function loadWith(make: (root: string) => void) {
  const root = tempDatasets({ "jiamusi/2017.csv": GOOD });
  make(root);
  const r = await loadDatasets(root);
  return { root, r, codes: r.problems.map((p) => p.code) };
}

describe("every entry of a dataset folder is looked at before it is opened", () => {
  it("reports a FIFO named like a dataset file as E_NOT_A_FILE without opening it, and loads the rest", async () => {
    const { r, codes } = await loadWith((root) => execFileSync("mkfifo", [join(root, "jiamusi", "2018.csv")]));
    expect(codes).toEqual(["E_NOT_A_FILE"]);
    expect(r.problems[0]?.file).toMatch(/jiamusi[/\\]2018\.csv$/);
    expect(r.problems[0]?.found).toContain("FIFO");
    // The good file still loaded.
    expect(r.table.length).toBe(1);
  });

  it("reports a FIFO given as the path itself, rather than hanging on it", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": GOOD });
    const fifo = join(root, "jiamusi", "2019.csv");
    execFileSync("mkfifo", [fifo]);
    const r = await loadDatasets(fifo);
    expect(r.problems.map((p) => p.code)).toEqual(["E_NOT_A_FILE"]);
  });

  it("reports a symlink loop and a dangling link with E_LINK and their paths", async () => {
    const { r, codes } = await loadWith((root) => {
      symlinkSync("2018.csv", join(root, "jiamusi", "2018.csv"));
      symlinkSync(join(root, "nowhere.csv"), join(root, "jiamusi", "2019.csv"));
    });
    expect(codes).toEqual(["E_LINK", "E_LINK"]);
    expect(r.problems.map((p) => p.file.replace(/.*jiamusi[/\\]/, ""))).toEqual(["2018.csv", "2019.csv"]);
    expect(r.problems[0]?.message).toContain("2018.csv");
    expect(r.table.length).toBe(1);
  });

  it("follows a link to a file and a link to an entity folder", async () => {
    const { r, codes } = await loadWith((root) => {
      writeFileSync(join(root, "shared-2018.txt"), "metric,value\nproactive_items,90000\n");
      symlinkSync(join(root, "shared-2018.txt"), join(root, "jiamusi", "2018.csv"));
      mkdirSync(join(root, "_store", "harbin"), { recursive: true });
      writeFileSync(join(root, "_store", "harbin", "2017.csv"), GOOD);
      writeFileSync(
        join(root, "_store", "harbin", "entity.json"),
        JSON.stringify({ id: "harbin", name_zh: "哈尔滨市", name_en: "Harbin", level: "city", province: "黑龙江省", parent: null }),
      );
      symlinkSync(join(root, "_store", "harbin"), join(root, "harbin"));
    });
    expect(codes).toEqual([]);
    expect(r.table.length).toBe(3);
  });

  it("reports a folder named like a dataset file as E_NOT_A_FILE", async () => {
    const { codes, r } = await loadWith((root) => mkdirSync(join(root, "jiamusi", "2018.csv")));
    expect(codes).toEqual(["E_NOT_A_FILE"]);
    expect(r.table.length).toBe(1);
  });

  it("reports a dangling link given as the path itself with E_LINK, not 'no such file'", async () => {
    const root = tempDatasets({ "jiamusi/2017.csv": GOOD });
    const link = join(root, "latest");
    symlinkSync(join(root, "gone"), link);
    const r = await loadDatasets(link);
    expect(r.problems.map((p) => p.code)).toEqual(["E_LINK"]);
  });

  it("reports an entity.json that is a FIFO instead of blocking on it", async () => {
    const root = tempDatasets({ "harbin/2017.csv": GOOD }, false);
    execFileSync("mkfifo", [join(root, "harbin", "entity.json")]);
    const r = await loadDatasets(root);
    expect(r.problems.map((p) => p.code)).toContain("E_NOT_A_FILE");
  });
});

describe("editor and OS litter is passed over with a note", () => {
  it("skips ~$, ._, .#, backup, swap and system files in an entity folder and at the root", async () => {
    const { r, codes } = await loadWith((root) => {
      for (const name of [
        "~$2017.csv",
        "._2017.csv",
        ".#2017.csv",
        "2017.csv~",
        ".2017.csv.swp",
        ".DS_Store",
        "Thumbs.db",
        "desktop.ini",
      ]) {
        writeFileSync(join(root, "jiamusi", name), "garbage\u0000");
      }
      writeFileSync(join(root, "._corpus.csv"), "garbage");
      writeFileSync(join(root, ".DS_Store"), "garbage");
    });
    expect(codes).toEqual([]);
    expect(r.table.length).toBe(1);
    expect(r.notes).toHaveLength(1);
    // Ten litter files, five named, the rest counted.
    expect(r.notes[0]).toContain("10");
    expect(r.notes[0]).toContain("._corpus.csv");
    expect(r.notes[0]).toContain("…");
  });

  it("gives no note when there is no litter", async () => {
    const { r } = await loadWith(() => {});
    expect(r.notes).toEqual([]);
  });
});

describe("years in file names are range-checked like the year column", () => {
  it("reports 0000.csv and 9999.csv with E_YEAR_RANGE and does not load them", async () => {
    const { r, codes } = await loadWith((root) => {
      writeFileSync(join(root, "jiamusi", "0000.csv"), GOOD);
      writeFileSync(join(root, "jiamusi", "9999.csv"), GOOD);
    });
    expect(codes).toEqual(["E_YEAR_RANGE", "E_YEAR_RANGE"]);
    expect(r.table.length).toBe(1);
    expect(r.problems[0]?.expected).toContain("1990");
    expect(r.problems[0]?.expected).toContain("2100");
  });

  it("accepts the range's ends, 1990 and 2100, in a file name and in the year column alike", async () => {
    const { r, codes } = await loadWith((root) => {
      writeFileSync(join(root, "jiamusi", "1990.csv"), "metric,year,value\nproactive_items,1990,1\n");
      writeFileSync(join(root, "jiamusi", "2100.csv"), "metric,year,value\nproactive_items,2100,1\n");
    });
    expect(codes).toEqual([]);
    expect(r.table.length).toBe(3);
  });

  it("reports a year column out of range with E_YEAR_RANGE, a year that is no number with E_NOT_A_NUMBER", async () => {
    const root = tempDatasets({
      "corpus.csv":
        "entity,year,metric,value\njiamusi,1989,proactive_items,1\njiamusi,20x7,proactive_items,1\njiamusi,2017,proactive_items,1\n",
      "entities.json": JSON.stringify([
        { id: "jiamusi", name_zh: "佳木斯市", name_en: "Jiamusi", level: "city", province: "黑龙江省", parent: null },
      ]),
    });
    const r = await loadDatasets(join(root, "corpus.csv"));
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ["E_YEAR_RANGE", 2],
      ["E_NOT_A_NUMBER", 3],
    ]);
  });
});
