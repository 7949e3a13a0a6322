import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fillDocxTemplate, type TemplateFigure, templateCells } from "../../scripts/fill-docx-template.mjs";
import { extractReportFile } from "../../src/extract/extract-report-file.js";
import { readReportFile } from "../../src/extract/read-report-file.js";

const TEMPLATE = "../shared/reports/pdf/template-2021-layout.docx";
const APPLICANTS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  null,
];

/** Table 二 as filled in: every cell a different number, one amount with decimals. */
const TABLE_TWO: TemplateFigure[] = [
  { metric: "rules_issued", value: 1 },
  { metric: "rules_repealed", value: 2 },
  { metric: "rules_in_force", value: 11 },
  { metric: "normdocs_issued", value: 8 },
  { metric: "normdocs_repealed", value: 26 },
  { metric: "normdocs_in_force", value: 66 },
  { metric: "licensing_decisions", value: 447 },
  { metric: "penalty_decisions", value: 1203 },
  { metric: "coercion_decisions", value: 35 },
  { metric: "fee_amount", value: 12.5 },
];

/** Table 三 as filled in, a row per metric: six applicant columns, then 总计. */
const TABLE_THREE: Record<string, number[]> = {
  requests_new: [30, 5, 1, 2, 3, 4, 45],
  requests_carried_in: [3, 1, 0, 0, 0, 0, 4],
  result_granted: [10, 2, 0, 1, 0, 1, 14],
  result_partial: [2, 0, 0, 0, 1, 0, 3],
  "result_denied.state_secret": [1, 0, 0, 0, 0, 0, 1],
  "result_denied.law_prohibited": [0, 1, 0, 0, 0, 0, 1],
  "result_denied.security_stability": [0, 0, 1, 0, 0, 0, 1],
  "result_denied.third_party": [2, 0, 0, 0, 0, 0, 2],
  "result_denied.internal_affairs": [0, 0, 0, 1, 0, 0, 1],
  "result_denied.process_info": [1, 1, 0, 0, 0, 0, 2],
  "result_denied.enforcement_file": [0, 0, 0, 0, 1, 0, 1],
  "result_denied.admin_inquiry": [0, 0, 0, 0, 0, 1, 1],
  "result_unavailable.not_held": [6, 1, 0, 0, 0, 1, 8],
  "result_unavailable.needs_creation": [2, 0, 0, 0, 0, 0, 2],
  "result_unavailable.unclear_after_amend": [1, 0, 0, 0, 0, 0, 1],
  "result_not_processed.petition": [3, 0, 0, 0, 0, 0, 3],
  "result_not_processed.duplicate": [1, 0, 0, 0, 0, 0, 1],
  "result_not_processed.publication": [0, 0, 0, 0, 0, 0, 0],
  "result_not_processed.mass_repeat": [0, 0, 0, 0, 0, 0, 0],
  "result_not_processed.confirm_reissue": [0, 0, 0, 0, 1, 0, 1],
  "result_other.no_amend": [1, 0, 0, 0, 0, 0, 1],
  "result_other.fee_unpaid": [0, 0, 0, 0, 0, 0, 0],
  "result_other.misc": [1, 0, 0, 0, 0, 0, 1],
  result_total: [31, 5, 1, 2, 3, 4, 46],
  requests_carried_out: [2, 1, 0, 0, 0, 0, 3],
};

/** Table 四 as filled in: 复议, then 诉讼 without and after 复议; each 维持, 纠正, 其他, 尚未审结, 总计. */
const TABLE_FOUR: Record<string, number[]> = {
  reconsideration: [6, 2, 1, 3, 12],
  litigation_direct: [4, 0, 1, 2, 7],
  litigation_after_recon: [5, 1, 0, 0, 6],
};
const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"];

const FILLED: TemplateFigure[] = [
  ...TABLE_TWO,
  ...Object.entries(TABLE_THREE).flatMap(([metric, row]) => row.map((value, i) => ({ metric, applicant: APPLICANTS[i] ?? null, value }))),
  ...Object.entries(TABLE_FOUR).flatMap(([group, row]) => row.map((value, i) => ({ metric: `${group}.${OUTCOMES[i]}`, value }))),
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "read-docx-"));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const key = (f: { metric: string; applicant?: string | null; value: number | string }) => `${f.metric}|${f.applicant ?? ""}|${f.value}`;

describe("reading a Word .docx report", () => {
  it("the template has a cell for every figure filled in here, and no other", () => {
    expect(
      templateCells()
        .map((c) => `${c.metric}|${c.applicant ?? ""}`)
        .sort(),
    ).toEqual(FILLED.map((f) => `${f.metric}|${f.applicant ?? ""}`).sort());
  });

  it("reads every figure of the filled-in 2021 template into its metric and applicant column", async () => {
    const path = tempFile("some-body-2023.docx", await fillDocxTemplate(readFileSync(TEMPLATE), FILLED));
    const file = await readReportFile(path);
    expect([file.kind, file.format]).toEqual(["docx", "html"]);
    const report = extractReportFile(file, { year: 2023 });
    expect(report.layout).toBe("2021");
    expect(report.figures.map(key).sort()).toEqual(FILLED.map(key).sort());
    const fee = report.figures.find((f) => f.metric === "fee_amount");
    expect(fee?.source).toContain("行政事业性收费");
  });

  it("leaves a blank cell unknown: it gives no figure, never a zero", async () => {
    const left = new Set(["licensing_decisions|", "requests_new|other_org", "reconsideration.pending|"]);
    const some = FILLED.filter((f) => !left.has(`${f.metric}|${f.applicant ?? ""}`));
    const path = tempFile("some-body-2023.docx", await fillDocxTemplate(readFileSync(TEMPLATE), some));
    const report = extractReportFile(await readReportFile(path), { year: 2023 });
    expect(report.figures.map(key).sort()).toEqual(some.map(key).sort());
  });

  it("the blank template gives no figure, and says why", async () => {
    const file = await readReportFile(TEMPLATE);
    expect(() => extractReportFile(file, { year: 2023 })).toThrow(
      /template-2021-layout\.docx：没有找到数字：统计表在.*但表中没有文字形式的数字：单元格是空的/,
    );
  });

  it("filling a figure the template has no cell for is an error, not a silent skip", async () => {
    await expect(fillDocxTemplate(readFileSync(TEMPLATE), [{ metric: "proactive_items", value: 5 }])).rejects.toThrow(
      /no cell for proactive_items/,
    );
  });
});
