import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/io/xlsx/read-workbook.js";
import { run } from "../cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "dt-extract-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("extract --out takes its format from the extension", () => {
  it("--out x.xlsx writes the dataset as a workbook whose figures are number cells", async () => {
    const out = join(dir, "jiamusi-2017.xlsx");
    const r = await run("extract", "reports/jiamusi-2017.txt", "--out", out);
    expect(r.code).toBe(0);
    const [sheet] = readWorkbook(readFileSync(out));
    const rows = sheet?.rows ?? [];
    const heads = [...(rows[0]?.cells.values() ?? [])].map((c) => c.text);
    const metricAt = heads.findIndex((h) => /metric|指标/.test(h)) + 1;
    const valueAt = heads.findIndex((h) => /^value$|数值|^值$/.test(h)) + 1;
    expect([metricAt > 0, valueAt > 0]).toEqual([true, true]);
    // 佳木斯市 2017: 主动公开政府信息89370条 (reports/jiamusi-2017.txt).
    const proactive = rows.find((row) => row.cells.get(metricAt)?.text === "proactive_items");
    expect(proactive?.cells.get(valueAt)).toMatchObject({ text: "89370", numeric: true });
  });

  it("an extension it cannot write, or a --format that contradicts it, is an error and nothing is written", async () => {
    const docx = await run("extract", "reports/jiamusi-2017.txt", "--out", join(dir, "x.docx"));
    expect([docx.code, docx.stdout]).toEqual([2, ""]);
    expect(docx.stderr).toContain("未知的扩展名 .docx；extract 写 .csv（数据集文件）、.json 或 .xlsx");
    const clash = await run("extract", "reports/jiamusi-2017.txt", "--format", "json", "--out", join(dir, "x.csv"));
    expect(clash.stderr).toContain("--format json 与 --out");
    expect(clash.code).toBe(2);
    const json = await run("extract", "reports/jiamusi-2017.txt", "--out", join(dir, "x.json"));
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "x.json"), "utf8")).figures.length).toBe(40);
  });
});
