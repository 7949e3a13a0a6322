import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { extractReportFile } from "../../src/extract/extract-report-file.js";
import type { ExtractedFigure } from "../../src/extract/extracted-report.js";
import { readReportFile } from "../../src/extract/read-report-file.js";
import { toDatasetCsv } from "../../src/extract/to-dataset-csv.js";
import { inEnglish } from "../helpers/in-english.js";
import { chinesePage, minimalPdf, SCANNED_PAGE, textPage } from "../helpers/minimal-pdf.js";

// These tests check the English wording of messages.
inEnglish();

const PDF = "../shared/reports/pdf";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "read-pdf-"));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A figure as the accuracy measure compares it: metric, applicant, value and the printed extras. */
function key(f: {
  metric: string;
  applicant: string | null;
  value: number;
  printed_share: number | null;
  printed_change: number | null;
  printed_change_pct: number | null;
}): string {
  return [f.metric, f.applicant ?? "", f.value, f.printed_share ?? "", f.printed_change ?? "", f.printed_change_pct ?? ""].join("|");
}

function datasetKeys(path: string): string[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
  const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));
  return rows
    .map((r) =>
      key({
        metric: r.metric as string,
        applicant: r.applicant || null,
        value: Number(r.value),
        printed_share: num(r.printed_share),
        printed_change: num(r.printed_change),
        printed_change_pct: num(r.printed_change_pct),
      }),
    )
    .sort();
}

const keys = (figures: readonly ExtractedFigure[]) => figures.map(key).sort();

