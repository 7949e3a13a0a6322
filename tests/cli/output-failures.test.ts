import { spawn, spawnSync } from "node:child_process";
import { closeSync, openSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CLI = "dist/cli/main.js";

describe("the CLI when its output cannot be written", () => {
  it("ends quietly with exit 0 when the reader of its stdout has gone (EPIPE: `… | head`)", async () => {
    const child = spawn(process.execPath, [CLI, "extract", "reports/jiamusi-2017.txt"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the reader goes away before the first write
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error:|at .*\.js/);
    expect(code).toBe(0);
  });

  it("exits 3 with a message when stdout is a full disk (ENOSPC)", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [CLI, "catalogue", "--format", "csv"], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(r.stderr).toContain("ENOSPC");
      expect(r.status).toBe(3);
    } finally {
      closeSync(full);
    }
  });

  it("--out a device writes to it, never replaces it with a file, and a full one is an error", () => {
    const r = spawnSync(process.execPath, [CLI, "extract", "reports/jiamusi-2017.txt", "--out", "/dev/full"], { encoding: "utf8" });
    expect(r.stderr).toContain("无法写入 /dev/full：");
    expect(r.stderr).toContain("ENOSPC");
    expect(r.status).toBe(3);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});
