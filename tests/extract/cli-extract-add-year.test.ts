import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fillDocxTemplate } from "../../scripts/fill-docx-template.mjs";
import type { CliIO } from "../../src/cli/cli-context.js";
import { runCli } from "../../src/cli/run-cli.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { chinesePage, minimalPdf, SCANNED_PAGE } from "../helpers/minimal-pdf.js";

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

async function run(argv: string[]) {
  const f = fakeIo();
  const code = await runCli(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
/** A throw-away folder, removed when the tests are done. */
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  made.push(dir);
  return dir;
}

describe("disclosure-trends extract", () => {
  it("extract <report> prints a dataset CSV with offsets in the note column and a summary on stderr", async () => {
    const r = await run(["extract", "reports/jiamusi-2017.txt"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("metric,applicant,value,printed_share,printed_change,printed_change_pct,basis,source,note");
    const website = lines.find((l) => l.startsWith("channel_website,"));
    expect(website).toMatch(/^channel_website,,44585,41\.4,,,printed,.*,chars (\d+)-(\d+)$/);
    const [, start, end] = /chars (\d+)-(\d+)$/.exec(website ?? "") ?? [];
    expect(readFileSync("reports/jiamusi-2017.txt", "utf8").slice(Number(start), Number(end))).toBe("44585");
    expect(r.stderr).toContain("40 个数字，5 个数字未归入指标");
    expect(r.stderr).toMatch(/jiamusi-2017\.txt:\d+:\d+: 15 /);
  });

  it("extract <report> --format json gives figures with offsets, the unassigned numbers and the warnings", async () => {
    const r = await run(["extract", "../shared/reports/huaian-hongze-2024.txt", "--format", "json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.body, j.year, j.layout]).toEqual(["淮安市洪泽区人民政府", 2024, "2021"]);
    expect(j.figures.find((f: { metric: string }) => f.metric === "requests_received")).toMatchObject({ value: 17, origin: "narrative" });
    expect(j.unassigned).toHaveLength(1);
    expect(j.warnings[0]).toContain("95");
  });

  it("extract <report> --out writes the file and nothing to stdout", async () => {
    const dir = tmp();
    const out = join(dir, "2023.csv");
    const r = await run(["extract", "../shared/reports/huaian-hongze-2023.txt", "--out", out]);
    expect([r.code, r.stdout]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toContain("fee_amount,,7730.28,");
    expect(readdirSync(dir)).toEqual(["2023.csv"]);
  });

  it("extract <report.pdf> reads the PDF; each figure's source and JSON give its page and line", async () => {
    const pdf = "../shared/reports/pdf/huaian-hongze-2023.pdf";
    const csv = await run(["extract", pdf]);
    expect(csv.code).toBe(0);
    // Page 3 of the PDF, sixth line of text: 行政事业性收费 7730.28.
    expect(csv.stdout).toMatch(
      /^fee_amount,,7730\.28,,,,printed,"第二十条 行政事业性收费 7730\.28 \| 本年收费金额: 7730\.28 \(page 3, line 6\)",chars \d+-\d+$/m,
    );
    expect(csv.stderr).toContain("huaian-hongze-2023.pdf：5 页的 PDF；洪泽区人民政府 2023，2021 年模板");
    expect(csv.stderr).toContain("189 个数字");
    const json = JSON.parse((await run(["extract", pdf, "--format", "json"])).stdout);
    expect(json.entity).toBe("huaian-hongze");
    expect(json.figures.find((f: { metric: string }) => f.metric === "fee_amount")).toMatchObject({ value: 7730.28, page: 3, line: 6 });
    expect(json.figures.every((f: { page?: number; line?: number }) => f.page !== undefined && f.line !== undefined)).toBe(true);
  });

  it("extract <report.txt> ends each source with the report line; --entity and --year are taken", async () => {
    const path = "../shared/reports/huaian-hongze-2023.txt";
    const line =
      readFileSync(path, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("行政事业性收费")) + 1;
    const r = await run(["extract", path]);
    expect(r.stdout).toMatch(new RegExp(`^fee_amount,,7730\\.28,.*\\(report line ${line}\\),chars`, "m"));
    const json = JSON.parse((await run(["extract", path, "--format", "json", "--entity", "hongze", "--year", "2023"])).stdout);
    expect([json.entity, json.year, json.year_from]).toEqual(["hongze", 2023, "option"]);
    expect((await run(["extract", path, "--entity", "Hong Ze"])).stderr).toContain("无效的 --entity「Hong Ze」");
  });

  it("extract reads the text pages of a PDF and warns of the pages that are images only", async () => {
    const dir = tmp();
    const path = join(dir, "some-bureau-2023.pdf");
    const text = chinesePage(["某局2023年政府信息公开工作年度报告", "2023年,全年共受理政府信息公开申请12件。"]);
    writeFileSync(path, minimalPdf([text, SCANNED_PAGE]));
    const r = await run(["extract", path, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).figures.find((f: { metric: string }) => f.metric === "requests_received")).toMatchObject({
      value: 12,
      page: 1,
      line: 2,
    });
    expect(r.stderr).toContain("警告：PDF 的第 2 页没有文字层（扫描图片）");
  });

  it("extract exits 1 with the reason when no figure is found, and prints no empty dataset", async () => {
    const dir = tmp();
    const cut = join(dir, "huaian-hongze-2023.txt");
    const text = readFileSync("../shared/reports/huaian-hongze-2023.txt", "utf8");
    writeFileSync(cut, text.slice(0, text.indexOf("一、总体情况") + 30));
    const r = await run(["extract", cut]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toContain("没有找到数字：报告看来被截断了");
    expect(r.stderr).not.toContain("    at ");
  });

  it("extract reports a missing file or a bad --format as a usage error, without a stack trace", async () => {
    const missing = await run(["extract", "reports/nope.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("没有这个报告文件：reports/nope.txt");
    expect(missing.stderr).not.toContain("    at ");
    const bad = await run(["extract", "reports/jiamusi-2017.txt", "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("未知的 --format「xml」");
  });
});

describe("disclosure-trends add-year", () => {
  it("add-year <entity> <year> --from-report writes a dataset and entity.json that loadDatasets accepts, with the audit", async () => {
    const datasets = tmp();
    const r = await run([
      "add-year",
      "hongze",
      "2024",
      "--from-report",
      "../shared/reports/huaian-hongze-2024.txt",
      "--datasets",
      datasets,
      "--name-en",
      "Hongze District",
      "--level",
      "district",
      "--province",
      "江苏省",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("读出 190 个数字");
    expect(r.stdout).toContain("narrative_vs_table");
    const info = JSON.parse(readFileSync(join(datasets, "hongze", "entity.json"), "utf8"));
    expect(info).toEqual({
      id: "hongze",
      name_zh: "淮安市洪泽区人民政府",
      name_en: "Hongze District",
      level: "district",
      province: "江苏省",
      parent: null,
      // The report says 区政府办代表区政府受理政府信息公开申请 17 件: the office's own requests.
      scope: { "2024": "办公室" },
    });
    const loaded = await loadDatasets(datasets);
    expect(loaded.problems).toEqual([]);
    expect(loaded.table.get("hongze", 2024, "requests_new")).toBe(95);
    expect(loaded.table.get("hongze", 2024, "requests_received")).toBe(17);
    expect(readdirSync(join(datasets, "hongze")).sort()).toEqual(["2024.csv", "entity.json"]);
  });

  it("add-year refuses to overwrite an existing dataset without --force, and replaces it with --force", async () => {
    const datasets = tmp();
    const args = ["add-year", "jiamusi", "2017", "--from-report", "reports/jiamusi-2017.txt", "--datasets", datasets];
    expect((await run(args)).code).toBe(0);
    const file = join(datasets, "jiamusi", "2017.csv");
    writeFileSync(file, "metric,value\nproactive_items,1\n");
    const again = await run(args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在；加 --force 可替换它");
    expect(readFileSync(file, "utf8")).toBe("metric,value\nproactive_items,1\n");
    expect((await run([...args, "--force"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("proactive_items,,89370,,2589,3,printed");
  });

  it("add-year refuses a year that differs from the report's title and writes nothing", async () => {
    const datasets = tmp();
    const r = await run(["add-year", "jiamusi", "2018", "--from-report", "reports/jiamusi-2017.txt", "--datasets", datasets]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("报告标题写的是 2017 年，不是 2018 年");
    expect(readdirSync(datasets)).toEqual([]);
  });

  it("add-year audits the new year beside the entity's other years (carry-over across years)", async () => {
    const datasets = tmp();
    mkdirSync(join(datasets, "huaian-hongze"));
    copyFileSync("datasets/huaian-hongze/entity.json", join(datasets, "huaian-hongze", "entity.json"));
    copyFileSync("datasets/huaian-hongze/2023.csv", join(datasets, "huaian-hongze", "2023.csv"));
    const r = await run([
      "add-year",
      "huaian-hongze",
      "2024",
      "--from-report",
      "../shared/reports/huaian-hongze-2024.txt",
      "--datasets",
      datasets,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(`已为新机关写入 ${join(datasets, "huaian-hongze", "entity.json")}`);
    const loaded = await loadDatasets(datasets);
    expect(loaded.problems).toEqual([]);
    expect(loaded.table.years()).toEqual([2023, 2024]);
  });

  it("add-year --bulk adds every report in a folder and prints a summary table", async () => {
    const reports = tmp();
    const datasets = tmp();
    copyFileSync("../shared/reports/huaian-hongze-2023.txt", join(reports, "huaian-hongze-2023.txt"));
    copyFileSync("reports/jiamusi-2017.txt", join(reports, "jiamusi-2017.txt"));
    writeFileSync(join(reports, "jiamusi-2016.txt"), readFileSync("reports/jiamusi-2017.txt"));
    const r = await run(["add-year", "--bulk", reports, "--datasets", datasets, "--format", "csv"]);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split("\n");
    expect(rows[0]).toBe("report,entity,year,layout,extracted,unassigned,findings,status");
    expect(rows.find((l) => l.startsWith("huaian-hongze-2023.txt"))).toMatch(
      /^huaian-hongze-2023\.txt,huaian-hongze,2023,2021,189,0,\d+,已写入 /,
    );
    expect(rows.find((l) => l.startsWith("jiamusi-2017.txt"))).toMatch(/^jiamusi-2017\.txt,jiamusi,2017,2008,40,5,\d+,已写入 /);
    expect(rows.find((l) => l.startsWith("jiamusi-2016.txt"))).toContain("已跳过：");
    expect(existsSync(join(datasets, "jiamusi", "2016.csv"))).toBe(false);
    expect((await loadDatasets(datasets)).problems).toEqual([]);
  });

  it("add-year --from-report <report.pdf> adds the PDF's figures, their pages and lines in the sources", async () => {
    const datasets = tmp();
    const r = await run([
      "add-year",
      "huaian-hongze",
      "2024",
      "--from-report",
      "../shared/reports/pdf/huaian-hongze-2024.pdf",
      "--datasets",
      datasets,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("读出 190 个数字");
    const loaded = await loadDatasets(datasets);
    expect(loaded.problems).toEqual([]);
    expect(loaded.table.get("huaian-hongze", 2024, "requests_new")).toBe(95);
    expect(readFileSync(join(datasets, "huaian-hongze", "2024.csv"), "utf8")).toMatch(/\(page \d, line \d+\)"/);
  });

  it("add-year --bulk reads PDF and Word reports too, and lists what it cannot read as skipped with the reason", async () => {
    const reports = tmp();
    const datasets = tmp();
    copyFileSync("../shared/reports/pdf/huaian-hongze-2023.pdf", join(reports, "huaian-hongze-2023.pdf"));
    const docx = await fillDocxTemplate(readFileSync("../shared/reports/pdf/template-2021-layout.docx"), [
      { metric: "licensing_decisions", value: 12 },
      { metric: "requests_new", applicant: "natural_person", value: 3 },
      { metric: "requests_new", applicant: null, value: 3 },
    ]);
    writeFileSync(join(reports, "some-bureau-2022.docx"), docx);
    writeFileSync(
      join(reports, "old-bureau-2019.doc"),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
    );
    const text = readFileSync("../shared/reports/huaian-hongze-2023.txt", "utf8");
    writeFileSync(join(reports, "cut-bureau-2023.txt"), text.slice(0, text.indexOf("一、总体情况") + 30));
    // One damaged byte at the start of the third line of an otherwise UTF-8 text.
    const bytes = Buffer.from(text, "utf8");
    const third = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    writeFileSync(
      join(reports, "damaged-bureau-2023.txt"),
      Buffer.concat([bytes.subarray(0, third), Buffer.from([0xc3]), bytes.subarray(third)]),
    );
    const r = await run(["add-year", "--bulk", reports, "--datasets", datasets, "--format", "csv"]);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split("\n");
    expect(rows.find((l) => l.startsWith("huaian-hongze-2023.pdf"))).toMatch(
      /^huaian-hongze-2023\.pdf,huaian-hongze,2023,2021,189,0,\d+,已写入 /,
    );
    expect(rows.find((l) => l.startsWith("some-bureau-2022.docx"))).toMatch(
      /^some-bureau-2022\.docx,some-bureau,2022,2021,3,0,\d+,已写入 /,
    );
    expect(rows.find((l) => l.startsWith("old-bureau-2019.doc"))).toMatch(/已跳过：.*旧版 Word 文档.*libreoffice/);
    expect(rows.find((l) => l.startsWith("cut-bureau-2023.txt"))).toMatch(/已跳过：.*没有找到数字：报告看来被截断了/);
    expect(rows.find((l) => l.startsWith("damaged-bureau-2023.txt"))).toMatch(
      /已跳过：第 3 行第 1 列：文字是 UTF-8，只有一处无效的字节序列；第一处是字节偏移 \d+ 处的 0xC3/,
    );
    expect(readdirSync(datasets).sort()).toEqual(["huaian-hongze", "some-bureau"]);
    expect((await loadDatasets(datasets)).problems).toEqual([]);
  });

  it("add-year without a report or with a bad entity id is a usage error", async () => {
    expect((await run(["add-year", "jiamusi", "2017"])).stderr).toContain("用法：add-year");
    const bad = await run(["add-year", "Jia Mu Si", "2017", "--from-report", "reports/jiamusi-2017.txt"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("无效的机关代码「Jia Mu Si」");
  });
});
