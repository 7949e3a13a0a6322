/**
 * The 2021+ parts-sum check of 办理结果 runs once 其他处理 is derived from its three rows (the 2021 layout
 * prints no 其他处理 subtotal), instead of answering "could not be checked". Figures worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { auditReport } from "../../src/audit/audit.js";
import { cells } from "../compute/observations.js";
import { DENIED, NOT_PROCESSED, UNAVAILABLE } from "../helpers/sub-rows.js";

/** A 2022 (2021-layout) table 三 in the 总计 column: granted 5, partial 1, 不予公开 2, 无法提供 3, 不予处理 1, 其他处理 1 + 0 + 2. */
function report(total: number) {
  return cells([
    ["a", 2022, "result_granted", 5],
    ["a", 2022, "result_partial", 1],
    ...DENIED.map((g, k) => ["a", 2022, `result_denied.${g}`, k === 0 ? 2 : 0] as [string, number, string, number]),
    ...UNAVAILABLE.map((g, k) => ["a", 2022, `result_unavailable.${g}`, k === 0 ? 3 : 0] as [string, number, string, number]),
    ...NOT_PROCESSED.map((g, k) => ["a", 2022, `result_not_processed.${g}`, k === 1 ? 1 : 0] as [string, number, string, number]),
    ["a", 2022, "result_other.no_amend", 1],
    ["a", 2022, "result_other.fee_unpaid", 0],
    ["a", 2022, "result_other.misc", 2],
    ["a", 2022, "result_total", total],
  ]);
}

describe("parts_sum of 办理结果 in the 2021 layout", () => {
  it("passes when 5 + 1 + 2 + 3 + 1 + (1 + 0 + 2) = 15 is printed as the total, with no could-not-check note", () => {
    const r = auditReport(report(15));
    expect(r.findings).toEqual([]);
    // The derived subtotals are not checked against the rows they were summed from; the whole is.
    expect(r.checks_not_run).toBe(0);
  });

  it("fails when the printed total is 14, naming the derived 其他处理 among its parts", () => {
    const r = auditReport(report(14));
    const f = r.findings.filter((x) => x.check === "parts_sum");
    expect(f.map((x) => [x.severity, x.metrics[0], x.printed, x.computed])).toEqual([["error", "result_total", 14, 15]]);
    expect(f[0]?.message).toContain("5 + 1 + 2 + 3 + 1 + 3 = 15，不符");
    expect(f[0]?.figures.find((x) => x.metric === "result_other")?.source).toContain("derived: result_other = ");
  });
});

describe("a printed change whose prior figure is derived from it", () => {
  it("is not counted as checked, while its printed growth is checked against the derived baseline", () => {
    // 2017: 110, 较上年增加10件, 同比增长9%: the baseline is 110 − 10 = 100, and (110 − 100) / 100 = 10%, not 9%.
    const r = auditReport(cells([["a", 2017, "requests_received", 110, { printed_change: 10, printed_change_pct: 9 }]]));
    expect(r.findings.map((f) => [f.check, f.severity, f.ran, f.printed, f.computed])).toEqual([
      ["printed_growth", "error", true, 9, 10],
      ["printed_change", "note", false, 10, null],
    ]);
    expect(r.findings[1]?.message).toContain("2016 年的数字（100）正是由它推算的");
    const en = auditReport(cells([["a", 2017, "requests_received", 110, { printed_change: 10, printed_change_pct: 9 }]]), { lang: "en" });
    expect(en.findings[1]?.message).toContain("the 2016 figure (100) is derived from it");
  });
});
