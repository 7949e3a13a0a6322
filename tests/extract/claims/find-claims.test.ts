/**
 * The claim finders on small texts, one per example of what a report's narrative claims. The texts
 * are written here; the expected parts of each claim are read off the sentence by hand.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/extract/claims/claim.js";
import { findClaims } from "../../../src/extract/claims/find-claims.js";
import { extractReport } from "../../../src/extract/extract-report.js";
import type { ReportFile } from "../../../src/extract/read-report-file.js";

/** The claims of a report text of the given year (a title line gives the body and the year). */
function claimsOf(body: string, year = 2023): Claim[] {
  const text = `某市人民政府${year}年政府信息公开工作年度报告\n${body}`;
  const file: ReportFile = { text, format: "text", name: `x-${year}.txt`, kind: "text" };
  return findClaims(file, extractReport(text, { format: "text", year }));
}

function only<K extends Claim["kind"]>(claims: Claim[], kind: K): Extract<Claim, { kind: K }>[] {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

describe("share claims", () => {
  it("reads a combined category with its count and its share in parentheses", () => {
    const [c, ...rest] = only(claimsOf("全年答复申请811件。其中，予以公开及部分公开258件（33.9%），不予公开12件（1.5%）。"), "share");
    expect(rest).toHaveLength(1);
    expect(c).toMatchObject({
      category: "予以公开及部分公开",
      metrics: ["result_granted", "result_partial"],
      count: 258,
      share: 33.9,
      denominator: 811,
      line: 2,
    });
    expect(rest[0]).toMatchObject({ category: "不予公开", metrics: ["result_denied"], count: 12, share: 1.5, denominator: 811 });
  });

  it("reads the count of requests received stated before the shares", () => {
    const [c] = only(claimsOf("共受理申请60件，答复64件。予以公开及部分公开6件，占10%。"), "share");
    expect(c).toMatchObject({ denominator: 64, received: 60 });
  });

  it("reads 占Y% after the count, and a parenthesis between them", () => {
    const shares = only(
      claimsOf("答复政府信息公开申请83件。其他处理41件（其中申请人主动撤销36件），占49.40%；不予处理4件，占比4.82%。"),
      "share",
    );
    expect(shares.map((s) => [s.category, s.count, s.share, s.denominator])).toEqual([
      ["其他处理", 41, 49.4, 83],
      ["不予处理", 4, 4.82, 83],
    ]);
  });

  it("reads a category in quotes, as pre-2019 reports print them", () => {
    const [c] = only(claimsOf("已答复的82件申请中，“同意公开”38件，占总数的46.3%。", 2017), "share");
    expect(c).toMatchObject({ category: "同意公开", metrics: [], count: 38, share: 46.3, denominator: 82 });
  });

  it("keeps a share of something that is no result category, with no metric (it cannot be checked)", () => {
    const [c] = only(claimsOf("我镇共制发公文64件，主动公开24件，占同期制发文件总数的37.5%。"), "share");
    expect(c).toMatchObject({ category: "主动公开", metrics: [], count: 24, share: 37.5, denominator: null });
  });
});

describe("growth claims", () => {
  it("reads 同比增长Y% with the figure before it, the prior year being the report's year − 1", () => {
    const [g] = only(claimsOf("全市全年共收办政府信息公开申请案件3646件，同比增长1.05%，其中予以公开1431件。", 2024), "growth");
    expect(g).toMatchObject({ value: 3646, percent: 1.05, change: null, priorYear: 2023, prior: null });
    expect(g?.subject).toBe("全市全年共收办政府信息公开申请案件3646件");
  });

  it("looks past a parenthesised list and one clause back for the figure", () => {
    const [a] = only(claimsOf("共收办申请案件3607件（市政府349件、各部门933件），同比增长70.3%。"), "growth");
    expect(a).toMatchObject({ value: 3607, percent: 70.3 });
    const [b] = only(claimsOf("全市共收到政府信息公开申请34290件，申请数量较2022年上升29.3%。"), "growth");
    expect(b).toMatchObject({ value: 34290, percent: 29.3, priorYear: 2022 });
  });

  it("reads a fall as negative, an absolute change, and the prior figure when the sentence states it", () => {
    const [down] = only(claimsOf("收到申请60件，较上年减少12件。"), "growth");
    expect(down).toMatchObject({ value: 60, percent: null, change: -12, priorYear: 2022 });
    const [stated] = only(claimsOf("收到申请由2022年的50件增加到60件，同比增长20%。"), "growth");
    expect(stated).toMatchObject({ value: 60, percent: 20, prior: 50 });
  });

  it("passes over a clause stating last year's figure, which it takes as the prior figure", () => {
    const [g] = only(claimsOf("收到申请60件，上年为50件，同比增长20%。"), "growth");
    expect(g).toMatchObject({ value: 60, prior: 50, percent: 20 });
  });

  it("reads a percent right after an absolute change as a second claim on the same figure", () => {
    const claims = only(claimsOf("收到申请60件，比上年增加12件，增长25%。"), "growth");
    expect(claims.map((c) => [c.value, c.change, c.percent])).toEqual([
      [60, 12, null],
      [60, null, 25],
    ]);
  });

  it("reads a number grouped with commas whole, and quotes the sentence as printed", () => {
    const [g] = only(claimsOf("一、总体情况。全区主动公开政府信息12,480条，比上年减少320条。", 2015), "growth");
    expect(g).toMatchObject({ value: 12480, change: -320, subject: "全区主动公开政府信息12480条" });
    expect(g?.sentence).toBe("全区主动公开政府信息12,480条，比上年减少320条。");
  });

  it("leaves out percentage points and an approximate figure's value", () => {
    expect(only(claimsOf("按时办结率同比提高2个百分点。"), "growth")).toEqual([]);
    const [approx] = only(claimsOf("主动公开政府信息11900余条，同比增长5%。"), "growth");
    expect(approx?.value).toBeNull();
  });
});

describe("ratio claims", () => {
  it("reads 是YYYY年的N倍 with this year's figure and the earlier one stated in the sentence", () => {
    const [r] = only(
      claimsOf("信息发布量由2013年的1128条增加到2014年的1887条，在专栏发布信息514条，总计2401条，是2013年信息发布总量的1.5倍。", 2014),
      "ratio",
    );
    expect(r).toMatchObject({ value: 2401, ratio: 1.5, priorYear: 2013, prior: 1128 });
  });
});

describe("total claims", () => {
  it("reads 合计/共计/总计 N with the parts of the same unit before it, not another year's figure", () => {
    const [t] = only(claimsOf("信息发布量由2013年的1128条增加到2014年的1887条，在专栏发布信息514条，总计2401条。", 2014), "total");
    expect(t).toMatchObject({ word: "总计", total: 2401, unit: "条", parts: [1887, 514] });
    const [c] = only(claimsOf("举办培训3期、座谈会2期、专题讲座4期，共计9期。"), "total");
    expect(c).toMatchObject({ word: "共计", total: 9, unit: "期", parts: [3, 2, 4] });
  });

  it("takes no total without two parts, nor an aside in parentheses as a part", () => {
    expect(only(claimsOf("全市在运维政务新媒体共计95个。"), "total")).toEqual([]);
    expect(only(claimsOf("收到申请60件，答复64件，办结总计64件。"), "total")).toEqual([]);
    expect(only(claimsOf("主动公开公文93件（含规范性文件2件），合计93件。"), "total")).toEqual([]);
    expect(only(claimsOf("公开规划计划5件、财政预决算3件等，共计12件。"), "total")).toEqual([]);
  });
});

describe("timeliness claims", () => {
  it("reads 均在法定期限内答复 and whether the sentence names requests carried over", () => {
    const [a] = only(claimsOf("受理政府信息公开申请21件，均在法定期限答复。"), "timeliness");
    expect(a).toMatchObject({ namesDeferred: false, line: 2 });
    const [b] = only(claimsOf("答复108件（含上年度结转申请2件，另有3件顺延到下年度答复），均在法定期限内予以答复。"), "timeliness");
    expect(b?.namesDeferred).toBe(true);
    // Requests carried in from last year are not carried over to next year.
    const [c] = only(claimsOf("答复64件（含上年度结转申请4件），均已在法定期限内予以答复。"), "timeliness");
    expect(c?.namesDeferred).toBe(false);
    expect(only(claimsOf("全年收到申请5件，均按时答复。"), "timeliness")).toHaveLength(1);
  });
});

describe("sentences about another year", () => {
  it("finds a sentence opening with an earlier year that states figures as this year's", () => {
    const [o] = only(claimsOf("三是落实工作目标。2022年，我镇在本单位部门网站主动公开政府信息223条，工作动态113条。"), "other_year");
    expect(o).toMatchObject({ year: 2022, reportYear: 2023, figures: ["223条", "113条"], line: 2 });
  });

  it("leaves comparisons, carry-overs, dates, plans and the report's own year alone", () => {
    const normal = [
      "2022年结转的申请5件已全部办结。",
      "2022年全年收到申请40件，较上年有所减少。",
      "2023年1月1日起至12月31日止，共收到申请10件。",
      "2024年，我镇将继续公开政府信息100条以上。",
      "2023年，我镇主动公开政府信息230条。",
      "2022年至2023年，累计公开政府信息453条。",
      "2022年年度报告中提出的3个问题已全部整改。",
      "2021年出台的3项制度继续执行。",
      "2022年，我镇获评先进单位2个。",
    ];
    for (const sentence of normal) expect(only(claimsOf(sentence), "other_year"), sentence).toEqual([]);
  });
});

describe("places", () => {
  it("gives each claim the file line it is printed on, counting the lines of a wrapped sentence", () => {
    const claims = claimsOf("一、总体情况\n全年共受理申请60件，答复64件，\n均在法定期限内予以答复。予以公开及部分公开6件，\n占9.4%。");
    expect(claims.map((c) => [c.kind, c.line])).toEqual([
      ["timeliness", 4],
      ["share", 4],
    ]);
  });
});

describe("time", () => {
  it("stays linear on a long sentence of many claims and on long runs of grouped digits", () => {
    const clause = "收到申请1件,同比增长1%,A 2件、B 3件,合计5件,予以公开1件(1%),";
    const time = (n: number) => {
      const body = `${clause.repeat(n)}1,000`.concat(",000".repeat(n), "条。");
      const t0 = performance.now();
      const claims = claimsOf(body);
      expect(claims.length).toBeGreaterThanOrEqual(3 * n);
      return performance.now() - t0;
    };
    time(200);
    const small = time(1000);
    const large = time(4000);
    // Four times the text: well under sixteen times the time (a quadratic cost would be about that).
    expect(large).toBeLessThan(small * 8 + 200);
  }, 60_000);
});
