/**
 * Each claim check on a hand-made report: the claims as the finders give them, the report's table
 * figures as the extractor gives them, the prior years as the datasets would. Every expected figure
 * below is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from "vitest";
import { checkClaim } from "../../../src/audit/claim-audit.js";
import { ClaimContext, type ClaimReport } from "../../../src/audit/claim-context.js";
import { checkIdenticalTable } from "../../../src/audit/claim-identical-table.js";
import type { Claim, GrowthClaim, ShareClaim, TimelinessClaim, TotalClaim } from "../../../src/extract/claims/claim.js";
import type { ExtractedFigure } from "../../../src/extract/extracted-report.js";

function figure(metric: string, value: number, applicant: ExtractedFigure["applicant"] = null): ExtractedFigure {
  return {
    metric,
    applicant,
    value,
    printed_share: null,
    printed_change: null,
    printed_change_pct: null,
    source: "",
    start: 0,
    end: 0,
    source_start: 0,
    source_end: 0,
    origin: "table",
    note: null,
  };
}

/** A report (of 2023 unless said) with these table figures, and prior years' figures keyed "metric|year". */
function context(
  figures: ExtractedFigure[],
  prior: Record<string, number> = {},
  priorYear: Map<string, number> | null = null,
  year = 2023,
) {
  const report: ClaimReport = {
    entity: "x",
    entity_name: "某区",
    year,
    layout: year < 2019 ? "2008" : "2021",
    file: `x-${year}.txt`,
    paged: false,
    figures,
  };
  return new (class extends ClaimContext {
    override datasetValue(metric: string, year: number): number | null {
      return prior[`${metric}|${year}`] ?? null;
    }
    override datasetYear(year: number): Map<string, number> {
      return year === 2022 && priorYear !== null ? priorYear : new Map();
    }
  })(report, null);
}

const place = { start: 0, line: 7 };

