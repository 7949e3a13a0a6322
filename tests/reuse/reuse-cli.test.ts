/** `disclosure-trends reuse` as a user runs it: one pair, a batch, and bad input. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";
import { chinesePage, minimalPdf, SCANNED_PAGE } from "../helpers/minimal-pdf.js";
import { writePairCorpus } from "./pair-corpus.js";

const OLD = "../shared/reports/huaian-hongze-2023.txt";
const NEW = "../shared/reports/huaian-hongze-2024.txt";

let dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "reuse-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe("reuse <old> <new>", () => {
  it("--format json gives overall_pct, sections with heading and reused_pct, and passages placed in both texts", async () => {
    const r = await run("reuse", OLD, NEW, "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(typeof json.overall_pct).toBe("number");
    expect(json.reused_units).toBeLessThanOrEqual(json.units);
    expect(json.sections.map((s: { heading: string }) => s.heading)).toEqual([
      "标题与前言",
      "总体情况",
      "主动公开",
      "依申请公开",
      "行政复议、行政诉讼",
      "存在的主要问题及改进情况",
      "其他需要报告的事项",
    ]);
    expect(json.sections.at(-1)).toMatchObject({
      heading: "其他需要报告的事项",
      number: "六",
      units: 51,
      reused_units: 51,
      reused_pct: 100,
    });
    // Lines of the files as they are (line 1 holds where the text came from): "三是继续加强业务指导培训" is on
    // line 162 of the 2024 text and line 161 of the 2023 text.
    const p = json.passages.find((x: { text: string }) => x.text.startsWith("三是继续加强业务指导培训"));
    expect(p).toMatchObject({ length: 110, new: { line: 162, section: "存在的主要问题及改进情况" }, old: { line: 161 } });
  });

  it("reads the published PDFs to the same sections and shares as their texts, passages placed by page and line", async () => {
    const pdf = JSON.parse(
      (
        await run(
          "reuse",
          "../shared/reports/pdf/huaian-hongze-2023.pdf",
          "../shared/reports/pdf/huaian-hongze-2024.pdf",
          "--format",
          "json",
        )
      ).stdout,
    );
    const txt = JSON.parse((await run("reuse", OLD, NEW, "--format", "json")).stdout);
    // The texts' first line says where they came from; the sections after the preamble are the same words.
    const body = (j: { sections: { heading: string; units: number; reused_units: number }[] }) =>
      j.sections.slice(1).map((s) => [s.heading, s.units, s.reused_units]);
    expect(body(pdf)).toEqual(body(txt));
    // "三是继续加强业务指导培训" is on page 4 of the 2023 report and on page 5, its second line, of the 2024 one.
    const p = pdf.passages.find((x: { text: string }) => x.text.startsWith("三是继续加强业务指导培训"));
    expect(p).toMatchObject({ length: 110, new: { page: 5, page_line: 2 }, old: { page: 4 } });
  });

  it("prints a table in Chinese by default, in English with --lang en", async () => {
    const zh = await run("reuse", OLD, NEW);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("沿用比例");
    expect(zh.stdout).toMatch(/六\s+其他需要报告的事项\s+51\s+51\s+100\.00%/);
    expect(zh.stdout).toContain("依申请公开（仅统计表）");
    const en = await run("reuse", OLD, NEW, "--lang", "en");
    expect(en.stdout).toContain("reused %");
    expect(en.stdout).toMatch(/六\s+other matters\s+51\s+51\s+100\.00%/);
  });

  it("reads HTML as the text it renders to: a web page of a report against its text is all reused", async () => {
    const dir = tempDir();
    const escapeHtml = (l: string) => l.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const lines = readFileSync(NEW, "utf8").split("\n");
    const page = join(dir, "report.html");
    writeFileSync(page, `<html><body>${lines.map((l) => `<p style="text-indent:2em">${escapeHtml(l)}</p>`).join("\n")}</body></html>`);
    const r = JSON.parse((await run("reuse", NEW, page, "--format", "json", "--tables")).stdout);
    const plain = JSON.parse((await run("reuse", NEW, NEW, "--format", "json", "--tables")).stdout);
    expect(r.overall_pct).toBe(100);
    expect(r.units).toBe(plain.units);
    expect(r.sections.map((s: { heading: string }) => s.heading)).toEqual(plain.sections.map((s: { heading: string }) => s.heading));
  });

  it("counts a sentence copied with new figures as copied; --figures exact does not count the figures", async () => {
    const dir = tempDir();
    const [old, neu] = [join(dir, "old.txt"), join(dir, "new.txt")];
    writeFileSync(old, "2023年，我区在政府网站平台主动公开政府信息1136条。\n");
    writeFileSync(neu, "2024年，我区在政府网站平台主动公开政府信息2428条。\n");
    // Any: "#年我区在政府网站平台主动公开政府信息#条", 21 characters, all found.
    const any = JSON.parse((await run("reuse", old, neu, "--format", "json")).stdout);
    expect(any).toMatchObject({ units: 21, reused_units: 21, overall_pct: 100 });
    // Exact: 2024 (4) + 年…信息 (18) + 2428 (4) + 条 (1) = 27 characters; only 年…信息 is found.
    const exact = JSON.parse((await run("reuse", old, neu, "--format", "json", "--figures", "exact")).stdout);
    expect(exact).toMatchObject({ units: 27, reused_units: 18, overall_pct: 66.67 });
  });

  it("warns that the pages of a PDF that are pictures are not compared", async () => {
    const dir = tempDir();
    const words = ["本报告由某区人民政府办公室根据条例要求编制", "一、总体情况", "本年度我区坚持以公开为常态不公开为例外推进政务公开工作"];
    const pdf = join(dir, "half-scan.pdf");
    writeFileSync(pdf, minimalPdf([chinesePage(words), SCANNED_PAGE]));
    const txt = join(dir, "report.txt");
    writeFileSync(txt, `${words.join("\n")}\n`);
    const r = await run("reuse", txt, pdf, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`警告：${pdf}：第 2 页是没有文字层的图片，其文字不参与比较`);
    expect(JSON.parse(r.stdout).overall_pct).toBe(100);
  });

  it("a report compared with itself is all reused", async () => {
    const r = await run("reuse", NEW, NEW, "--format", "json", "--tables");
    expect(JSON.parse(r.stdout).overall_pct).toBe(100);
  });

  it("says what is wrong with bad input, without a stack trace", async () => {
    const missing = await run("reuse", OLD, "no-such-report.txt");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("没有这个报告文件：no-such-report.txt");
    const one = await run("reuse", OLD);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("用法：reuse <旧报告> <新报告>");
    const k = await run("reuse", OLD, NEW, "--min-length", "0");
    expect(k.stderr).toContain("无效的 --min-length「0」");
    const figures = await run("reuse", OLD, NEW, "--figures", "some");
    expect(figures.stderr).toContain("未知的 --figures「some」");
    const folder = await run("reuse", OLD, "../shared/reports");
    expect(folder.stderr).toContain("../shared/reports 是一个文件夹；请给出一个报告文件，或用 --pairs 列出多对报告");
    for (const r of [missing, one, k, figures, folder]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a report with no text outside its tables has no share: said, exit 1", async () => {
    const dir = tempDir();
    const tables = join(dir, "tables.txt");
    writeFileSync(tables, "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量   95  0  0  0  0  0  95\n");
    const r = await run("reuse", OLD, tables, "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).overall_pct).toBeNull();
    expect(r.stderr).toContain("统计表之外没有正文");
  });
});

describe("reuse --pairs", () => {
  it("compares every pair of the list, and a pair that cannot be read fails alone", async () => {
    const dir = tempDir();
    const list = join(dir, "pairs.csv");
    writeFileSync(
      list,
      `old,new\n${join(process.cwd(), OLD)},${join(process.cwd(), NEW)}\n# a comment\n"missing.txt",${join(process.cwd(), NEW)}\n`,
    );
    const r = await run("reuse", "--pairs", list, "--format", "json");
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[0].sections.at(-1)).toMatchObject({ heading: "其他需要报告的事项", reused_pct: 100 });
    expect(rows[1]).toMatchObject({ line: 4, error: expect.stringContaining("没有这个报告文件") });
    expect(r.stderr).toContain(`${list}:4：没有这个报告文件`);
  });

  it("names the line of a list that is not old,new", async () => {
    const dir = tempDir();
    const list = join(dir, "pairs.csv");
    writeFileSync(list, "a.txt,b.txt\na.txt\n");
    const r = await run("reuse", "--pairs", list);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${list}:2：应为两个报告路径「旧,新」，实为 1 个字段`);
  });

  it("compares 1,000 pairs of edited real reports in under a minute", async () => {
    const list = writePairCorpus(tempDir(), 1000);
    const t0 = performance.now();
    const r = await run("reuse", "--pairs", list, "--format", "csv");
    const seconds = (performance.now() - t0) / 1000;
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1001);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
