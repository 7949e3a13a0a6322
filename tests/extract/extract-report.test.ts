import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import type { ExtractedReport } from "../../src/extract/extracted-report.js";
import { measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { loadDatasets } from "../../src/io/load-datasets.js";

const BUNDLED = [
  { report: "reports/jiamusi-2017.txt", entity: "jiamusi", year: 2017, body: "佳木斯市", layout: "2008" },
  { report: "../shared/reports/huaian-hongze-2023.txt", entity: "huaian-hongze", year: 2023, body: "洪泽区人民政府", layout: "2021" },
  { report: "../shared/reports/huaian-hongze-2024.txt", entity: "huaian-hongze", year: 2024, body: "淮安市洪泽区人民政府", layout: "2021" },
] as const;

function extract(path: string): { text: string; report: ExtractedReport } {
  const text = readFileSync(path, "utf8");
  return { text, report: extractReport(text) };
}

describe("extractReport(text) on the bundled reports", () => {
  for (const c of BUNDLED) {
    it(`extractReport(text) equals the hand-checked dataset figure by figure for ${c.report}`, async () => {
      const { report } = extract(c.report);
      const loaded = await loadDatasets(`datasets/${c.entity}/${c.year}.csv`);
      expect(loaded.problems).toEqual([]);
      const expected = loaded.table.rows();
      const a = measureAccuracy(report.figures, expected);
      expect(a.mismatches).toEqual([]);
      expect(a.missing).toEqual([]);
      expect(a.extras).toEqual([]);
      expect(a.correct).toBe(expected.length);
      expect(a.printed.correct).toBe(a.printed.expected);
    });

    it(`extractReport(text) finds the body, year and layout in the title of ${c.report}`, () => {
      const { report } = extract(c.report);
      expect([report.body, report.year, report.yearFrom, report.layout]).toEqual([c.body, c.year, "title", c.layout]);
    });

    it(`extractReport(text) gives offsets that point at each printed number in ${c.report}`, () => {
      const { text, report } = extract(c.report);
      for (const f of report.figures) {
        const printed = text.slice(f.start, f.end);
        expect(f.source_start).toBeLessThanOrEqual(f.start);
        expect(f.source_end).toBeGreaterThanOrEqual(f.end);
        if (/^\d/.test(printed)) expect(Number(printed.replace(/[, ]/g, ""))).toBe(f.value);
        else expect(f.value).toBe(0); // a statement in words: 没有收费, 未出现…行政复议和行政诉讼
      }
    });
  }

  it("extractReport(text) keeps both the narrative and the table request counts when they disagree", () => {
    const { text, report } = extract("../shared/reports/huaian-hongze-2024.txt");
    const narrative = report.figures.find((f) => f.metric === "requests_received");
    const table = report.figures.find((f) => f.metric === "requests_new" && f.applicant === null);
    expect(narrative?.value).toBe(17);
    expect(narrative?.origin).toBe("narrative");
    expect(text.slice(narrative?.source_start, narrative?.source_end)).toContain("受理政府");
    expect(table?.value).toBe(95);
    expect(table?.origin).toBe("table");
    expect(report.warnings.some((w) => w.includes("17") && w.includes("95"))).toBe(true);
  });

  it("extractReport(text) keeps table 四 totals as printed, even when they contradict their parts", () => {
    const { report } = extract("../shared/reports/huaian-hongze-2023.txt");
    const get = (m: string) => report.figures.find((f) => f.metric === m)?.value;
    expect([get("reconsideration.upheld"), get("reconsideration.corrected"), get("reconsideration.total")]).toEqual([10, 1, 0]);
    expect([get("litigation_after_recon.upheld"), get("litigation_after_recon.total")]).toEqual([5, 0]);
  });

  it("extractReport(text) lists the seed's numbers no metric took, and skips dates, phones, postcodes and document numbers", () => {
    const { report } = extract("reports/jiamusi-2017.txt");
    expect(report.unassigned.map((u) => u.text)).toEqual(["15", "40%", "30%", "30%", "100%"]);
    expect(report.unassigned[4]?.context).toContain("制发规范性文件100%公开");
  });

  it("extractReport(text) lists a 2021 report's unclaimed figure with its context", () => {
    const { text, report } = extract("../shared/reports/huaian-hongze-2024.txt");
    expect(report.unassigned).toHaveLength(1);
    const u = report.unassigned[0];
    expect(u?.context).toContain("常务会议 7 期");
    expect(text.slice(u?.start, u?.end)).toBe("7");
  });

  it("extractReport(text) reads the seed's printed share and change beside proactive_items, not the 100% after 规范性文件", () => {
    const { report } = extract("reports/jiamusi-2017.txt");
    const items = report.figures.find((f) => f.metric === "proactive_items");
    expect([items?.value, items?.printed_change, items?.printed_change_pct, items?.printed_share]).toEqual([89370, 2589, 3, null]);
    const docs = report.figures.find((f) => f.metric === "proactive_normative_docs");
    expect([docs?.value, docs?.printed_share]).toEqual([438, null]);
  });
});
