/**
 * --columns, --sort, --top, --all-columns and the row filters on the table commands, in every format.
 * Expected figures are read from the datasets: tests/fixtures/multi-entity (甲市 alpha: requests_received
 * 10 in 2017, 12 in 2018; 乙区 beta: 4 in 2018, 8 in 2020), datasets/jiamusi (proactive_items 86781 in
 * 2016, 89370 in 2017) and the 2023 reports of datasets/ (上海市 34290 requests received, 洪泽区 21).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/io/xlsx/read-workbook.js";
import { run } from "./run.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "table-options-"));
  dirs.push(dir);
  return join(dir, name);
}

const TREND = ["trend", "tests/fixtures/multi-entity", "--metric", "requests_received"];
const COMPARE = ["compare", "datasets/jiamusi", "--from", "2016", "--to", "2017"];
const PEERS = ["peers", "datasets", "--year", "2023", "--metric", "requests_received", "--quiet"];

function csvLines(stdout: string): string[] {
  return stdout.trim().split("\n");
}

function headingRow(file: string): string[] {
  const sheet = readWorkbook(readFileSync(file))[0];
  return [...(sheet?.rows[0]?.cells.values() ?? [])].map((c) => c.text);
}

function sheetRows(file: string): string[][] {
  const sheet = readWorkbook(readFileSync(file))[0];
  return (sheet?.rows ?? []).map((r) => [...r.cells.values()].map((c) => c.text));
}

describe("--columns", () => {
  it("compare: exactly those columns, in that order, in CSV, JSON, Markdown, xlsx and the terminal", async () => {
    const cols = ["--columns", "metric,from_value,to_value,change", "--sort", "change:desc", "--top", "1"];
    const csv = await run(...COMPARE, ...cols, "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csvLines(csv.stdout)).toEqual(["metric,from_value,to_value,change", "proactive_items,86781,89370,2589"]);
    const json = await run(...COMPARE, ...cols, "--format", "json");
    expect(JSON.parse(json.stdout)).toEqual([{ metric: "proactive_items", from_value: 86781, to_value: 89370, change: 2589 }]);
    const md = await run(...COMPARE, ...cols, "--format", "md");
    expect(md.stdout.split("\n").slice(0, 3)).toEqual([
      "| 指标代码 | 2016 | 2017 | 增减 |",
      "| --- | ---: | ---: | ---: |",
      "| proactive_items | 86781 | 89370 | +2589 |",
    ]);
    const xlsx = tempFile("c.xlsx");
    expect((await run(...COMPARE, ...cols, "--out", xlsx)).code).toBe(0);
    expect(headingRow(xlsx)).toEqual(["指标代码", "2016年", "2017年", "增减"]);
    const table = await run(...COMPARE, ...cols);
    expect(table.stdout).toMatch(/指标代码\s+2016\s+2017\s+增减\n/);
    expect(table.stdout).toMatch(/proactive_items\s+86781\s+89370\s+\+2589\n/);
  });

  it("peers: the columns asked for, English headings under --lang en", async () => {
    const csv = await run(...PEERS, "--columns", "rank,entity,value", "--top", "2", "--format", "csv");
    expect(csvLines(csv.stdout)).toEqual(["rank,entity,value", "1,shanghai-shi,34290", "2,huaian-hongze,21"]);
    const table = await run(...PEERS, "--columns", "entity,value", "--top", "2", "--lang", "en");
    expect(table.stdout).toMatch(/entity\s+value\n/);
    expect(table.stdout).toMatch(/shanghai-shi\s+34290\n/);
    const xlsx = tempFile("p.xlsx");
    await run(...PEERS, "--columns", "entity_name,value", "--out", xlsx, "--lang", "en");
    expect(headingRow(xlsx)).toEqual(["name", "value"]);
  });

  it("an unknown column is a usage error listing the columns, with did-you-mean", async () => {
    const r = await run(...PEERS, "--columns", "rank,valeu");
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("valeu");
    expect(r.stderr).toMatch(/value/);
    expect(r.stderr).toContain("share_of_peer_total_pct");
    const t = await run(...TREND, "--sort", "yeer");
    expect(t.code).not.toBe(0);
    expect(t.stderr).toMatch(/yeer.*year/s);
  });
});

describe("--sort and --top", () => {
  it("trend: numbers sorted by value, in CSV, JSON, Markdown, xlsx and the terminal", async () => {
    const opts = ["--sort", "value:desc", "--top", "3", "--columns", "entity,year,value"];
    const csv = await run(...TREND, ...opts, "--format", "csv");
    expect(csvLines(csv.stdout)).toEqual(["entity,year,value", "alpha,2018,12", "alpha,2017,10", "beta,2020,8"]);
    const json = await run(...TREND, ...opts, "--format", "json");
    expect((JSON.parse(json.stdout) as { value: number }[]).map((r) => r.value)).toEqual([12, 10, 8]);
    const md = await run(...TREND, ...opts, "--format", "md");
    expect(md.stdout).toMatch(/\| alpha \| 2018 \| 12 \|\n\| alpha \| 2017 \| 10 \|\n\| beta \| 2020 \| 8 \|/);
    const xlsx = tempFile("t.xlsx");
    await run(...TREND, ...opts, "--out", xlsx);
    expect(sheetRows(xlsx).slice(1)).toEqual([
      ["alpha", "2018", "12"],
      ["alpha", "2017", "10"],
      ["beta", "2020", "8"],
    ]);
    const table = await run(...TREND, "--sort", "value", "--top", "2");
    // Ascending: 乙区's 4 (2018), then its 8 (2020); the summary table below keeps its rows.
    expect(table.stdout).toMatch(/乙区\s+2018\s+4\b.*\n乙区\s+2020\s+8\b/);
    // 甲市's 2017 row (10, index 100.0) is not among the first two; the summary below still names 甲市.
    expect(table.stdout).not.toMatch(/甲市\s+2017\s+10\s+100\.0/);
  });

  it("catalogue: text sorted, then the first rows", async () => {
    const first = await run(
      "catalogue",
      "--section",
      "metrics",
      "--columns",
      "section",
      "--sort",
      "section",
      "--top",
      "12",
      "--format",
      "csv",
    );
    // The catalogue has 12 metrics of section appeals, alphabetically the first.
    expect(csvLines(first.stdout)).toEqual(["section", ...Array(12).fill("appeals")]);
    const last = await run(
      "catalogue",
      "--section",
      "metrics",
      "--columns",
      "id,section",
      "--sort",
      "section:desc",
      "--top",
      "3",
      "--format",
      "json",
    );
    expect((JSON.parse(last.stdout) as { section: string }[]).map((r) => r.section)).toEqual(["training", "training", "training"]);
    const all = await run("catalogue", "--sort", "id");
    expect(all.code).not.toBe(0);
    expect(all.stderr).toContain("--section");
  });
});

describe("default columns and --all-columns", () => {
  it("the terminal leaves out the extra columns; --all-columns and the files keep them", async () => {
    const table = await run(...TREND);
    expect(table.stdout).not.toContain("机构代码");
    expect(table.stdout).toContain("甲市");
    const all = await run(...TREND, "--all-columns");
    expect(all.stdout).toContain("机构代码");
    expect(all.stdout).toContain("来源指标");
    const csv = await run(...TREND, "--format", "csv");
    expect(csvLines(csv.stdout)[0]).toBe("entity,entity_name,year,value,change,change_pct,index,comparability,basis,source_metrics");
  });

  it("breakdown too: the ids and sums only with --all-columns", async () => {
    const b = ["breakdown", "datasets/jiamusi", "--year", "2017", "--group", "proactive_channels"];
    const table = await run(...b);
    expect(table.stdout).not.toContain("channel_website");
    // 44585 of the channels' sum 106582 (41.83%), of the whole 89370 (49.89%).
    expect(table.stdout).toMatch(/通过政府网站公开\s+44585\s+41\.83%\s+49\.89%/);
    const all = await run(...b, "--all-columns");
    // Every column is there (the ids may wrap to fit 100 columns; numbers never do).
    expect(all.stdout).toContain("分项代码");
    expect(all.stdout).toContain("总数指标");
    expect(all.stdout).toContain("106582");
    const md = await run(...b, "--format", "md");
    expect(md.stdout).toContain("| channel_website |");
  });
});

describe("row filters", () => {
  it("trend --year keeps those years' rows; changes still come from every year", async () => {
    const r = await run(...TREND, "--year", "2018", "--format", "csv", "--columns", "entity,year,value,change");
    expect(csvLines(r.stdout)).toEqual(["entity,year,value,change", "alpha,2018,12,2", "beta,2018,4,"]);
    const none = await run(...TREND, "--year", "2030");
    expect(none.code).not.toBe(0);
    expect(none.stdout).toBe("");
    expect(none.stderr).toMatch(/--year 2030.*2017, 2018, 2020/);
  });

  it("validate --entity and --year pick rows of the summary", async () => {
    const r = await run("validate", "datasets/jiamusi", "--year", "2016", "--format", "csv", "--columns", "entity,year,rows");
    expect(csvLines(r.stdout)).toEqual(["entity,year,rows", "jiamusi,2016,1"]);
    const e = await run("validate", "tests/fixtures/multi-entity", "--entity", "beta", "--format", "json", "--columns", "year,rows");
    expect(JSON.parse(e.stdout)).toEqual([
      { year: 2018, rows: 1 },
      { year: 2019, rows: 10 },
      { year: 2020, rows: 5 },
    ]);
    const none = await run("validate", "datasets/jiamusi", "--entity", "nobody");
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain("jiamusi");
  });

  it("compare --section keeps the metrics of catalogue sections, and names the sections a wrong one could be", async () => {
    const r = await run(...COMPARE, "--section", "proactive", "--format", "csv", "--columns", "metric", "--quiet");
    const metrics = csvLines(r.stdout).slice(1);
    expect(metrics).toContain("proactive_items");
    expect(metrics).not.toContain("requests_received");
    const none = await run(...COMPARE, "--section", "nowhere", "--quiet");
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/--section nowhere.*proactive/);
  });

  it("breakdown --metric and audit --year, --metric filter the rows", async () => {
    const b = await run(
      "breakdown",
      "datasets/jiamusi",
      "--year",
      "2017",
      "--metric",
      "channel_website",
      "--format",
      "csv",
      "--columns",
      "metric,value",
    );
    expect(csvLines(b.stdout)).toEqual(["metric,value", "channel_website,44585"]);
    const a = await run("audit", "datasets/jiamusi", "--metric", "channel_website", "--format", "csv", "--columns", "year,metrics");
    expect(
      csvLines(a.stdout)
        .slice(1)
        .every((l) => l.startsWith("2017,") && l.includes("channel_website")),
    ).toBe(true);
    const none = await run("audit", "datasets/jiamusi", "--year", "2030");
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain("2017");
  });
});
