import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDatasets } from "../helpers/temp-dataset.js";
import { run } from "./run.js";

const csvRow = (csv: string, first: string) =>
  csv
    .split("\n")
    .find((l) => l.startsWith(first))
    ?.split(",");

describe("compare <path> --from --to", () => {
  it("compare datasets/jiamusi --from 2016 --to 2017 --format csv has proactive_items 86781, 89370, 2589, 2.98", async () => {
    const r = await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--format", "csv");
    expect(r.code).toBe(0);
    const header = r.stdout.split("\n")[0]?.split(",") ?? [];
    const row = csvRow(r.stdout, "jiamusi,佳木斯市,proactive_items") ?? [];
    const cell = (k: string) => row[header.indexOf(k)];
    expect([cell("from_value"), cell("to_value"), cell("change"), cell("change_pct")]).toEqual(["86781", "89370", "2589", "2.98"]);
    // Warnings go to stderr, folded per body and year, so stdout stays clean CSV.
    expect(r.stderr).toContain("佳木斯市有 39 个指标没有 2016 年的数值");
  });

  it("compare --verbose prints each warning and --quiet none", async () => {
    const verbose = await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--metric", "channel_website", "--verbose");
    expect(verbose.stderr).toContain(
      "佳木斯市没有 2016 年的「通过政府网站公开」（channel_website）数值，2017 年的增长率为空。请补充 datasets/jiamusi/2016.csv，写入「通过政府网站公开」（channel_website）一行",
    );
    const quiet = await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--quiet");
    expect(quiet.stderr).toBe("");
  });

  it("compare prints a Chinese-aligned terminal table with percent growth", async () => {
    const r = await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--metric", "proactive_items", "--quiet");
    expect(r.stdout).toContain("主动公开政府信息数");
    expect(r.stdout).toMatch(/86781\s+89370\s+\+2589\s+\+2\.98%/);
  });

  it("compare --lang en labels metrics in English", async () => {
    const r = await run(
      "compare",
      "datasets/jiamusi",
      "--from",
      "2016",
      "--to",
      "2017",
      "--metric",
      "proactive_items",
      "--lang",
      "en",
      "--format",
      "json",
    );
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ entity_name: "Jiamusi", label: "Items disclosed proactively", change_pct: 2.98 });
  });

  it("compare with a mistyped metric exits 2 with the closest ids", async () => {
    const r = await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--metric", "channel_websit");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知的指标「channel_websit」；是否想用 channel_website");
    expect(r.stderr).not.toContain("    at ");
  });

  it("compare with --from not before --to exits 2", async () => {
    const r = await run("compare", "datasets/jiamusi", "--from", "2017", "--to", "2016");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--from 2017 必须早于 --to 2016");
  });
});

describe("breakdown, trend, peers, catalogue", () => {
  it("breakdown datasets/jiamusi --year 2017 shows website at 41.83% of the channel sum and 49.89% of the whole", async () => {
    const r = await run("breakdown", "datasets/jiamusi", "--year", "2017", "--group", "proactive_channels", "--format", "json");
    const web = JSON.parse(r.stdout).find((x: { metric: string }) => x.metric === "channel_website");
    expect(web).toMatchObject({
      parts_sum: 106582,
      share_of_parts_pct: 41.83,
      whole_value: 89370,
      share_of_whole_pct: 49.89,
      printed_share_pct: 41.4,
    });
    const table = await run("breakdown", "datasets/jiamusi", "--year", "2017");
    // The terminal's default columns leave out the ids and the sum of the parts (--all-columns shows them).
    expect(table.stdout).toMatch(/通过政府网站公开\s+44585\s+41\.83%\s+49\.89%/);
  });

  it("trend on the fixture marks the crosswalk step as approximate", async () => {
    const r = await run("trend", "tests/fixtures/multi-entity", "--metric", "requests_new", "--entity", "乙区", "--format", "csv");
    expect(r.stdout.trim().split("\n").slice(1)).toEqual([
      "beta,乙区,2018,4,,,100,no_prior,crosswalk,requests_received",
      "beta,乙区,2019,5,1,25,125,approximate,printed,requests_new",
      "beta,乙区,2020,8,3,60,200,comparable,printed,requests_new",
    ]);
  });

  it("peers ranks the fixture's bodies for 2019", async () => {
    const r = await run("peers", "tests/fixtures/multi-entity", "--year", "2019", "--metric", "requests_new", "--format", "json");
    expect(
      JSON.parse(r.stdout).map((x: { entity: string; rank: number; share_of_peer_total_pct: number }) => [
        x.entity,
        x.rank,
        x.share_of_peer_total_pct,
      ]),
    ).toEqual([
      ["gamma", 1, 75],
      ["beta", 2, 25],
    ]);
  });

  it("catalogue --format csv lists the metrics; --section crosswalk the crosswalk", async () => {
    const metrics = await run("catalogue", "--format", "csv");
    expect(metrics.stdout.split("\n")[0]).toBe("id,label,unit,kind,parent,section,layouts,by_applicant,derived_only,evidence");
    expect(metrics.stdout).toContain("channel_website,通过政府网站公开,条,count,proactive_items");
    const cw = await run("catalogue", "--section", "crosswalk", "--format", "json");
    expect(JSON.parse(cw.stdout).find((e: { from: string }) => e.from === "requests_received")).toMatchObject({
      to: "requests_new",
      fit: "approximate",
    });
  });
});

