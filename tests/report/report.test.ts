import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { auditShareGroups } from "../../src/report/audit-share-groups.js";
import { buildReports } from "../../src/report/entity-report.js";
import { writeReport } from "../../src/report/write-report.js";

const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "report-test-"));
let table: ObservationTable;

beforeAll(async () => {
  table = await loadDatasetsOrThrow(DATASETS);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false }).then((code) => ({
    code,
    stdout: out.join(""),
    stderr: err.join(""),
  }));
}

describe("buildReports(table)", () => {
  it("buildReports(table) marks a headline figure whose prior year the audit disputes (洪泽区 2023 复议 total 0 vs parts 11)", async () => {
    const hongze = buildReports(table).find((r) => r.entity === "huaian-hongze");
    const disputed = (metric: string) => hongze?.headline.find((h) => h.metric === metric)?.disputed_years;
    expect(disputed("reconsideration.total")).toEqual([2023]);
    expect(disputed("litigation_after_recon.total")).toEqual([2023]);
    expect(disputed("litigation_direct.total")).toEqual([]);
    expect(disputed("requests_new")).toEqual([]);
    const dir = join(tmp, "disputed");
    await writeReport(table, dir);
    const page = readFileSync(join(dir, "huaian-hongze.html"), "utf8");
    expect(page.match(/class="disputed">⚠ 2023年数字与报告自身数量不符（见核对）/g)?.length).toBe(2);
    // 佳木斯市's wrong channel shares are read against the channels' sum: its proactive total is not in doubt.
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    expect(jiamusi?.headline.find((h) => h.metric === "proactive_items")?.disputed_years).toEqual([]);
  });

  it("buildReports(table) leads 佳木斯市 2017 with proactive items 89370, +2589 (+2.98%) on 2016", () => {
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    const head = jiamusi?.headline[0];
    expect(head?.metric).toBe("proactive_items");
    expect(head?.value).toBe(89370);
    expect(head?.change?.change).toBe(2589);
    expect(head?.change?.change_pct?.toFixed(2)).toBe("2.98");
  });

  it("buildReports(table) keeps only changes with both years stated and counts the one-sided ones", () => {
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    expect(jiamusi?.changes.map((c) => c.metric)).toEqual(["proactive_items"]);
    expect(jiamusi?.one_sided).toBeGreaterThan(30);
  });
});

describe("auditShareGroups(breakdowns, findings)", () => {
  it("auditShareGroups reads 佳木斯市's channel shares against the channel sum 106582 with the audit's verdicts", () => {
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    if (!jiamusi) throw new Error("no jiamusi report");
    const channels = auditShareGroups(jiamusi.breakdowns, jiamusi.findings).find((g) => g.group === "proactive_channels");
    expect(channels?.denominator).toBe("parts");
    expect(channels?.denominator_value).toBe(106582);
    const byMetric = new Map(channels?.rows.map((r) => [r.metric, r]));
    expect(byMetric.get("channel_website")).toMatchObject({ printed: 41.4, verdict: "disagrees" });
    expect(byMetric.get("channel_website")?.computed?.toFixed(2)).toBe("41.83");
    expect(byMetric.get("channel_other")).toMatchObject({ printed: 26.8, verdict: "disagrees" });
    expect(byMetric.get("channel_wechat")).toMatchObject({ printed: 18.9, verdict: "truncated" });
    expect(byMetric.get("channel_gazette")).toMatchObject({ printed: 0.7, verdict: "agrees" });
    expect(byMetric.get("channel_weibo")).toMatchObject({ printed: 12.2, verdict: "agrees" });
  });

  it("auditShareGroups finds every printed request share correct to one decimal", () => {
    const jiamusi = buildReports(table).find((r) => r.entity === "jiamusi");
    if (!jiamusi) throw new Error("no jiamusi report");
    const groups = auditShareGroups(jiamusi.breakdowns, jiamusi.findings).filter((g) => g.group !== "proactive_channels");
    expect(groups.map((g) => g.group).sort()).toEqual(["answer_categories", "request_channels", "request_closures"]);
    for (const g of groups) for (const r of g.rows) expect(r.verdict).toBe("agrees");
  });
});

describe("writeReport(table, dir)", () => {
  it("writeReport(table, dir) writes a page per body, its charts beside it and an index", async () => {
    const dir = join(tmp, "report");
    const s = await writeReport(table, dir);
    expect(s.entry).toBe(join(dir, "index.html"));
    for (const f of [
      "index.html",
      "jiamusi.html",
      "huaian-hongze.html",
      "jiamusi/donut-proactive_channels.svg",
      "jiamusi/audit-2017-proactive_channels.vl.json",
    ]) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    const page = readFileSync(join(dir, "jiamusi.html"), "utf8");
    expect(page).toContain("89,370");
    expect(page).toContain('href="jiamusi/donut-proactive_channels.svg"');
    expect(page).not.toContain('.png"');
  });

  it("writeReport(table, dir) shows a <script> in a body's name as text, never as markup", async () => {
    const data = join(tmp, "evil-data");
    cpSync(join(DATASETS, "jiamusi"), join(data, "jiamusi"), { recursive: true });
    const info = JSON.parse(readFileSync(join(data, "jiamusi", "entity.json"), "utf8"));
    writeFileSync(join(data, "jiamusi", "entity.json"), JSON.stringify({ ...info, name_zh: "<script>alert(1)</script>佳木斯市" }));
    const s = await writeReport(await loadDatasetsOrThrow(data), join(tmp, "evil"));
    const html = readFileSync(s.entry, "utf8");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;佳木斯市");
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("</script>佳木斯市");
  });
});

describe("disclosure-trends chart and report", () => {
  it("chart trend <path> --metric M --out file.svg writes the chart and exits 0", async () => {
    const out = join(tmp, "cli-trend.svg");
    const r = await cli(["chart", "trend", DATASETS, "--metric", "proactive_items", "--out", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("主动公开政府信息数");
  });

  it("chart <kind> rejects an unknown kind with exit 2 and the list of kinds, without a stack", async () => {
    const r = await cli(["chart", "pie", DATASETS, "--out", join(tmp, "x.svg")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("trend, growth, heatmap, breakdown, donut, slope, audit");
    expect(r.stderr).not.toContain("    at ");
  });

  it("chart audit asks which group when several have printed shares", async () => {
    const r = await cli(["chart", "audit", DATASETS, "--entity", "jiamusi", "--out", join(tmp, "a.svg")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--group proactive_channels --year 2017");
  });

  it("report <path> --out dir prints where it wrote and the key figures", async () => {
    const r = await cli(["report", DATASETS, "--out", join(tmp, "cli-report")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(join(tmp, "cli-report", "index.html"));
    expect(r.stdout).toContain("主动公开政府信息数: 89,370  +2,589 (+2.98%) 较2016年");
  });
});
