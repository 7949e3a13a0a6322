import { describe, expect, it } from "vitest";
import { audit, auditReport } from "../../src/audit/audit.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { cells } from "../compute/observations.js";

const brief = (fs: ReturnType<typeof audit>) => fs.map((f) => [f.severity, f.check, f.metrics[0], f.printed, f.computed]);

describe("audit(table)", () => {
  it("audit(table) flags the seed's website and other shares, notes the wechat truncation, and nothing in the request arithmetic", async () => {
    const t = await loadDatasetsOrThrow("datasets/jiamusi");
    const findings = audit(t);
    expect(brief(findings)).toEqual([
      ["error", "printed_share", "channel_website", 41.4, (44585 / 106582) * 100],
      ["error", "printed_share", "channel_other", 26.8, (28019 / 106582) * 100],
      ["note", "printed_share", "channel_wechat", 18.9, (20224 / 106582) * 100],
    ]);
    const web = findings[0];
    expect(web).toMatchObject({
      entity: "jiamusi",
      year: 2017,
      file: "datasets/jiamusi/2017.csv",
      line: 5,
      source: "通过网站公开44585条,占总数的41.4%",
    });
    // The arithmetic, in Chinese by default: 44585 / 106582 = 41.8316…%, 41.8% at one decimal, not 41.4%.
    expect(web?.message).toContain(
      "佳木斯市 2017年：通过政府网站公开：所印 41.4%，按表中数字为 44585 ÷ 106582 = 41.83%，按所印精度应为 41.8%，不符",
    );
    // Gazette 0.7% and weibo 12.2% agree with the parts' sum; website, other and wechat do not.
    expect(web?.message).toContain("按各项合计（106582）计算，所印 5 个占比中有 2 个与之相符。");
    // 20224 / 106582 = 18.975…%: printed 18.9, cut rather than rounded to 19.0.
    expect(findings[2]?.message).toContain("20224 ÷ 106582 = 18.975%，是截断而非四舍五入（四舍五入为 19.0%）");
  });

  it("audit(table, { lang: 'en' }) says the same findings in English, with the same numbers", async () => {
    const findings = audit(await loadDatasetsOrThrow("datasets/jiamusi"), { lang: "en" });
    const web = findings[0];
    expect(web?.message).toContain("Jiamusi 2017: channel_website: printed 41.4% but 44585 / 106582 = 41.83%");
    expect(web?.message).toContain("41.8% at the printed precision");
    expect(web?.message).toContain("sum of the parts (106582)");
    expect(findings[2]?.message).toContain("18.975% truncated, not rounded (rounded: 19.0%)");
  });

  it("audit(table) finds the 洪泽区 2023 table 四 totals printed as 0 beside non-zero parts", async () => {
    const t = await loadDatasetsOrThrow("datasets/huaian-hongze");
    const y2023 = audit(t).filter((f) => f.year === 2023);
    expect(brief(y2023)).toEqual([
      ["error", "parts_sum", "reconsideration.total", 0, 11],
      ["error", "parts_sum", "litigation_after_recon.total", 0, 5],
    ]);
  });

  it("audit(table) keeps both sides of the 洪泽区 2024 narrative (17) against table 三 (95), and passes its cross-year checks", async () => {
    const t = await loadDatasetsOrThrow("datasets/huaian-hongze");
    const y2024 = audit(t).filter((f) => f.year === 2024);
    expect(brief(y2024)).toEqual([["warning", "narrative_vs_table", "requests_received", 17, 95]]);
    expect(y2024[0]?.figures.map((f) => [f.metric, f.value, f.line])).toEqual([
      ["requests_received", 17, 190],
      ["requests_new", 95, 18],
    ]);
    expect(audit(t, { checks: ["carry_over", "stock_flow"] })).toEqual([]);
  });

  it("audit(table) on a body it never saw: checks the fixture's growth, truncated share, partial parts and carry-over", async () => {
    const t = await loadDatasetsOrThrow("tests/fixtures/multi-entity");
    const r = auditReport(t);
    expect(brief(r.findings)).toEqual([
      ["note", "parts_sum", "requests_received", 12, null],
      ["note", "printed_share", "requests_letter", 41.6, (5 / 12) * 100],
      ["error", "carry_over", "requests_carried_in", 2, 1],
    ]);
    expect(r.findings[0]?.ran).toBe(false);
    expect(r.findings[0]?.message).toContain("未能核对：当面申请数、传真申请数 未说明。");
    expect(auditReport(t, { lang: "en" }).findings[0]?.message).toContain("requests_in_person, requests_fax not stated");
    expect(r.reports).toBe(6);
  });
});