describe("audit <path>", () => {
  it("audit datasets/jiamusi --format json flags website and other shares and nothing in request arithmetic", async () => {
    const r = await run("audit", "datasets/jiamusi", "--format", "json");
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as { severity: string; check: string; metrics: string[] }[];
    expect(findings.filter((f) => f.severity === "error").map((f) => f.metrics[0])).toEqual(["channel_website", "channel_other"]);
    expect(findings.filter((f) => /^request|^answer|^refused/.test(f.metrics[0] ?? ""))).toEqual([]);
  });

  it("audit exits 0 with findings, and 1 with --strict", async () => {
    expect((await run("audit", "datasets")).code).toBe(0);
    // One body's datasets, so the counts do not move as datasets are added: the 洪泽区 2023 table 四
    // totals printed as 0 (two errors) and its 2024 narrative 17 against table 三's 95 (a warning).
    const strict = await run("audit", "datasets/huaian-hongze", "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("2 个错误，1 个警告，0 个提示");
  });

  it("audit --strict exits 0 when only notes and warnings remain", async () => {
    const r = await run("audit", "datasets/huaian-hongze", "--strict", "--check", "narrative_vs_table");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("warning[narrative_vs_table] datasets/huaian-hongze/2024.csv:190");
  });

  it("audit --out writes the file atomically and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dt-audit-"));
    const out = join(dir, "findings.csv");
    const r = await run("audit", "datasets/jiamusi", "--format", "csv", "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toContain("severity,entity,entity_name,year,check");
    expect(readdirSync(dir)).toEqual(["findings.csv"]);
  });

  it("audit on invalid data prints the problems like validate and exits 1 without output", async () => {
    const dir = tempDatasets({ "x/2017.csv": "metric,value\nproactive_items,4万\n" });
    const out = join(dir, "out.json");
    const r = await run("audit", dir, "--format", "json", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("E_UNIT_IN_VALUE");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the built CLI, end to end", () => {
  it("node dist/cli/main.js compare and audit run as real processes", () => {
    if (!existsSync("dist/cli/main.js")) execFileSync(process.execPath, ["scripts/build.mjs"]);
    const compare = spawnSync(
      process.execPath,
      ["dist/cli/main.js", "compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--format", "csv"],
      {
        encoding: "utf8",
      },
    );
    expect(compare.status).toBe(0);
    expect(compare.stdout).toContain("jiamusi,佳木斯市,proactive_items,主动公开政府信息数,2016,86781,2017,89370,2589,2.98,comparable");
    const audit = spawnSync(process.execPath, ["dist/cli/main.js", "audit", "datasets", "--strict"], { encoding: "utf8" });
    expect(audit.status).toBe(1);
    expect(audit.stdout).toContain("error[printed_share] datasets/jiamusi/2017.csv:5");
  });
});
