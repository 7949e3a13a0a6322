import { describe, expect, it } from "vitest";
import { type Finding, sortFindings, sortReportFindings } from "../../src/audit/finding.js";

const finding = (entity: string, year: number, check: Finding["check"], severity: Finding["severity"], line: number): Finding => ({
  entity,
  entity_name: entity,
  year,
  check,
  ran: true,
  metrics: [],
  applicant: null,
  printed: null,
  computed: null,
  difference: null,
  severity,
  message: "",
  source: null,
  file: null,
  line,
  figures: [],
});

describe("sortFindings(findings)", () => {
  it("sortFindings(findings) orders as localeCompare on entity and check would, then year, severity, line", () => {
    const entities = ["b", "a-b", "ab", "B", "a_b", "é", "e"];
    const checks: Finding["check"][] = ["parts_sum", "printed_share", "carry_over", "applicant_sum"];
    const severities: Finding["severity"][] = ["note", "error", "warning"];
    const all: Finding[] = [];
    let k = 0;
    for (const e of entities)
      for (const y of [2018, 2017])
        for (const c of checks) all.push(finding(e, y, c, severities[k % 3] as Finding["severity"], (k++ * 7) % 5));
    const rank = { error: 0, warning: 1, note: 2 };
    const want = [...all].sort(
      (a, b) =>
        a.entity.localeCompare(b.entity) ||
        a.year - b.year ||
        rank[a.severity] - rank[b.severity] ||
        a.check.localeCompare(b.check) ||
        (a.line ?? 0) - (b.line ?? 0),
    );
    expect(sortFindings([...all])).toEqual(want);
  });

  it("sortReportFindings(findings, from) sorts one report's findings, after the others, as sortFindings orders them", () => {
    const checks: Finding["check"][] = ["printed_share", "parts_sum", "carry_over", "applicant_sum", "parts_sum"];
    const severities: Finding["severity"][] = ["note", "error", "warning", "error", "error"];
    const report = checks.map((c, k) => finding("ab", 2018, c, severities[k] as Finding["severity"], 9 - k));
    const before = [finding("a", 2017, "printed_share", "note", 1)];
    const all = [...before, ...report];
    sortReportFindings(all, before.length);
    expect(all.slice(0, 1)).toEqual(before);
    expect(all.slice(1)).toEqual(sortFindings([...report]));
    expect(all.slice(1).map((f) => `${f.severity} ${f.check} ${f.line}`)).toEqual([
      "error applicant_sum 6",
      "error parts_sum 5",
      "error parts_sum 8",
      "warning carry_over 7",
      "note printed_share 9",
    ]);
  });
});
