import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { ObservationTable } from "../../src/core/observation-table.js";
import { loadDatasetsOrThrow } from "../../src/io/load-datasets.js";
import { currentLang, setLang } from "../../src/messages/lang.js";
import { writeReport } from "../../src/report/write-report.js";
import { chartTexts, chineseLeft, englishSentences, visibleText } from "../helpers/language-scan.js";

/**
 * The report and the audit speak one language: a Chinese report holds no English sentence and an
 * English one no Chinese, except what comes from the data itself (body and place names, the scopes
 * entity.json gives, the report sentences quoted as sources).
 */
const DATASETS = join(import.meta.dirname, "..", "..", "datasets");
const tmp = mkdtempSync(join(tmpdir(), "report-language-"));
let table: ObservationTable;

beforeAll(async () => {
  table = await loadDatasetsOrThrow(DATASETS);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Names the data gives, shown as they are in either language. */
function dataNames(): string[] {
  const names: string[] = [];
  for (const info of table.entityInfo.values()) {
    names.push(info.name_zh, info.name_en, info.province ?? "", info.parent ?? "");
    const scope = info.scope;
    if (typeof scope === "string") names.push(scope);
    else if (scope !== undefined) names.push(...Object.values(scope));
  }
  return names.filter((n) => n !== "");
}

/** A page's text without the parts quoted from the data: sources (blockquotes, quoted sentences) and names. */
function ownText(html: string, names: readonly string[]): string {
  let text = visibleText(html.replace(/<blockquote>[\s\S]*?<\/blockquote>/g, " ")).replace(/“[^”]*”|"[^"]*"/g, " ");
  for (const n of [...names].sort((a, b) => b.length - a.length)) text = text.split(n).join(" ");
  return text;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe("the language of the report", () => {
  it("a Chinese report (writeReport, lang zh) holds no English sentence on any page or chart", async () => {
    const dir = join(tmp, "zh");
    await writeReport(table, dir, { lang: "zh" });
    const names = dataNames();
    const found: string[] = [];
    for (const f of filesUnder(dir)) {
      const texts = f.endsWith(".html")
        ? [ownText(readFileSync(f, "utf8"), names)]
        : f.endsWith(".vl.json")
          ? chartTexts(JSON.parse(readFileSync(f, "utf8")))
          : [];
      for (const t of texts) for (const s of englishSentences(t)) found.push(`${f.slice(dir.length + 1)}: ${s}`);
    }
    expect(found).toEqual([]);
  });

  it("an English report (writeReport, lang en) holds no Chinese outside names, quoted terms and sources", async () => {
    const dir = join(tmp, "en");
    await writeReport(table, dir, { lang: "en" });
    expect(currentLang()).toBe("zh");
    const names = dataNames();
    const found: string[] = [];
    for (const f of filesUnder(dir)) {
      const texts = f.endsWith(".html")
        ? [ownText(readFileSync(f, "utf8"), names)]
        : f.endsWith(".vl.json")
          ? chartTexts(JSON.parse(readFileSync(f, "utf8")))
          : [];
      for (const t of texts) for (const s of chineseLeft(t, names)) found.push(`${f.slice(dir.length + 1)}: ${s}`);
    }
    expect(found).toEqual([]);
  });

  it("the scan itself finds what it looks for", () => {
    expect(englishSentences("佳木斯市 2017年：the printed change of requests_new could not be checked")).toEqual([
      "the printed change of",
      "could not be checked",
    ]);
    expect(englishSentences("图表文件（Vega-Lite、SVG、PNG）requests_new huaian-hongze datasets/jiamusi/2017.csv")).toEqual([]);
    expect(chineseLeft("Jiamusi 2017: 「主动公开」 figure of 佳木斯市 and 总计", ["佳木斯市"])).toEqual(["总计"]);
  });
});

describe("the language of the audit", () => {
  async function audit(lang: "zh" | "en", format: string): Promise<string> {
    const out: string[] = [];
    const before = currentLang();
    try {
      const code = await runCli(["audit", DATASETS, "--format", format, "--lang", lang], {
        stdout: (s) => out.push(s),
        stderr: () => {},
        isTTY: false,
      });
      expect(code).toBe(0);
    } finally {
      setLang(before);
    }
    return out.join("");
  }

  it("audit datasets in Chinese: every finding's message (JSON) and the table hold no English sentence", async () => {
    const findings = JSON.parse(await audit("zh", "json")) as { message: string }[];
    expect(findings.length).toBeGreaterThan(0);
    const names = dataNames();
    const strip = (t: string) => ownText(t, names).replace(/“[^”]*”/g, " ");
    expect(findings.flatMap((f) => englishSentences(strip(f.message)))).toEqual([]);
    // 所印占比 with its arithmetic: 44585 / 106582 = 41.83%, 41.8% at the printed one decimal.
    expect(findings.map((f) => f.message)).toContain(
      "佳木斯市 2017年：通过政府网站公开：所印 41.4%，按表中数字为 44585 ÷ 106582 = 41.83%，按所印精度应为 41.8%，不符；若按总数「主动公开政府信息数」（89370）计算则为 49.89%。主动公开渠道的占比按各项合计（106582）计算，所印 5 个占比中有 2 个与之相符。",
    );
    // The sources' places read in Chinese ("（报告第 96 行）"), though the datasets keep "(report line 96)".
    const table = await audit("zh", "table");
    expect(table).not.toMatch(/report line/);
    expect(englishSentences(strip(table))).toEqual([]);
  });

  it("audit datasets in English: the messages hold no Chinese outside names and quoted sources", async () => {
    const findings = JSON.parse(await audit("en", "json")) as { message: string }[];
    const names = dataNames();
    expect(findings.flatMap((f) => chineseLeft(f.message, names))).toEqual([]);
  });
});