describe("claim_share", () => {
  const table = [figure("result_granted", 272), figure("result_partial", 3), figure("result_total", 811)];
  const claim = (count: number, share: number, denominator: number | null = null): ShareClaim => ({
    kind: "share",
    sentence: `予以公开及部分公开${count}件(${share}%)`,
    ...place,
    category: "予以公开及部分公开",
    metrics: ["result_granted", "result_partial"],
    count,
    share,
    denominator,
    received: null,
  });

  it("258件(33.9%) beside table 三's 272 + 3 of 811: the share agrees with the table, the count does not", () => {
    // (272 + 3) / 811 = 0.339088… → 33.91%, which rounds to the printed 33.9; 258 ≠ 275.
    const v = checkClaim(context(table), claim(258, 33.9, 811));
    expect(v.outcome).toBe("flagged");
    expect(v.severity).toBe("warning");
    expect(v.message).toContain("报告称予以公开及部分公开 258 件，表三为 272 + 3 = 275 件：不符。");
    expect(v.message).toContain("予以公开及部分公开 (272 + 3) ÷ 811 = 33.91%，报告称 33.9%：相符");
  });

  it("agrees when count and share both match the table", () => {
    const v = checkClaim(context(table), claim(275, 33.9));
    expect(v.outcome).toBe("matched");
  });

  it("is an error when no reading gives the printed share, and shows both readings", () => {
    // table: 275 / 811 = 33.91%; text: 275 / 800 = 34.38%; printed 31.2 is neither.
    const v = checkClaim(context(table), claim(275, 31.2, 800));
    expect(v).toMatchObject({ outcome: "flagged", severity: "error" });
    expect(v.message).toContain("(272 + 3) ÷ 811 = 33.91%，报告称 31.2%：不符（按报告的精度应为 33.9%）");
    expect(v.message).toContain("按正文的数字则为 275 ÷ 800 = 34.38%");
  });

  it("is a note when the share is truncated, not rounded", () => {
    // 2 of 3 → 66.666…%: 66.7 rounded, the printed 66.6 cut.
    const ctx = context([figure("result_granted", 2), figure("result_partial", 0), figure("result_total", 3)]);
    const v = checkClaim(ctx, claim(2, 66.6));
    expect(v).toMatchObject({ outcome: "flagged", severity: "note" });
    expect(v.message).toContain("(2 + 0) ÷ 3 = 66.67%，报告称 66.6%：截断而非四舍五入");
  });

  it("agrees with a share out of the requests received, table 三's new requests or new + carried in", () => {
    // 6 of 60 received = 10%, not 6 of 64 answered (9.38%).
    expect(checkClaim(context([]), { ...claim(6, 10, 64), received: 60 }).outcome).toBe("matched");
    // (272 + 3) / 800 new = 34.375% → 34.4; / (800 + 11) = 33.91%.
    const withRequests = [...table, figure("requests_new", 800), figure("requests_carried_in", 11)];
    expect(checkClaim(context(withRequests), claim(275, 34.4)).message).toBe(
      "予以公开及部分公开 (272 + 3) ÷ 800 = 34.38%，报告称 34.4%：相符",
    );
  });

  it("reads the text's count over the answers it states when there is no table", () => {
    // 6 / 64 = 9.375% → 9.4.
    const v = checkClaim(context([]), claim(6, 9.4, 64));
    expect(v.outcome).toBe("matched");
    expect(v.message).toBe("予以公开及部分公开 6 ÷ 64 = 9.38%，报告称 9.4%：相符");
  });

  it("sums a category the template splits into grounds (不予公开 = its eight grounds)", () => {
    const grounds = [
      "state_secret",
      "law_prohibited",
      "security_stability",
      "third_party",
      "internal_affairs",
      "process_info",
      "enforcement_file",
      "admin_inquiry",
    ];
    // 1 + 0 + 0 + 2 + 0 + 0 + 0 + 0 = 3 of 60 → 5%.
    const ctx = context([
      ...grounds.map((g, k) => figure(`result_denied.${g}`, k === 0 ? 1 : k === 3 ? 2 : 0)),
      figure("result_total", 60),
    ]);
    const v = checkClaim(ctx, { ...claim(3, 5), category: "不予公开", metrics: ["result_denied"] });
    expect(v.outcome).toBe("matched");
    expect(v.message).toContain("(1 + 0 + 0 + 2 + 0 + 0 + 0 + 0) ÷ 60 = 5.00%");
  });

  it("agrees with a share of another category when the answers or requests the text states give it", () => {
    // 38 of 82 answered = 46.34% → 46.3; 38 of 80 = 47.5% would not be.
    const same = { ...claim(38, 46.3, 82), category: "同意公开", metrics: [] };
    expect(checkClaim(context([]), same)).toMatchObject({ outcome: "matched", message: "同意公开 38 ÷ 82 = 46.34%，报告称 46.3%：相符" });
    expect(checkClaim(context([]), { ...same, denominator: 80 }).outcome).toBe("unchecked");
  });

  it("cannot check a share of no known category, nor one without any denominator", () => {
    const unknown = checkClaim(context([]), { ...claim(24, 37.5), category: "主动公开", metrics: [] });
    expect(unknown).toMatchObject({ outcome: "unchecked", severity: "note" });
    expect(checkClaim(context([]), claim(6, 9.4)).outcome).toBe("unchecked");
  });
});