describe("audit checks, pass and fail", () => {
  const shares = (website: number, printed: number) =>
    cells([
      ["a", 2017, "proactive_items", 100],
      ["a", 2017, "channel_website", website, { printed_share: printed }],
      ["a", 2017, "channel_other", 100 - website, { printed_share: 100 - printed }],
    ]);

  it("printed_share passes when the printed share rounds to the count's share", () => {
    expect(audit(shares(40, 40))).toEqual([]);
  });

  it("printed_share fails when it neither rounds nor truncates", () => {
    expect(brief(audit(shares(40, 45)))).toEqual([
      ["error", "printed_share", "channel_website", 45, 40],
      ["error", "printed_share", "channel_other", 55, 60],
    ]);
  });

  it("printed_share names the declared whole among its figures only when the shares are read against it", () => {
    // Channels overlap: they add up to 150 while the whole is 100. Printed against the whole, one wrong.
    const t = (printedWebsite: number, printedOther: number) =>
      cells([
        ["a", 2017, "proactive_items", 100],
        ["a", 2017, "channel_gazette", 0],
        ["a", 2017, "channel_website", 60, { printed_share: printedWebsite }],
        ["a", 2017, "channel_weibo", 0],
        ["a", 2017, "channel_wechat", 0],
        ["a", 2017, "channel_other", 90, { printed_share: printedOther }],
      ]);
    const againstWhole = audit(t(60, 80));
    expect(againstWhole.map((f) => [f.check, f.severity, f.metrics])).toEqual([
      ["printed_share", "error", ["channel_other", "proactive_items"]],
    ]);
    // Printed against the parts' sum (60 / 150 = 40 %): the whole is not in the arithmetic, nor in the finding.
    const againstParts = audit(t(40, 50));
    expect(againstParts.map((f) => [f.check, f.severity, f.metrics])).toEqual([["printed_share", "error", ["channel_other"]]]);
  });

  it("printed_change and printed_growth pass at the printed precision and fail beyond it", () => {
    const ok = cells([
      ["a", 2016, "proactive_items", 86781],
      ["a", 2017, "proactive_items", 89370, { printed_change: 2589, printed_change_pct: 3 }],
    ]);
    expect(audit(ok)).toEqual([]);
    const bad = cells([
      ["a", 2016, "proactive_items", 86781],
      ["a", 2017, "proactive_items", 89370, { printed_change: 2598, printed_change_pct: 4 }],
    ]);
    expect(brief(audit(bad))).toEqual([
      ["error", "printed_change", "proactive_items", 2598, 2589],
      ["error", "printed_growth", "proactive_items", 4, (2589 / 86781) * 100],
    ]);
  });

  it("printed_change says it could not run without the prior year's figure", () => {
    const t = cells([["a", 2017, "proactive_items", 10, { printed_change: 2 }]]);
    expect(audit(t).map((f) => [f.check, f.severity, f.ran])).toEqual([["printed_change", "note", false]]);
  });

  it("parts_sum passes when the parts add up and fails when they do not", () => {
    const t = (closed: number) =>
      cells([
        ["a", 2017, "requests_closed", closed],
        ["a", 2017, "requests_closed_on_time", 7],
        ["a", 2017, "requests_closed_extended", 3],
      ]);
    expect(audit(t(10))).toEqual([]);
    expect(brief(audit(t(11)))).toEqual([["error", "parts_sum", "requests_closed", 11, 10]]);
  });

  it("parts_sum never reads an unknown part as zero", () => {
    const t = cells([
      ["a", 2017, "requests_closed", 10],
      ["a", 2017, "requests_closed_on_time", 10],
      ["a", 2017, "requests_closed_extended", null],
    ]);
    expect(audit(t).map((f) => [f.check, f.severity, f.ran])).toEqual([["parts_sum", "note", false]]);
  });

  it("applicant_sum checks each table 三 row across the applicant columns", () => {
    const t = (total: number) =>
      cells([
        ["a", 2020, "result_granted", 2, { applicant: "natural_person" }],
        ...(["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"] as const).map(
          (applicant) => ["a", 2020, "result_granted", 1, { applicant }] as const,
        ),
        ["a", 2020, "result_granted", total],
      ] as Parameters<typeof cells>[0]);
    expect(audit(t(7))).toEqual([]);
    expect(brief(audit(t(6)))).toEqual([["error", "applicant_sum", "result_granted", 6, 7]]);
  });

  it("request_balance checks new + carried in = results + carried out", () => {
    const t = (out: number) =>
      cells([
        ["a", 2020, "requests_new", 10],
        ["a", 2020, "requests_carried_in", 2],
        ["a", 2020, "result_total", 9],
        ["a", 2020, "requests_carried_out", out],
      ]);
    expect(audit(t(3))).toEqual([]);
    expect(brief(audit(t(1)))).toEqual([["error", "request_balance", "requests_new", 10, 8]]);
  });

  it("stock_flow checks in force last year + issued − repealed = in force this year", () => {
    const t = (inForce: number) =>
      cells([
        ["a", 2023, "normdocs_in_force", 5],
        ["a", 2024, "normdocs_issued", 3],
        ["a", 2024, "normdocs_repealed", 1],
        ["a", 2024, "normdocs_in_force", inForce],
      ]);
    expect(audit(t(7))).toEqual([]);
    expect(brief(audit(t(8)))).toEqual([["error", "stock_flow", "normdocs_in_force", 8, 7]]);
  });

  it("narrative_vs_table passes when the narrative and table agree", () => {
    const t = cells([
      ["a", 2023, "requests_received", 21],
      ["a", 2023, "requests_new", 21],
    ]);
    expect(audit(t)).toEqual([]);
  });
});
