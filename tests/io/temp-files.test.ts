import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { sweepStaleTemps, tempPathBeside } from "../../src/io/temp-files.js";
import { run } from "../cli/run.js";

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid as number;
}

describe("temporary files beside an output", () => {
  it("tempPathBeside names a hidden file in the target's folder, unique even within one millisecond", () => {
    const names = Array.from({ length: 1000 }, () => tempPathBeside("/data/out/yoy.csv", ".part0"));
    expect(new Set(names).size).toBe(1000);
    for (const n of names) {
      expect(dirname(n)).toBe("/data/out");
      expect(basename(n)).toMatch(new RegExp(`^\\.yoy\\.csv\\.${process.pid}\\.\\d+\\.\\d+\\.part0$`));
    }
  });

  it("sweepStaleTemps removes what ended processes left for this target, and nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), "dt-temps-"));
    const target = join(dir, "yoy.csv");
    const dead = deadPid();
    const files = {
      stale: `.yoy.csv.${dead}.1795850000000.0.tmp`,
      stalePart: `.yoy.csv.${dead}.1795850000000.3.part1`,
      ours: basename(tempPathBeside(target)),
      otherTarget: `.shares.csv.${dead}.1795850000000.0.tmp`,
      notOurs: ".yoy.csv.notes",
      target: "yoy.csv",
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), "x");
    expect(sweepStaleTemps(target).sort()).toEqual([files.stale, files.stalePart].sort());
    expect(readdirSync(dir).sort()).toEqual([files.ours, files.otherTarget, files.notOurs, files.target].sort());
    expect(sweepStaleTemps(join(dir, "missing", "yoy.csv"))).toEqual([]);
  });

  it("export sweeps an interrupted export's leftovers beside its output and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dt-temps-"));
    const out = join(dir, "yoy.csv");
    const stale = join(dir, `.yoy.csv.${deadPid()}.1795850000000.0.tmp`);
    writeFileSync(stale, "half-written");
    const r = await run("export", "datasets/jiamusi", "--what", "yoy", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`已删除 1 个中断的导出留在 ${out} 旁的临时文件`);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(dir)).toEqual(["yoy.csv"]);
  });
});
