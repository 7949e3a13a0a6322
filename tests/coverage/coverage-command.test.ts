/**
 * `disclosure-trends coverage` on a datasets folder made here: every cell below was worked out by hand
 * from the files written, not taken from the command's output.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringWidth } from "../../src/text/string-width.js";
import { run } from "../cli/run.js";

const PRINTED = "metric,value\nproactive_items,5\n";
/** Two problems: a unit in a value (line 2, column 17) and an unknown metric (line 3). */
const FAILING = "metric,value\nproactive_items,4万\nno_such_metric,1\n";
/** Only a figure derived from another year's report. */
const DERIVED = "metric,value,basis\nproactive_items,86781,derived\n";

const info = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, name_zh: name, name_en: id, level: "district", province: "江苏省", parent: null, ...extra });

let root: string;
let datasets: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "dt-coverage-"));
  datasets = join(root, "datasets");
  const files: Record<string, string> = {
    // alpha: 2019 全市, 2020 not there, 2021 本级 (a scope change), 2022 failing, no 2023.
    "alpha/entity.json": info("alpha", "甲市", { scope: { "2019": "全市", "2021": "本级" } }),
    "alpha/2019.csv": PRINTED,
    "alpha/2021.csv": PRINTED,
    "alpha/2022.csv": FAILING,
    // beta: 2021 and 2022, no 2023.
    "beta/entity.json": info("beta", "乙区"),
    "beta/2021.csv": PRINTED,
    "beta/2022.csv": PRINTED,
    // gamma: 2022 holds only a derived figure; 2023 is the latest year of the datasets.
    "gamma/entity.json": info("gamma", "丙县"),
    "gamma/2022.csv": DERIVED,
    "gamma/2023.csv": PRINTED,
    // delta: registered, no report at all.
    "delta/entity.json": info("delta", "丁镇"),
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(datasets, rel, ".."), { recursive: true });
    writeFileSync(join(datasets, rel), text);
  }
  mkdirSync(join(root, "empty"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("disclosure-trends coverage <datasets>", () => {
  it("draws bodies × years with one symbol a cell, marks bodies missing the latest year, warns and exits 0", async () => {
    const r = await run("coverage", datasets);
    expect(r.code).toBe(0);
    const grid = r.stdout.split("\n").slice(2, 7);
    expect(grid).toEqual([
      "       2019 2020 2021 2022 2023",
      "> 甲市    o    X    ~    !    X",
      "> 乙区    .    .    o    o    X",
      "> 丁镇    .    .    .    .    X",
      "  丙县    .    .    .    d    o",
    ]);
    expect(r.stdout).toContain("4 个机关，2019–2023；缺少：2023 年没有报告，或机关年份范围内某年没有报告");
    expect(r.stdout).toContain("未通过校验：甲市 2022：2 个问题，第一个：");
    expect(r.stdout).toMatch(/alpha[/\\]2022\.csv:2:17: /);
    expect(r.stdout).toContain("统计范围改变：甲市 2021：本级（2019：全市）");
    expect(r.stderr).toContain("警告：1 份报告未通过校验；`disclosure-trends validate` 列出全部问题\n");
    // 甲市 2020 and 2023, 乙区 2023, 丁镇 2023.
    expect(r.stderr).toContain(
      "警告：缺少 4 份应有的报告\n  未发布 2023 年报告（3/4 个机关）：甲市、乙区、丁镇\n  其他缺少的年份：甲市 2020\n",
    );
  });

  it("--years 2020-2024 shows those years and expects each of every body", async () => {
    const r = await run("coverage", datasets, "--years", "2020-2024");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(2, 7)).toEqual([
      "       2020 2021 2022 2023 2024",
      "> 甲市    X    ~    !    X    X",
      "> 乙区    X    o    o    X    X",
      "> 丁镇    X    X    X    X    X",
      "> 丙县    X    X    d    o    X",
    ]);
    expect(r.stderr).toContain(
      "警告：缺少 14 份应有的报告\n  未发布 2024 年报告（4/4 个机关）：甲市、乙区、丁镇、丙县\n  其他缺少的年份：甲市 2020, 2023、乙区 2020, 2023、丁镇 2020–2023、丙县 2020, 2021\n",
    );
  });

  it("--expect 2024 adds 2024 to each body's span; years after a body's last report stay unexpected", async () => {
    const r = await run("coverage", datasets, "--expect", "2024", "--lang", "en");
    expect(r.stdout.split("\n").slice(2, 7)).toEqual([
      "        2019 2020 2021 2022 2023 2024",
      "> alpha    o    X    ~    !    .    X",
      "> beta     .    .    o    o    .    X",
      "> delta    .    .    .    .    .    X",
      "> gamma    .    .    .    d    o    X",
    ]);
  });

  it("--format json gives one row per body and year with the problem count, the first problem's place and the scopes", async () => {
    const r = await run("coverage", datasets, "--format", "json");
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(4 * 5);
    const alpha = rows.filter((x) => x.entity === "alpha");
    expect(alpha.map((x) => [x.year, x.status, x.expected, x.problems])).toEqual([
      [2019, "present", "yes", 0],
      [2020, "missing", "yes", null],
      [2021, "scope_changed", "yes", 0],
      [2022, "failing", "yes", 2],
      [2023, "missing", "yes", null],
    ]);
    expect(alpha[2]).toMatchObject({ scope: "本级", prior_scope: "全市", prior_scope_year: 2019, scope_changed: "yes" });
    // 2022 has no scope of its own: 本级, stated for 2021, holds.
    expect(alpha[3]).toMatchObject({ scope: "本级", prior_scope: "本级", scope_changed: "no", latest_missing: "yes" });
    expect(String(alpha[3]?.first_problem)).toMatch(/2022\.csv:2:17: .*4万/);
    expect(rows.find((x) => x.entity === "gamma" && x.year === 2022)).toMatchObject({ status: "derived", problems: 0 });
    expect(rows.find((x) => x.entity === "gamma" && x.year === 2019)).toMatchObject({ status: "outside", expected: "no" });
  });

  it("--out writes CSV, Markdown (grid and legend) and an xlsx workbook by the file's extension", async () => {
    const csv = join(root, "coverage.csv");
    const md = join(root, "coverage.md");
    const xlsx = join(root, "coverage.xlsx");
    expect((await run("coverage", datasets, "--out", csv)).code).toBe(0);
    const lines = readFileSync(csv, "utf8").trim().split("\n");
    expect(lines[0]).toBe(
      "entity,entity_name,year,status,expected,problems,first_problem,scope,prior_scope,prior_scope_year,scope_changed,latest_missing",
    );
    expect(lines).toContain("beta,乙区,2023,missing,yes,,,,,,no,yes");
    expect((await run("coverage", datasets, "--out", md)).code).toBe(0);
    const text = readFileSync(md, "utf8");
    expect(text).toContain("| alpha | 甲市 | o | X | ~ | ! | X |");
    expect(text).toContain("| X | missing | 缺少报告 |");
    expect((await run("coverage", datasets, "--out", xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
  });

  it("--wide gives the grid with status words for scripts", async () => {
    const r = await run("coverage", datasets, "--format", "csv", "--wide");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "entity,entity_name,2019,2020,2021,2022,2023",
      "alpha,甲市,present,missing,scope_changed,failing,missing",
    ]);
  });

  it("names a scope field it cannot read in a warning, and shows no scope change for that body", async () => {
    const dir = join(root, "bad-scope");
    mkdirSync(join(dir, "epsilon"), { recursive: true });
    writeFileSync(join(dir, "epsilon", "entity.json"), info("epsilon", "戊区", { scope: ["全区"] }));
    writeFileSync(join(dir, "epsilon", "2023.csv"), PRINTED);
    const r = await run("coverage", dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /epsilon[/\\]entity\.json: "scope": expected a text or an object of four-digit years to texts.*found \["全区"\]/,
    );
  });

  it("puts a long CSV's problem on the body and year its row names", async () => {
    const dir = join(root, "corpus");
    mkdirSync(dir);
    // b's only 2024 row fails (line 4): b 2024 fails validation rather than being missing.
    writeFileSync(
      join(dir, "all.csv"),
      "entity,year,metric,value\na,2022,proactive_items,5\na,2024,proactive_items,6\nb,2024,proactive_items,x\nb,2023,proactive_items,3\n",
    );
    writeFileSync(join(dir, "entities.json"), `[${info("a", "甲")},${info("b", "乙")}]`);
    const r = await run("coverage", dir);
    expect(r.stdout.split("\n").slice(2, 5)).toEqual(["     2022 2023 2024", "  甲    o    X    o", "  乙    .    o    !"]);
    expect(r.stdout).toMatch(/未通过校验：乙 2024：1 个问题，第一个：.*all\.csv:4:24: value 列的值无效/);
    expect(r.stdout).toContain("> 缺最新年份 (2024)");
    expect(r.stdout.match(/缺最新年份/g)).toHaveLength(1);
  });

  it("a body without a valid entity.json fails validation in every year it has, with the body's problem named", async () => {
    const dir = join(root, "no-metadata");
    mkdirSync(join(dir, "zeta"), { recursive: true });
    mkdirSync(join(dir, "eta"), { recursive: true });
    writeFileSync(join(dir, "zeta", "2023.csv"), PRINTED);
    writeFileSync(join(dir, "eta", "2023.csv"), PRINTED);
    writeFileSync(join(dir, "eta", "entity.json"), JSON.stringify({ id: "eta", name_zh: "戊" }));
    const r = await run("coverage", dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "2 个机关，2023；缺少：2023 年没有报告，或机关年份范围内某年没有报告",
      "",
      "       2023",
      "  eta     !",
      "  zeta    !",
    ]);
    expect(r.stdout).toMatch(/未通过校验：eta：1 个问题，第一个：.*eta[/\\]entity\.json: 主体元数据不完整/);
    expect(r.stdout).toMatch(/未通过校验：zeta：1 个问题，第一个：.*zeta: 主体“zeta”没有元数据/);
    expect(r.stderr).toContain("警告：2 份报告未通过校验");
  });

  it("an empty folder and a path that does not exist are errors (exit 1), without a stack trace", async () => {
    const empty = await run("coverage", join(root, "empty"));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("没有数据文件");
    const none = await run("coverage", join(root, "nothing-here"));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("没有这个文件或文件夹");
    expect(none.stderr + empty.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, "nothing-here"))).toBe(false);
  });

  it("rejects --years and --expect together, and a year that is not four digits", async () => {
    expect((await run("coverage", datasets, "--years", "2020-2022", "--expect", "2023")).stderr).toContain("不要同时给");
    const bad = await run("coverage", datasets, "--expect", "25");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("无效的 --expect「25」");
  });

  it("fits 100 columns with 18 years and long names", async () => {
    const dir = join(root, "wide");
    for (const [id, name] of [
      ["one", "深圳市坪山区委（区政府）办公室深圳市坪山区委（区政府）办公室"],
      ["two", "乙"],
    ]) {
      mkdirSync(join(dir, id as string), { recursive: true });
      writeFileSync(join(dir, id as string, "entity.json"), info(id as string, name as string));
    }
    writeFileSync(join(dir, "one", "2008.csv"), PRINTED);
    writeFileSync(join(dir, "two", "2025.csv"), PRINTED);
    const r = await run("coverage", dir);
    for (const line of r.stdout.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain("  08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25");
    expect(r.stdout).toMatch(
      /> 深圳市坪山区委（区政府）办公室.*… +o {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}\. {2}X\n/,
    );
  });
});
