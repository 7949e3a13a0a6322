import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { findReportTexts } from "../../src/extract/find-report-texts.js";

const root = mkdtempSync(join(tmpdir(), "report-texts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("findReportTexts", () => {
  it("finds reports by body and year, preferring text to PDF, and passes over other files", () => {
    const dir = join(root, "a");
    mkdirSync(dir);
    for (const name of [
      "huaian-hongze-2023.pdf",
      "huaian-hongze-2023.txt",
      "huaian-hongze-2024.pdf",
      "INDEX.csv",
      "README.md",
      "notes.txt",
    ]) {
      writeFileSync(join(dir, name), "x");
    }
    const found = findReportTexts([dir]);
    expect([...found.keys()]).toEqual(["huaian-hongze"]);
    expect(found.get("huaian-hongze")?.get(2023)).toBe(join(dir, "huaian-hongze-2023.txt"));
    expect(found.get("huaian-hongze")?.get(2024)).toBe(join(dir, "huaian-hongze-2024.pdf"));
  });

  it("says which --texts folder is missing", () => {
    expect(() => findReportTexts([join(root, "none")])).toThrow(UsageError);
    expect(() => findReportTexts([join(root, "none")])).toThrow(/--texts .*none/);
  });
});
