import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDirs } from "../../src/io/make-dirs.js";

describe("makeDirs(dir)", () => {
  it("makes a folder and its missing parents, and accepts one that is there", () => {
    const root = mkdtempSync(join(tmpdir(), "dt-make-dirs-"));
    const dir = join(root, "a", "b", "c");
    makeDirs(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    makeDirs(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it("throws the system's answer where a part of the path is a file", () => {
    const root = mkdtempSync(join(tmpdir(), "dt-make-dirs-"));
    writeFileSync(join(root, "file"), "x");
    expect(() => makeDirs(join(root, "file", "sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    expect(() => makeDirs(join(root, "file"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
  });

  // Node 20's recursive mkdir never returns here: /proc exists and still answers ENOENT for a child.
  it.runIf(existsSync("/proc/self"))("throws ENOENT under /proc instead of retrying for ever", () => {
    expect(() => makeDirs("/proc/no-such-folder/sub")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});
