import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDatasets } from "../../src/io/load-datasets.js";
import type { Sheet } from "../../src/io/sheet/sheet.js";
import { readWorkbook } from "../../src/io/xlsx/read-workbook.js";
import { stringWidth } from "../../src/text/string-width.js";
import { run } from "../cli/run.js";
import { JIAMUSI_INFO } from "../helpers/temp-dataset.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "dt-out-"));
  dirs.push(d);
  return d;
}

/** A sheet's cells as texts by reference (A1, B2, …). */
function cells(sheet: Sheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of sheet.rows) for (const [c, cell] of r.cells) out.set(`${String.fromCharCode(64 + c)}${r.row}`, cell.text);
  return out;
}

/** The row of a sheet whose column C holds `metric`. */
function rowOf(sheet: Sheet, metric: string): Map<number, { text: string; numeric: boolean }> {
  const r = sheet.rows.find((x) => x.cells.get(3)?.text === metric);
  if (!r) throw new Error(`no row for ${metric}`);
  return r.cells;
}

describe("--out takes its format from the extension", () => {
  // datasets/jiamusi: proactive_items 86781 in 2016 and 89370 in 2017 (+2589, 2589/86781 = 2.98%).
  const compare = ["compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--quiet"];

  it("writes a workbook: Chinese headings, real numbers, the change signed, the percent in a % format, a sources sheet", async () => {
    const out = join(tempDir(), "res.xlsx");
    const r = await run(...compare, "--out", out);
    expect(r.code).toBe(0);
    const sheets = readWorkbook(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(["比较", "来源"]);
    const [table, sources] = sheets as [Sheet, Sheet];
    const head = cells(table);
    expect([head.get("A1"), head.get("C1"), head.get("D1"), head.get("E1"), head.get("F1"), head.get("G1"), head.get("H1")]).toEqual([
      "机构代码",
      "指标代码",
      "指标",
      "2016年",
      "2017年",
      "增减",
      "增减率",
    ]);
    const row = rowOf(table, "proactive_items");
    expect(row.get(4)).toEqual({ text: "主动公开政府信息数", numeric: false });
    expect(row.get(5)).toEqual({ text: "86781", numeric: true });
    expect(row.get(6)).toEqual({ text: "89370", numeric: true });
    expect(row.get(7)).toEqual({ text: "2589", numeric: true });
    // Read back through the % format: the stored 0.0298 shows as 2.98%.
    expect(row.get(8)).toEqual({ text: "2.98%", numeric: true });
    const src = cells(sources);
    expect(src.get("A1")).toBe("文件");
    expect([src.get("A2"), src.get("D2"), src.get("E2")]).toEqual(["datasets/jiamusi/2016.csv", "2016", "1"]);
    expect(readdirSync(join(out, ".."))).toEqual(["res.xlsx"]);
  });

  it("lays the workbook out for Excel: frozen heading row, widths that fit Chinese, number formats", async () => {
    const out = join(tempDir(), "res.xlsx");
    await run(...compare, "--out", out);
    const sheetXml = execFileSync("unzip", ["-p", out, "xl/worksheets/sheet1.xml"], { encoding: "utf8" });
    const stylesXml = execFileSync("unzip", ["-p", out, "xl/styles.xml"], { encoding: "utf8" });
    expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheetXml).toMatch(/<c r="E2"><v>86781<\/v><\/c>/);
    // Column D holds the labels; the longest label of jiamusi 2017 fits (two columns a character).
    const labels = readWorkbook(readFileSync(out))[0]?.rows.map((r) => r.cells.get(4)?.text ?? "") ?? [];
    const widest = Math.max(...labels.map(stringWidth));
    const width = Number(/<col min="4" max="4" width="(\d+)"/.exec(sheetXml)?.[1]);
    expect(width).toBeGreaterThanOrEqual(Math.min(60, widest));
    expect(stylesXml).toContain('formatCode="+0.00%;-0.00%;0.00%"');
    expect(stylesXml).toContain('formatCode="+General;-General;0"');
    expect(sheetXml).toMatch(/<c r="H2" s="3"><v>0\.0298<\/v><\/c>/);
    expect(sheetXml).toMatch(/<c r="G2" s="4"><v>2589<\/v><\/c>/);
  });

  it("writes CSV to .csv (not the terminal table), with a byte-order mark under --bom", async () => {
    const dir = tempDir();
    await run(...compare, "--out", join(dir, "plain.csv"));
    await run(...compare, "--out", join(dir, "excel.csv"), "--bom");
    const plain = readFileSync(join(dir, "plain.csv"));
    const excel = readFileSync(join(dir, "excel.csv"));
    expect(plain.subarray(0, 7).toString()).toBe("entity,");
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(plain.toString()).toContain("jiamusi,佳木斯市,proactive_items,主动公开政府信息数,2016,86781,2017,89370,2589,2.98");
  });

  it("writes JSON to .json and Markdown to .md", async () => {
    const dir = tempDir();
    await run(...compare, "--out", join(dir, "r.json"));
    await run(...compare, "--out", join(dir, "r.md"));
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Record<string, unknown>[];
    expect(json.find((x) => x.metric === "proactive_items")).toMatchObject({ from_value: 86781, to_value: 89370, change: 2589 });
    // Markdown keeps every column, headed in the chosen language (the tests run in Chinese).
    expect(readFileSync(join(dir, "r.md"), "utf8")).toMatch(/^\| 机构代码 \| 机构 \| 指标代码 \|/);
  });

  it("refuses an unknown extension, a contradicting --format, --bom off CSV and a workbook to stdout, writing nothing", async () => {
    const dir = tempDir();
    const docx = await run(...compare, "--out", join(dir, "res.docx"));
    expect(docx.code).toBe(2);
    expect(docx.stderr).toMatch(/未知的扩展名 \.docx；应为 \.csv、\.xlsx、\.json、\.md 或 \.txt/);
    const parquet = await run(...compare, "--out", join(dir, "res.parquet"));
    expect(parquet.stderr).toMatch(/Parquet 文件由 `disclosure-trends export` 写出/);
    const clash = await run(...compare, "--format", "csv", "--out", join(dir, "res.xlsx"));
    expect(clash.stderr).toMatch(/--format csv 与 --out .*不一致/);
    const bom = await run(...compare, "--bom", "--out", join(dir, "res.xlsx"));
    expect(bom.stderr).toMatch(/--bom 只用于 CSV 输出/);
    const stdout = await run(...compare, "--format", "xlsx");
    expect(stdout.stderr).toMatch(/只能写入文件：请加 --out <文件>\.xlsx/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("--wide puts years in columns", () => {
  it("trend: one row per body, a column per year", async () => {
    const dir = tempDir();
    const r = await run("trend", "datasets/jiamusi", "--metric", "proactive_items", "--wide", "--quiet", "--out", join(dir, "t.csv"));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "t.csv"), "utf8")).toBe("entity,entity_name,2016,2017\njiamusi,佳木斯市,86781,89370\n");
  });

  it("trend to a workbook: the points sheet widened, headings 2016年 and 2017年", async () => {
    const out = join(tempDir(), "t.xlsx");
    await run("trend", "datasets/jiamusi", "--metric", "proactive_items", "--wide", "--quiet", "--out", out);
    const sheets = readWorkbook(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(["趋势", "汇总", "来源"]);
    const c = cells(sheets[0] as Sheet);
    expect([c.get("C1"), c.get("D1"), c.get("C2"), c.get("D2")]).toEqual(["2016年", "2017年", "86781", "89370"]);
  });

  it("catalogue writes one sheet per table", async () => {
    const out = join(tempDir(), "c.xlsx");
    expect((await run("catalogue", "--out", out)).code).toBe(0);
    const sheets = readWorkbook(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual(["指标", "分组", "模板对照"]);
    expect(cells(sheets[0] as Sheet).get("A2")).toBe("proactive_items");
    expect(existsSync(out)).toBe(true);
  });
});

describe("export to .xlsx", () => {
  it("writes the observations as one sheet of number cells, named after the file", async () => {
    const out = join(tempDir(), "观测.xlsx");
    const r = await run("export", "datasets/jiamusi", "--what", "observations", "--out", out);
    expect(r.code).toBe(0);
    const [sheet] = readWorkbook(readFileSync(out));
    expect(sheet?.name).toBe("观测");
    const heading = [...(sheet?.rows[0]?.cells.values() ?? [])].map((c) => c.text);
    const at = (name: string) => heading.indexOf(name) + 1;
    expect(at("指标代码")).toBeGreaterThan(0);
    // 41 rows of datasets/jiamusi (1 of 2016.csv, 40 of 2017.csv) below the heading.
    expect(sheet?.rows.length).toBe(42);
    const website = sheet?.rows.find((r) => r.cells.get(at("指标代码"))?.text === "channel_website");
    expect(website?.cells.get(at("数值"))).toEqual({ text: "44585", numeric: true });
  });
});

describe("validate --out", () => {
  it("takes the format from the extension too: a workbook of the summary", async () => {
    const out = join(tempDir(), "check.xlsx");
    const r = await run("validate", "datasets/jiamusi", "--out", out);
    expect(r.code).toBe(0);
    const c = cells(readWorkbook(readFileSync(out))[0] as Sheet);
    // jiamusi: 1 row in 2016, 40 in 2017.
    expect([c.get("A1"), c.get("B1"), c.get("D1"), c.get("D2"), c.get("D3")]).toEqual(["机构代码", "名称", "行数", "1", "40"]);
  });
});

describe("a workbook the toolkit writes reads back as a dataset", () => {
  it("export --what observations --out x.xlsx, then loading x.xlsx, gives the same figures", async () => {
    const dir = tempDir();
    const out = join(dir, "observations.xlsx");
    await run("export", "datasets/jiamusi", "--what", "observations", "--out", out);
    writeFileSync(join(dir, "entities.json"), JSON.stringify([JIAMUSI_INFO]));
    const again = await loadDatasets(out);
    expect(again.problems).toEqual([]);
    const original = await loadDatasets("datasets/jiamusi");
    const figures = (r: Awaited<ReturnType<typeof loadDatasets>>) =>
      r.table
        .rows()
        .map((o) => [
          o.entity,
          o.year,
          o.metric,
          o.applicant,
          o.value,
          o.printed_share,
          o.printed_change,
          o.printed_change_pct,
          o.basis,
          o.source,
        ])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(figures(again)).toEqual(figures(original));
    expect(figures(again).length).toBe(41);
  });
});

describe("validate --out x.xlsx on data with problems", () => {
  it("exits 1 and writes the problems, one a row, with their cells", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "entities.json"), JSON.stringify([JIAMUSI_INFO]));
    writeFileSync(join(dir, "jiamusi.csv"), "指标,2016年\n主动公开政府信息数,8.9万\n");
    const out = join(dir, "problems.xlsx");
    const r = await run("validate", join(dir, "jiamusi.csv"), "--out", out);
    expect(r.code).toBe(1);
    const c = cells(readWorkbook(readFileSync(out))[0] as Sheet);
    expect([c.get("A1"), c.get("A2"), c.get("D2"), c.get("E2"), c.get("H2")]).toEqual(["代码", "E_UNIT_IN_VALUE", "2", "11", '"8.9万"']);
    // Line 2, character column 11: after the nine characters of the label and the comma.
  });
});

describe("a second reader agrees", () => {
  it("SheetJS reads the workbook's numbers, formats and headings as Excel would show them", async () => {
    // SheetJS 0.18.5 (installed for danfojs-node) has advisories for crafted files; it is given only a
    // workbook this test has just written, never an input.
    const XLSX = createRequire(import.meta.url)("xlsx") as {
      read: (
        data: Buffer,
        o: object,
      ) => { SheetNames: string[]; Sheets: Record<string, Record<string, { t: string; v: unknown; w?: string; z?: string }>> };
    };
    const out = join(tempDir(), "res.xlsx");
    await run("compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--quiet", "--out", out);
    const wb = XLSX.read(readFileSync(out), { cellNF: true });
    expect(wb.SheetNames).toEqual(["比较", "来源"]);
    const ws = wb.Sheets[wb.SheetNames[0] as string] ?? {};
    expect([ws.E1?.v, ws.H1?.v]).toEqual(["2016年", "增减率"]);
    expect([ws.E2?.t, ws.E2?.v, ws.F2?.v]).toEqual(["n", 86781, 89370]);
    expect([ws.G2?.v, ws.G2?.w]).toEqual([2589, "+2589"]);
    expect([ws.H2?.v, ws.H2?.w]).toEqual([0.0298, "+2.98%"]);
  });
});
