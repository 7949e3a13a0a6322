/**
 * A report run killed part-way (SIGKILL: it cannot clean up) leaves its temporary folder beside the
 * output; the next run to the same output removes it, says so, and leaves exactly the output folder.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = "dist/cli/main.js";
const root = mkdtempSync(join(tmpdir(), "report-interrupted-"));

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("a report killed part-way", () => {
  it("leaves a temporary folder that the next run removes, leaving exactly the report", async () => {
    const out = join(root, "report");
    const child = spawn(process.execPath, [CLI, "report", "datasets/jiamusi", "--out", out], { stdio: "ignore" });
    const temps = () => readdirSync(root).filter((n) => n.startsWith(".report."));
    // Killed once it has made its temporary folder and written into it.
    await until(() => temps().some((t) => readdirSync(join(root, t)).length > 0), 60_000);
    child.kill("SIGKILL");
    await new Promise((r) => child.on("close", r));
    const left = temps();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.report\\.${child.pid}\\.\\d+\\.\\d+\\.tmp$`));
    expect(existsSync(out)).toBe(false);

    const again = spawnSync(process.execPath, [CLI, "report", "datasets/jiamusi", "--out", out], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("已删除中断的运行在");
    expect(readdirSync(root)).toEqual(["report"]);
    expect(readdirSync(out).sort()).toEqual(["jiamusi", "jiamusi.html"]);
  }, 180_000);
});
