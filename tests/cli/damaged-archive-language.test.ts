import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { zipParts } from "../../src/io/xlsx/zip-writer.js";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "damaged-archive-language-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A damaged workbook and a damaged Word file are told in the chosen language, Chinese by default; the
 * Word file is never called a workbook. Expected texts are written from the catalogue's wording.
 */
describe("a damaged workbook or Word file, in both languages", () => {
  const book = join(dir, "datasets", "jiamusi", "2017.xlsx");
  mkdirSync(join(dir, "datasets", "jiamusi"), { recursive: true });
  writeFileSync(book, "metric,value\nproactive_items,1\n");
  // A Word file whose document part ends a <w:p> it never opened.
  const docx = join(dir, "report.docx");
  writeFileSync(docx, zipParts([{ name: "word/document.xml", data: Buffer.from("<w:document><w:body></w:p></w:body></w:document>") }]));

  it("the workbook's E_WORKBOOK problem", async () => {
    const zh = await run("validate", join(dir, "datasets"));
    expect(zh.stdout + zh.stderr).toContain("文件不是 ZIP 压缩包（.xlsx 与 .docx 文件都是），可能已损坏或被截断");
    expect(zh.stdout + zh.stderr).toContain("用 Excel 或 WPS 打开，重新另存为 .xlsx 工作簿");
    const en = await run("validate", join(dir, "datasets"), "--lang", "en");
    expect(en.stdout + en.stderr).toContain("the file is not a zip archive (as .xlsx and .docx files are): a broken or truncated file");
    expect(en.stdout + en.stderr).toContain("save it again from Excel or WPS as an .xlsx workbook");
    expect(en.stdout + en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("the Word file's error", async () => {
    const zh = await run("extract", docx);
    expect(zh.code).not.toBe(0);
    expect(zh.stderr).toContain("word/document.xml: XML 已损坏：结束标签 </p> 与它所结束的元素不匹配");
    expect(zh.stderr).not.toMatch(/工作簿|workbook/);
    const en = await run("extract", docx, "--lang", "en");
    expect(en.stderr).toContain("word/document.xml: broken XML: the end tag </p> does not close the element it ends");
    expect(en.stderr).not.toMatch(/workbook|[\u4e00-\u9fff]/);
  });
});
