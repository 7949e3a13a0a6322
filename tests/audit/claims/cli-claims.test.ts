/**
 * `audit <report-file>` and `audit <datasets> --texts <folders>`: the claims audit through the command
 * line, its output in the audit's usual forms, and its usage errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../../../src/audit/finding.js";
import { run } from "../../cli/run.js";

const REPORTS = "../shared/reports";
const dir = mkdtempSync(join(tmpdir(), "claims-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("audit <report-file>", () => {
  it("audits one report's figures and claims, the prior year from --datasets, as JSON findings", async () => {
    const r = await run("audit", `${REPORTS}/candidates/suqian-shi-2024.txt`, "--datasets", "datasets", "--format", "json");
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as Finding[];
    const growth = findings.filter((f) => f.check === "claim_growth");
    expect(growth).toHaveLength(1);
    // (3646 − 3607) / 3607 = 1.081% against the printed 1.05%.
    expect(growth[0]).toMatchObject({
      severity: "error",
      printed: 1.05,
      file: "suqian-shi-2024.txt",
      line: 31,
      entity: "suqian-shi",
      year: 2024,
    });
    expect(growth[0]?.computed).toBeCloseTo(1.0812, 4);
    expect(growth[0]?.source).toContain("同比增长1.05%");
  });

  it("says what the claims came to under the summary, and cannot check the growth without --datasets", async () => {
    const r = await run("audit", `${REPORTS}/candidates/suqian-shi-2024.txt`, "--check", "claim_growth");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("无法核对");
    expect(r.stdout).toMatch(/正文声明及表格比对 1 项：核对 0 项，相符 0 项，有问题 0 项，无法核对 1 项/);
  });

  it("reads a PDF report: its timeliness claim agrees (103 carried over, named in the sentence), so no finding", async () => {
    const r = await run("audit", `${REPORTS}/pdf/huaian-shi-2024.pdf`, "--check", "claim_timeliness");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/正文声明及表格比对 1 项：核对 1 项，相符 1 项，有问题 0 项，无法核对 0 项/);
  });

  it("refuses --texts with a report file, and a report whose year cannot be told", async () => {
    const texts = await run("audit", `${REPORTS}/candidates/suqian-shi-2024.txt`, "--texts", REPORTS);
    expect(texts.code).not.toBe(0);
    expect(texts.stderr).toContain("--texts");
    const noYear = join(dir, "notes.txt");
    writeFileSync(noYear, "本单位政府信息公开工作情况\n全年收到申请5件,均在法定期限内予以答复。\n");
    const r = await run("audit", noYear);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("notes.txt：看不出报告的年份");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("audit <report-file> of other formats", () => {
  it("reads an HTML report: its claims placed on the lines of the page's source", async () => {
    // 全年共收到政府信息公开申请38件，同比下降9.5%，均在法定期限内答复 (line 12); table 三 carries 1 over (line 59).
    const r = await run("audit", "tests/extract/fixtures/html-2021-department.html", "--format", "json");
    expect(r.code).toBe(0);
    const claims = (JSON.parse(r.stdout) as Finding[]).filter((f) => f.check.startsWith("claim_"));
    expect(claims.map((f) => `${f.check} ${f.ran} ${f.severity} ${f.line}`)).toEqual([
      "claim_growth false note 12",
      "claim_timeliness true note 12",
    ]);
    expect(claims[1]?.message).toContain("表三结转下年度继续办理 1 件尚未答复");
  });
});

describe("audit <datasets> --texts <folders>", () => {
  it("adds the claims of every report of the datasets found in the folders", async () => {
    const r = await run(
      "audit",
      "datasets",
      "--texts",
      `${REPORTS}/candidates`,
      REPORTS,
      "--check",
      "claim_share",
      "claim_growth",
      "claim_ratio",
      "claim_total",
      "claim_timeliness",
      "claim_other_year",
      "claim_identical_table",
      "--min-severity",
      "warning",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as Finding[];
    expect(findings.map((f) => `${f.entity} ${f.year} ${f.check} ${f.severity} ${f.file}:${f.line}`)).toEqual([
      "hainan-amr-himpa 2014 claim_ratio error hainan-amr-himpa-2014.txt:4",
      "suqian-shi 2024 claim_growth error suqian-shi-2024.txt:31",
      "xiangtan-yunhuqiaozhen 2023 claim_other_year warning xiangtan-yunhuqiaozhen-2023.txt:16",
    ]);
  });

  it("refuses folders holding no report of the datasets", async () => {
    const r = await run("audit", "datasets", "--texts", dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("没有数据集里的机构和年份的报告");
  });
});