describe("reading a published report PDF", () => {
  it.each([2023, 2024])("the 洪泽区 %i PDF gives exactly the figures of the hand-checked dataset", async (year) => {
    const file = await readReportFile(`${PDF}/huaian-hongze-${year}.pdf`);
    expect(file.kind).toBe("pdf");
    const report = extractReportFile(file);
    expect(keys(report.figures)).toEqual(datasetKeys(`datasets/huaian-hongze/${year}.csv`));
  });

  it("the 淮安市 2024 PDF gives every figure of its pdftotext text, and the row whose label wraps around its numbers", async () => {
    const pdf = extractReportFile(await readReportFile(`${PDF}/huaian-shi-2024.pdf`));
    const text = extractReport(readFileSync("../shared/reports/candidates/huaian-shi-2024.txt", "utf8"));
    const fromPdf = keys(pdf.figures);
    const fromText = keys(text.figures);
    expect(fromText.filter((k) => !fromPdf.includes(k))).toEqual([]);
    // (五)5's label wraps around its numbers (要求行政机关确认或重新出 / 1 0 0 0 0 0 1 / 具已获取信息), which the
    // text readers may miss in pdftotext's layout; read from the PDF it is that row, as printed.
    const wrapped = [
      "natural_person|1",
      "commercial_enterprise|0",
      "research_institution|0",
      "social_welfare_org|0",
      "legal_service_org|0",
      "other_org|0",
      "|1",
    ]
      .map((a) => `result_not_processed.confirm_reissue|${a}|||`)
      .sort();
    expect(wrapped.filter((k) => !fromPdf.includes(k))).toEqual([]);
    expect(fromPdf.filter((k) => !fromText.includes(k) && !wrapped.includes(k))).toEqual([]);
  });

  it("each figure of a PDF says its page and line, and the line is the one the number is printed on", async () => {
    const file = await readReportFile(`${PDF}/huaian-hongze-2023.pdf`);
    const report = extractReportFile(file);
    // Page 3 of the PDF: its lines 行政处罚, 行政强制, 第二十条第(八)项, the header, then 行政事业性收费 7730.28,
    // below the 信息内容 header at the top of the page.
    const fee = report.figures.find((f) => f.metric === "fee_amount");
    expect(fee).toMatchObject({ value: 7730.28, page: 3, line: 6 });
    // The 21 requests of table 三 are on page 3 too; the sentence stating 21 in the text is on page 1.
    expect(report.figures.find((f) => f.metric === "requests_new" && f.applicant === null)).toMatchObject({ value: 21, page: 3 });
    expect(report.figures.find((f) => f.metric === "requests_received")).toMatchObject({ value: 21, page: 1 });
    const csv = toDatasetCsv(report);
    expect(csv).toMatch(/^fee_amount,,7730\.28,.*行政事业性收费.*\| 本年收费金额: 7730\.28 \(page 3, line 6\)",chars \d+-\d+$/m);
    // A table 三 cell names its row and its applicant column: the 21 requests are all 自然人's.
    expect(csv).toMatch(/^requests_new,natural_person,21,.*一、本年新收政府信息公开申请数量.*\| 自然人: 21 \(page 3, line \d+\)"/m);
    expect(csv).toMatch(/^requests_new,,21,.*\| 总计: 21 \(page 3, line \d+\)"/m);
    for (const f of report.figures) {
      expect(f.page).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(file.text.slice(f.start, f.end).replace(/\s/g, "")).not.toBe("");
    }
  });

  it("drops the page numbers the PDF prints at the foot of each page", async () => {
    const file = await readReportFile(`${PDF}/huaian-hongze-2023.pdf`);
    expect(file.pdf?.pages).toBe(5);
    expect(file.text).not.toMatch(/^\s*-\s*\d\s*-\s*$/m);
  });

  it("reads Chinese text set in a font that is not embedded, through the standard character maps pdf.js ships", async () => {
    const path = tempFile("cmap-2023.pdf", minimalPdf([chinesePage(["政府信息公开工作年度报告", "主动公开政府信息情况"])]));
    const file = await readReportFile(path);
    expect(file.text.split("\n").map((l) => l.trim())).toEqual(["政府信息公开工作年度报告", "主动公开政府信息情况"]);
  });

  it("reads a page whose text is drawn a quarter turn round (a landscape table on a portrait page) in reading order", async () => {
    // Upright line (u, v) of the landscape page is drawn at x = 595 - v, y = u, its baseline pointing up.
    const line = (text: string, u: number, v: number) => `BT /F1 12 Tf 0 1 -1 0 ${595 - v} ${u} Tm (${text}) Tj ET`;
    const content = [
      line("Table two", 72, 500),
      line("Licences", 72, 470),
      line("550", 300, 470),
      line("Penalties", 72, 450),
      line("4119", 300, 450),
    ].join("\n");
    const file = await readReportFile(tempFile("turned-2023.pdf", minimalPdf([content])));
    const lines = file.text.split("\n").filter((l) => l.trim() !== "");
    expect(lines.map((l) => l.trim().split(/ {2,}/))).toEqual([["Table two"], ["Licences", "550"], ["Penalties", "4119"]]);
  });

  it("a PDF with no text layer is reported as a scan, with what to do", async () => {
    const path = tempFile("scan-2023.pdf", minimalPdf([SCANNED_PAGE, SCANNED_PAGE]));
    await expect(readReportFile(path)).rejects.toThrow(/this PDF has no text layer: it looks like a scanned document \(2 page\(s\).*--ocr/);
  });

  it("a PDF whose table pages are images gives no figure and says which pages have no text", async () => {
    const path = tempFile(
      "half-scan-2023.pdf",
      minimalPdf([textPage(["Annual report on government information disclosure, 2023", "Part one: overview"]), SCANNED_PAGE]),
    );
    const file = await readReportFile(path);
    expect(file.pdf?.imagePages).toEqual([2]);
    expect(() => extractReportFile(file)).toThrow(/no figure found: page\(s\) 2 of 2 have no text layer \(scanned images\).*OCR/);
  });

  it("a damaged PDF is an error naming the file, not a stack trace", async () => {
    const path = tempFile("cut-2023.pdf", minimalPdf([textPage(["x"])]).subarray(0, 60));
    await expect(readReportFile(path)).rejects.toThrow(/cut-2023\.pdf: (not a readable PDF|this PDF has no text layer)/);
  });
});
