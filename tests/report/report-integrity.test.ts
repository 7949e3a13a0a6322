/**
 * A report folder holds exactly one run's pages, named from validated entity ids: an earlier run's
 * pages go, nothing temporary stays beside it, a body cannot take another's page or the index.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { reportPageNames } from "../../src/report/report-page-names.js";
import { writeReport } from "../../src/report/write-report.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "report-integrity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A datasets folder holding copies of some bundled bodies, under the folder names given. */
function datasets(name: string, bodies: Record<string, string>, edit?: (info: Record<string, unknown>) => Record<string, unknown>): string {
  const root = join(tmp, name);
  for (const [folder, from] of Object.entries(bodies)) {
    cpSync(join(DATASETS, from), join(root, folder), { recursive: true });
    if (edit !== undefined || folder !== from) {
      const path = join(root, folder, "entity.json");
      const info = { ...JSON.parse(readFileSync(path, "utf8")), id: folder };
      writeFileSync(path, JSON.stringify(edit ? edit(info) : info));
    }
  }
  return root;
}

describe("writeReport(table, dir) and the output folder", () => {
  it("a second run replaces the folder: the first run's pages go, and nothing temporary is left beside it", async () => {
    const out = join(tmp, "out", "report");
    await writeReport(await loadDatasetsOrThrow(datasets("two", { jiamusi: "jiamusi", "hainan-amr-himpa": "hainan-amr-himpa" })), out);
    expect(readdirSync(out).sort()).toEqual(["hainan-amr-himpa.html", "index", "index.html", "jiamusi", "jiamusi.html"]);
    const s = await writeReport(await loadDatasetsOrThrow(datasets("one", { jiamusi: "jiamusi" })), out);
    expect(readdirSync(out).sort()).toEqual(["jiamusi", "jiamusi.html"]);
    expect(s.entry).toBe(join(out, "jiamusi.html"));
    expect(s.files.every((f) => f.startsWith(out))).toBe(true);
    expect(readdirSync(join(tmp, "out"))).toEqual(["report"]);
  });

  it("refuses to replace a folder that holds other work, and leaves it as it was", async () => {
    const out = join(tmp, "work");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    const table = await loadDatasetsOrThrow(datasets("refuse", { jiamusi: "jiamusi" }));
    await expect(writeReport(table, out)).rejects.toThrow(UsageError);
    await expect(writeReport(table, out)).rejects.toThrow(/该文件夹中有 work[/\\]notes\.txt，它不属于报告/);
    expect(readdirSync(out)).toEqual(["notes.txt"]);
    expect(readdirSync(tmp).filter((n) => n.startsWith(".work."))).toEqual([]);
  });
});

describe("reportPageNames(bodies)", () => {
  it("a body whose id is not lower-case ASCII is an error naming it, before anything is written", async () => {
    expect(() => reportPageNames([{ entity: "佳木斯", name_zh: "佳木斯市" }])).toThrow(
      /无法为机关「佳木斯」（佳木斯市）命名报告页面：机关 id 只能由小写 ASCII 字母、数字和“-”组成/,
    );
    expect(() => reportPageNames([{ entity: "a.b", name_zh: "甲" }])).toThrow(UsageError);
  });

  it("a body called index is an error naming it and the index page", async () => {
    const root = datasets("index", { index: "jiamusi", "hainan-amr-himpa": "hainan-amr-himpa" });
    const out = join(tmp, "index-out");
    await expect(writeReport(await loadDatasetsOrThrow(root), out)).rejects.toThrow(
      /机关「index」（佳木斯市）的报告页面会覆盖报告自身的 index\.html/,
    );
    expect(readdirSync(tmp).some((n) => n.startsWith(".index-out."))).toBe(false);
  });

  it("two bodies on one page name are an error naming both", () => {
    expect(() =>
      reportPageNames([
        { entity: "jiamusi", name_zh: "佳木斯市" },
        { entity: "jiamusi", name_zh: "佳木斯市政府" },
      ]),
    ).toThrow(/机关「jiamusi」（佳木斯市）和机关「jiamusi」（佳木斯市政府）会写入同一个页面 jiamusi\.html/);
  });
});
