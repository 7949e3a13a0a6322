import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UnusableInputError } from "../../src/errors.js";
import { PDF_PAGE_LIMIT } from "../../src/extract/pdf/read-pdf-pages.js";
import { REPORT_TEXT_LIMIT, readReportFile } from "../../src/extract/read-report-file.js";
import { run } from "../cli/run.js";
import { minimalPdf, textPage } from "../helpers/minimal-pdf.js";

const dir = mkdtempSync(join(tmpdir(), "dt-report-limit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a report's text is bounded", () => {
  it("refuses a text past the limit with the counts, as a file that holds no report (exit 1, skipped by --bulk)", async () => {
    const path = join(dir, "huge-2024.txt");
    writeFileSync(path, `2024年政府信息公开工作年度报告\n${"|".repeat(REPORT_TEXT_LIMIT)}\n`);
    const err = await readReportFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect((err as Error).message).toContain(`${path}：报告的文字有 2,097,171 个字符，超过 2,097,152 个字符的上限`);
  });

  it("reads a text at the limit", async () => {
    const path = join(dir, "long-2024.txt");
    const head = "2024年政府信息公开工作年度报告\n";
    writeFileSync(path, head + "。".repeat(REPORT_TEXT_LIMIT - head.length));
    expect((await readReportFile(path)).text).toHaveLength(REPORT_TEXT_LIMIT);
  });
});

describe("report text quoted in a message", () => {
  it("reaches the terminal with its escape sequences written out, not run", async () => {
    const path = join(dir, "escape-2024.txt");
    writeFileSync(path, "2024年政府信息公开工作年度报告\n\u001b]0;pwned\u0007\u001b[31m | 1 | 2 | 3 | 4 |\n");
    const r = await run("extract", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("\\u001b]0;pwned\\u0007\\u001b[31m");
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe("a report's PDF is bounded in pages", () => {
  it("refuses a PDF of more than PDF_PAGE_LIMIT pages before reading them, as no report", async () => {
    const path = join(dir, "pages-2024.pdf");
    writeFileSync(path, minimalPdf(Array.from({ length: PDF_PAGE_LIMIT + 1 }, (_, i) => textPage([`Page ${i}`]))));
    const err = await readReportFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect((err as Error).message).toContain(`PDF 有 ${PDF_PAGE_LIMIT + 1} 页，超过 ${PDF_PAGE_LIMIT} 页的上限`);
  });
});
