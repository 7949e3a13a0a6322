import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";

/**
 * extractReport takes time in proportion to its input. These inputs took 22 s (a 40 KB line of digits)
 * and minutes (a megabyte of repeated sentences) while a rule or the unassigned-number finder rescanned
 * a run of digits from each of its digits, and while the narrative view re-read a string it grew one
 * character at a time. The bound is generous: the runs take under 1 s on an idle machine. What is
 * measured is the processor time the process spent (user and system), not the time on the clock, so
 * other work on a busy machine does not make the test fail.
 */
const BOUND_MS = 2000;

function timed(text: string): { ms: number; report: ReturnType<typeof extractReport> } {
  const start = process.cpuUsage();
  const report = extractReport(text);
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, report };
}

describe("extractReport(text) runs in linear time", () => {
  it("extractReport(text) reads a 40 KB line of digits in under 2 s and takes no figure from it", () => {
    const { ms, report } = timed("1234567890".repeat(4000));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.figures).toEqual([]);
    expect(report.unassigned).toHaveLength(1);
  });

  it("extractReport(text) reads a 40 KB line of digits inside a real 2021+ report in under 2 s, with the report's figures unchanged", () => {
    const path = "../shared/reports/huaian-hongze-2024.txt";
    const plain = extractReport(readFileSync(path, "utf8"));
    const { ms, report } = timed(`${readFileSync(path, "utf8")}\n${"1234567890".repeat(4000)}\n`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.figures.map((f) => [f.metric, f.applicant, f.value])).toEqual(plain.figures.map((f) => [f.metric, f.applicant, f.value]));
  });

  it("extractReport(text) reads a million characters of repeated report sentences in under 2 s and keeps one figure per metric", () => {
    const sentence = "2024年，全市共受理政府信息公开申请3119件，主动公开政府信息1200条，较上年增加20条。\n";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const { ms, report } = timed(text);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.figures.map((f) => [f.metric, f.value, f.printed_change])).toEqual([
      ["requests_received", 3119, null],
      ["proactive_items", 1200, 20],
    ]);
  });

  it("extractReport(text) reads 630,000 characters of sentences on one line (1.9 MB of UTF-8), and 80 KB of spaced digits, in under 2 s", () => {
    const line = "全市共受理政府信息公开申请3119件，答复3050件，其中局官方网站公开1193条。".repeat(15_000);
    expect(timed(line).ms).toBeLessThan(BOUND_MS);
    expect(timed("1 ".repeat(40_000)).ms).toBeLessThan(BOUND_MS);
  });

  it("extractReport(text) reads a title line of 64,000 spaces in under 2 s (the title was looked for from each space)", () => {
    for (const head of ["2024年", "主动公开政府信息", "一、"]) {
      const { ms } = timed(`${head}${" ".repeat(64_000)}5条\n`);
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });

  it("extractReport(text) reads 8,000 statements of one metric that all differ in under 2 s, keeping none", () => {
    const lines = Array.from({ length: 8000 }, (_, i) => `2024年，全市共受理政府信息公开申请${i + 1}件。`);
    const { ms, report } = timed(`2024年政府信息公开工作年度报告\n${lines.join("\n")}\n`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.figures.filter((f) => f.metric === "requests_received")).toEqual([]);
    expect(report.warnings.join("\n")).toContain("等，共 8000 个");
  });
});
