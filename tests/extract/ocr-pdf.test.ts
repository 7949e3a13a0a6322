import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { ocrInstallHint } from "../../src/extract/ocr/ocr-engine.js";
import { ocrPdf } from "../../src/extract/ocr/ocr-pdf.js";
import type { OcrReport } from "../../src/extract/ocr/ocr-report.js";
import { APPLICANTS } from "../../src/types.js";

// The 洪泽区 2024 report has a text layer, but OCR reads only the pages drawn as images: it is the scan
// test here. Pages 3 and 4 hold table 二's (六)(八) items, all of table 三 and table 四.
const PDF = "../shared/reports/pdf/huaian-hongze-2024.pdf";

/** Table 三 of the 2024 report as printed on pages 3 and 4 (read off the pages: 自然人 … 其他, 总计). */
const TABLE_THREE: [string, number[]][] = [
  ["requests_new", [95, 0, 0, 0, 0, 0, 95]],
  ["requests_carried_in", [0, 0, 0, 0, 0, 0, 0]],
  ["result_granted", [50, 0, 0, 0, 0, 0, 50]],
  ["result_partial", [9, 0, 0, 0, 0, 0, 9]],
  ["result_denied.state_secret", [0, 0, 0, 0, 0, 0, 0]],
  ["result_denied.law_prohibited", [0, 0, 0, 0, 0, 0, 0]],
  ["result_denied.security_stability", [1, 0, 0, 0, 0, 0, 1]],
  ["result_denied.third_party", [0, 0, 0, 0, 0, 0, 0]],
  ["result_denied.internal_affairs", [0, 0, 0, 0, 0, 0, 0]],
  ["result_denied.process_info", [1, 0, 0, 0, 0, 0, 1]],
  ["result_denied.enforcement_file", [1, 0, 0, 0, 0, 0, 1]],
  ["result_denied.admin_inquiry", [0, 0, 0, 0, 0, 0, 0]],
  ["result_unavailable.not_held", [31, 0, 0, 0, 0, 0, 31]],
  ["result_unavailable.needs_creation", [1, 0, 0, 0, 0, 0, 1]],
  ["result_unavailable.unclear_after_amend", [0, 0, 0, 0, 0, 0, 0]],
  ["result_not_processed.petition", [1, 0, 0, 0, 0, 0, 1]],
  ["result_not_processed.duplicate", [0, 0, 0, 0, 0, 0, 0]],
  ["result_not_processed.publication", [0, 0, 0, 0, 0, 0, 0]],
  ["result_not_processed.mass_repeat", [0, 0, 0, 0, 0, 0, 0]],
  ["result_not_processed.confirm_reissue", [0, 0, 0, 0, 0, 0, 0]],
  ["result_other", [0, 0, 0, 0, 0, 0, 0]],
  ["result_total", [95, 0, 0, 0, 0, 0, 95]],
  ["requests_carried_out", [0, 0, 0, 0, 0, 0, 0]],
];
/** Table 四 on page 4: 行政复议, 未经复议直接起诉, 复议后起诉; each 维持 / 纠正 / 其他 / 尚未审结 / 总计. */
const TABLE_FOUR: [string, number[]][] = [
  ["reconsideration", [1, 1, 0, 0, 2]],
  ["litigation_direct", [1, 0, 0, 0, 1]],
  ["litigation_after_recon", [2, 0, 1, 0, 3]],
];

function expectedFigures() {
  const out: { metric: string; applicant: (typeof APPLICANTS)[number] | null; value: number }[] = [
    { metric: "penalty_decisions", applicant: null, value: 2776 },
    { metric: "coercion_decisions", applicant: null, value: 84 },
    { metric: "fee_amount", applicant: null, value: 7545 },
  ];
  for (const [metric, values] of TABLE_THREE)
    values.forEach((value, k) => {
      out.push({ metric, applicant: APPLICANTS[k] ?? null, value });
    });
  for (const [block, values] of TABLE_FOUR)
    values.forEach((value, k) => {
      out.push({ metric: `${block}.${["upheld", "corrected", "other", "pending", "total"][k]}`, applicant: null, value });
    });
  return out.map((f) => ({ ...f, printed_share: null, printed_change: null, printed_change_pct: null }));
}

describe("ocrPdf on two table pages of the 洪泽区 2024 report", () => {
  let report: OcrReport;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    // No silent skip: without the optional packages this suite fails, saying how to install them.
    const require = createRequire(import.meta.url);
    for (const name of ["tesseract.js", "@tesseract.js-data/chi_sim"]) {
      try {
        require.resolve(name);
      } catch {
        throw new Error(`${name} is not installed. ${ocrInstallHint()}`);
      }
    }
    report = await ocrPdf(new Uint8Array(readFileSync(PDF)), { pages: [3, 4], onProgress: (d, t) => progress.push([d, t]) });
  }, 120_000);

  it("reads every figure of tables 三 and 四 and of table 二's rows on those pages, each exactly as printed", () => {
    const read = report.figures.map((f) => ({ ...f, printed_share: null, printed_change: null, printed_change_pct: null }));
    const a = measureAccuracy(read, expectedFigures());
    expect(a.mismatches).toEqual([]);
    expect(a.missing).toEqual([]);
    expect(a.extras).toEqual([]);
    expect(a.correct).toBe(3 + 23 * 7 + 15);
  });

  it("tells the 2021 layout from table 二's 行政事业性收费 row, which has one figure column", () => {
    expect(report.layout).toBe("2021");
    expect(report.layoutReason).toBe("表二的行政事业性收费行只有一个数字列（第 3 页）");
  });

  it("finds every identity adding up, marks table 二 unchecked, and warns of nothing", () => {
    expect(report.warnings).toEqual([]);
    const t2 = new Set(["penalty_decisions", "coercion_decisions", "fee_amount"]);
    for (const f of report.figures) expect([f.metric, f.identity]).toEqual([f.metric, t2.has(f.metric) ? "unchecked" : "holds"]);
  });

  it("gives each figure its page and row, and reports progress page by page", () => {
    const total = report.figures.find((f) => f.metric === "requests_new" && f.applicant === null);
    expect(total?.page).toBe(3);
    expect(total?.source).toMatch(/^表三 一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95$/);
    expect(report.figures.find((f) => f.metric === "litigation_after_recon.total")?.page).toBe(4);
    expect(report.pages).toEqual([3, 4]);
    expect(report.straightened).toEqual([]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