describe("claim_growth", () => {
  const growth = (value: number, percent: number, prior: number | null = null): GrowthClaim => ({
    kind: "growth",
    sentence: "",
    ...place,
    value,
    subject: "全市全年共收办政府信息公开申请案件",
    percent,
    change: null,
    priorYear: 2022,
    prior,
  });
  // This year: new 3525 + carried in 121 = 3646 (收办). Prior year: 3511 + 96 = 3607.
  const thisYear = [figure("requests_new", 3525), figure("requests_carried_in", 121)];
  const priorYears = { "requests_new|2022": 3511, "requests_carried_in|2022": 96 };

  it("同比增长1.05% on 3646 against the prior dataset's 3607: (3646 − 3607) ÷ 3607 = 1.08%, an error", () => {
    const v = checkClaim(context(thisYear, priorYears), growth(3646, 1.05));
    expect(v).toMatchObject({ outcome: "flagged", severity: "error", metrics: ["requests_new", "requests_carried_in"] });
    expect(v.message).toContain("(3646 − 3607) ÷ 3607 = 1.08%，报告称增长 1.05%：不符（按报告的精度应为 1.08%）");
  });

  it("agrees with 1.08%, and with a prior figure stated in the sentence", () => {
    expect(checkClaim(context(thisYear, priorYears), growth(3646, 1.08)).outcome).toBe("matched");
    // (60 − 50) / 50 = 20%.
    expect(checkClaim(context([]), { ...growth(60, 20, 50), subject: "收到申请" }).outcome).toBe("matched");
  });

  it("checks an absolute change exactly", () => {
    // 60 − 72 = −12.
    const base = { ...growth(60, 0, 72), subject: "收到申请", percent: null };
    expect(checkClaim(context([]), { ...base, change: -12 }).outcome).toBe("matched");
    expect(checkClaim(context([]), { ...base, change: -10 })).toMatchObject({ outcome: "flagged", severity: "error", computed: -12 });
  });

  it("agrees when last year's figure of a neighbouring item gives the growth, else uses the same item's", () => {
    // This year new = 60. Last year: new 55, received (the text's count) 50. (60 − 50) / 50 = 20%; (60 − 55) / 55 = 9.09%.
    const ctx = context([figure("requests_new", 60)], { "requests_new|2022": 55, "requests_received|2022": 50 });
    const twenty = checkClaim(ctx, { ...growth(60, 20), subject: "收到申请60件" });
    expect(twenty.outcome).toBe("matched");
    expect(twenty.message).toContain("(60 − 50) ÷ 50 = 20.00%");
    const wrong = checkClaim(ctx, { ...growth(60, 12), subject: "收到申请60件" });
    expect(wrong).toMatchObject({ outcome: "flagged", severity: "error" });
    expect(wrong.message).toContain("(60 − 55) ÷ 55 = 9.09%");
  });

  it("does not compare across a change of scope between the two years", () => {
    const ctx = context(thisYear, priorYears);
    Object.defineProperty(ctx, "scopeChange", { value: () => ({ from_year: 2022, to_year: 2023, from: "全市", to: "办公室" }) });
    const v = checkClaim(ctx, growth(3646, 1.05));
    expect(v).toMatchObject({ outcome: "unchecked", severity: "note" });
    expect(v.message).toBe("无法核对：2022 年的报告统计的是全市，2023 年的是办公室，两年的数字不可直接比较。");
  });

  it("cannot check without the prior year, or when the figure is no item of the report", () => {
    expect(checkClaim(context(thisYear), growth(3646, 1.05)).outcome).toBe("unchecked");
    expect(checkClaim(context(thisYear, priorYears), growth(3000, 1.05)).outcome).toBe("unchecked");
  });
});

describe("claim_ratio", () => {
  it("是2013年的1.5倍 of 2401 against 1128: 2401 ÷ 1128 = 2.13, an error naming the other figures' ratios", () => {
    const sentence = "信息发布量由2013年的1128条增加到2014年的1887条,在专栏发布信息514条,总计2401条,是2013年信息发布总量的1.5倍。";
    const claim: Claim = {
      kind: "ratio",
      sentence,
      ...place,
      value: 2401,
      subject: "总计2401条",
      ratio: 1.5,
      priorYear: 2013,
      prior: 1128,
    };
    const v = checkClaim(context([], {}, null, 2014), claim);
    expect(v).toMatchObject({ outcome: "flagged", severity: "error" });
    // 2401/1128 = 2.1285 → 2.1 at one decimal; 1887/1128 = 1.67; 514/1128 = 0.46.
    expect(v.message).toContain("2401 ÷ 1128 = 2.13 倍，报告称是 2013 年的 1.5 倍：不符（按报告的精度应为 2.1 倍）");
    expect(v.message).toContain("1887 ÷ 1128 = 1.67、514 ÷ 1128 = 0.46");
    // 2256 / 1128 = 2 exactly.
    expect(checkClaim(context([]), { ...claim, value: 2256, ratio: 2 }).outcome).toBe("matched");
  });
});

describe("claim_total", () => {
  const total = (parts: number[], n: number): TotalClaim => ({
    kind: "total",
    sentence: "",
    ...place,
    word: "合计",
    total: n,
    unit: "件",
    parts,
  });

  it("agrees when the parts add up, taking the last run of figures that does", () => {
    expect(checkClaim(context([]), total([3, 2, 4], 9))).toMatchObject({ outcome: "matched", message: "合计 9件：3 + 2 + 4 = 9件：相符" });
    // 60 opens the sentence; 5 + 4 = 9.
    expect(checkClaim(context([]), total([60, 5, 4], 9)).message).toBe("合计 9件：5 + 4 = 9件：相符");
  });

  it("is an error when no run adds up: 3 + 2 + 4 = 9, not 10", () => {
    expect(checkClaim(context([]), total([3, 2, 4], 10))).toMatchObject({ outcome: "flagged", severity: "error", computed: 9 });
  });
});

