/**
 * add-year run twenty times at once on the same new year, as real processes of the built CLI: exactly
 * one writes the file and says so; every other run is refused with "already exists" and a usage exit
 * code, and the file is whole (byte for byte what one run writes alone). A check for the file followed
 * by a rename let several runs "write" and one silently replace another.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = "dist/cli/main.js";
const REPORT = "reports/jiamusi-2017.txt";
const root = mkdtempSync(join(tmpdir(), "add-year-race-"));

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function addYear(datasets: string, ...more: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "add-year", "jiamusi", "2017", "--from-report", REPORT, "--datasets", datasets, ...more], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A datasets folder with jiamusi's entity.json, so every run adds a year to a known body. */
function datasetsWithEntity(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "jiamusi"), { recursive: true });
  writeFileSync(join(dir, "jiamusi", "entity.json"), readFileSync("datasets/jiamusi/entity.json"));
  return dir;
}

describe("add-year run many times at once on one new year", () => {
  it("writes it exactly once; the other runs are refused with 'already exists' and exit 2", async () => {
    // What one run alone writes: the file every racing run would write.
    const alone = datasetsWithEntity("alone");
    const single = await addYear(alone);
    expect(single.code).toBe(0);
    const expected = readFileSync(join(alone, "jiamusi", "2017.csv"), "utf8");

    const raced = datasetsWithEntity("raced");
    const runs = await Promise.all(Array.from({ length: 20 }, () => addYear(raced)));
    const wrote = runs.filter((r) => r.code === 0);
    const refused = runs.filter((r) => r.code !== 0);
    expect(wrote).toHaveLength(1);
    expect(wrote[0]?.stdout).toContain(join(raced, "jiamusi", "2017.csv"));
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect(r.code).toBe(2);
      // Refused before the work (the quick check) or at the write (the exclusive link): one condition, and
      // the early check's words may be those of the add-year messages rather than the writer's.
      expect(r.stderr).toMatch(/2017\.csv (已存在|already exists)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
    expect(readFileSync(join(raced, "jiamusi", "2017.csv"), "utf8")).toBe(expected);
  }, 180_000);

  it("with --force every run replaces the file whole: it ends as one run's file, never torn", async () => {
    const forced = datasetsWithEntity("forced");
    writeFileSync(join(forced, "jiamusi", "2017.csv"), "entity,year,metric,value\n");
    const runs = await Promise.all(Array.from({ length: 8 }, () => addYear(forced, "--force")));
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0));
    const expected = readFileSync(join(root, "alone", "jiamusi", "2017.csv"), "utf8");
    expect(readFileSync(join(forced, "jiamusi", "2017.csv"), "utf8")).toBe(expected);
  }, 180_000);
});
