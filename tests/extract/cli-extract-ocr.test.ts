import { describe, expect, it } from "vitest";
import { parsePages } from "../../src/cli/extract-by-ocr.js";
import { run } from "../cli/run.js";

const HONGZE_2024 = "../shared/reports/pdf/huaian-hongze-2024.pdf";

describe("extract --ocr", () => {
  it("parsePages(text) reads page numbers and ranges, and refuses anything else", () => {
    expect(parsePages("3-4,6")).toEqual([3, 4, 6]);
    expect(parsePages(" 2 ")).toEqual([2]);
    for (const bad of ["0", "4-3", "a", "3,", "1-99999"]) expect(() => parsePages(bad)).toThrow(/无效的 --pages/);
  });

  it("refuses --pages without --ocr, and a file that is not a PDF", async () => {
    const pages = await run("extract", "reports/jiamusi-2017.txt", "--pages", "2");
    expect([pages.code, pages.stderr]).toEqual([2, "错误：--pages 只与 --ocr 一起使用\n"]);
    const text = await run("extract", "reports/jiamusi-2017.txt", "--ocr");
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("--ocr 读取 PDF 的页面图像；这不是 PDF");
  });

  it("reads table 四 of the 2024 洪泽区 report from its page image, every figure basis ocr", async () => {
    const r = await run("extract", HONGZE_2024, "--ocr", "--pages", "4");
    expect(r.stderr).toContain("OCR 读取了 1 页");
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\n").slice(1);
    const value = (metric: string) => rows.find((line) => line.startsWith(`${metric},,`))?.split(",")[2];
    // Printed on page 4 of the published PDF (datasets/huaian-hongze/2024.csv, report line 150).
    expect([value("reconsideration.upheld"), value("reconsideration.corrected"), value("reconsideration.total")]).toEqual(["1", "1", "2"]);
    expect([value("litigation_direct.total"), value("litigation_after_recon.upheld"), value("litigation_after_recon.other")]).toEqual([
      "1",
      "2",
      "1",
    ]);
    expect(rows.every((line) => line.includes(",ocr,"))).toBe(true);
  });
});