describe("claim_timeliness", () => {
  const claim = (namesDeferred: boolean): TimelinessClaim => ({ kind: "timeliness", sentence: "", ...place, namesDeferred });

  it("agrees with no request carried over, or with those the sentence names", () => {
    expect(checkClaim(context([figure("requests_carried_out", 0)]), claim(false)).outcome).toBe("matched");
    expect(checkClaim(context([figure("requests_carried_out", 3)]), claim(true)).outcome).toBe("matched");
  });

  it("notes requests carried over that the sentence does not mention, and cannot check without the table", () => {
    const v = checkClaim(context([figure("requests_carried_out", 293)]), claim(false));
    expect(v).toMatchObject({ outcome: "flagged", severity: "note", computed: 293 });
    expect(v.message).toContain("表三结转下年度继续办理 293 件尚未答复");
    expect(checkClaim(context([]), claim(false)).outcome).toBe("unchecked");
  });
});

describe("claim_other_year", () => {
  it("warns about a 2022 sentence in the 2023 report, naming the figures the 2022 dataset has", () => {
    const claim: Claim = { kind: "other_year", sentence: "", ...place, year: 2022, reportYear: 2023, figures: ["223条", "113条"] };
    const v = checkClaim(context([], {}, new Map([["proactive_items|", 223]])), claim);
    expect(v).toMatchObject({ outcome: "flagged", severity: "warning" });
    expect(v.message).toBe(
      "这一句讲的是 2022 年，报告是 2023 年的：它写的 223条、113条 不是本年的数字（可能照抄了上一年的报告），这些数字未计入。其中 223条 与 2022 年数据集的数字相同。",
    );
  });
});

describe("claim_identical_table", () => {
  const metrics = Array.from({ length: 25 }, (_, k) => `m${k}`);

  it("flags a table equal to last year's on 80% or more of 20 or more shared items, zeros in both left out", () => {
    // 25 items of value k + 1 in both years, 5 of them changed this year: 20 of 25 = 80%.
    const before = new Map(metrics.map((m, k) => [`${m}|`, k + 1]));
    const now = metrics.map((m, k) => figure(m, k < 5 ? 100 + k : k + 1));
    const v = checkIdenticalTable(context([...now, figure("z", 0)], {}, new Map([...before, ["z|", 0]])));
    expect(v).toMatchObject({ outcome: "flagged", severity: "warning", printed: 20, computed: 25 });
    expect(v?.message).toContain("25 个共有项中有 20 个相同（80.0%");
  });

  it("passes a table that changed, and gives no verdict under 20 shared items", () => {
    const before = new Map(metrics.map((m, k) => [`${m}|`, k + 1]));
    // 6 changed: 19 of 25 = 76%.
    const changed = metrics.map((m, k) => figure(m, k < 6 ? 100 + k : k + 1));
    expect(checkIdenticalTable(context(changed, {}, before))?.outcome).toBe("matched");
    // 19 items stated in both years.
    expect(checkIdenticalTable(context(changed.slice(0, 19), {}, before))).toBeNull();
  });
});

describe("findings of claims", () => {
  it("quote the sentence and point at file:line, a PDF's page as file#page=N, nothing for a claim-less verdict", () => {
    const ctx = context([figure("requests_carried_out", 2)]);
    const pdf = new ClaimContext({ ...ctx.report, file: "x-2023.pdf", paged: true }, null);
    const claim: Claim = { kind: "timeliness", sentence: "均在法定期限内予以答复。", start: 0, page: 2, line: 9, namesDeferred: false };
    const f = pdf.toFinding(checkClaim(pdf, claim));
    expect(f).toMatchObject({
      check: "claim_timeliness",
      file: "x-2023.pdf#page=2",
      line: 9,
      source: "均在法定期限内予以答复。",
      ran: true,
    });
    expect(f.message.startsWith("某区 2023")).toBe(true);
    const table = ctx.toFinding({ ...checkClaim(ctx, claim), claim: null });
    expect(table).toMatchObject({ file: null, line: null, source: null });
  });
});
