import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { importPackage } from "../../src/core/import-package.js";

const BUNDLE = "dist/bin/main.js";

describe("the CLI's entry (scripts/cli-entry.mjs, built as dist/cli/main.js)", () => {
  it("the build leaves a code cache this Node accepts for the bundle", () => {
    expect(existsSync(`${BUNDLE}.cache`)).toBe(true);
    // Compiled as the entry compiles it: Node's CommonJS wrapper around the script without its hashbang.
    const source = readFileSync(BUNDLE, "utf8").replace(/^#!.*/, "");
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: BUNDLE,
      cachedData: readFileSync(`${BUNDLE}.cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("a command that loads packages on first use runs from the cached bundle (chart → PNG through Vega and resvg)", () => {
    const out = join(tmpdir(), `dt-cli-entry-${process.pid}.png`);
    const r = spawnSync(process.execPath, ["dist/cli/main.js", "chart", "trend", "datasets", "--metric", "proactive_items", "--out", out], {
      encoding: "utf8",
    });
    expect(r.stderr).not.toContain("ERR_VM_DYNAMIC_IMPORT");
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe("PNG");
  });
});

describe("importPackage(specifier)", () => {
  it("imports a package, through the function the CLI's entry lends when there is one", async () => {
    expect((await importPackage<typeof import("node:path")>("node:path")).join("a", "b")).toBe("a/b");
    const lent = Symbol.for("disclosure-trends.import-package");
    const asked: string[] = [];
    (globalThis as Record<symbol, unknown>)[lent] = (specifier: string) => {
      asked.push(specifier);
      return Promise.resolve({ lent: true });
    };
    try {
      expect(await importPackage("vega")).toEqual({ lent: true });
      expect(asked).toEqual(["vega"]);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[lent];
    }
  });
});
