import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { cellsAcross, cellText, layoutGrid } from "../../src/extract/grid-table.js";
import { htmlToText } from "../../src/extract/html-to-text.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

const dir = "tests/extract/fixtures";
const HTML_FIXTURES = ["html-2019-department", "html-2021-department"] as const;

/** The (metric, applicant) pairs a fixture's dataset lists with a blank value: cells the report leaves blank. */
function blanks(name: string): { metric: string; applicant: string | null }[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(`${dir}/${name}.csv`, "utf8"), { header: true, skipEmptyLines: true }).data;
  return rows.filter((r) => (r.value ?? "") === "").map((r) => ({ metric: r.metric as string, applicant: r.applicant || null }));
}

describe("layoutGrid(rows, range)", () => {
  it("layoutGrid(rows, range) places cells after those spanning down from rows above", () => {
    const cell = (start: number, rowSpan = 1, colSpan = 1) => ({ start, end: start + 1, rowSpan, colSpan });
    const g = layoutGrid(
      [
        { start: 0, end: 9, cells: [cell(0, 3), cell(1, 1, 2)] },
        { start: 10, end: 19, cells: [cell(10, 2), cell(11)] },
        { start: 20, end: 29, cells: [cell(20)] },
      ],
      { start: 0, end: 29 },
    );
    expect(g.width).toBe(3);
    expect(g.rows.map((r) => r.cells.map((c) => [c.col, c.start]))).toEqual([
      [
        [0, 0],
        [1, 1],
      ],
      [
        [1, 10],
        [2, 11],
      ],
      [[2, 20]],
    ]);
    expect(g.rows[2]?.covering.map((c) => c?.start)).toEqual([0, 10, 20]);
    expect(cellsAcross(g.rows[0] as (typeof g.rows)[number]).map((c) => c.start)).toEqual([0, 1]);
  });
});

describe("htmlToText(html) tables", () => {
  it("htmlToText(html) keeps a cell's <p> and <br> on its row's line and gives the grid its cells", () => {
    const html =
      '<table><tr><td><p align="center">本年新<br />制作数量</p></td><td><p>&nbsp;</p></td><td><p align="center">13</p></td></tr></table>';
    const m = htmlToText(html);
    expect(m.text.trim()).toBe("| 本年新 制作数量 |  | 13 |");
    const t = m.tables[0];
    expect(t?.rows).toHaveLength(1);
    const cells = t?.rows[0]?.cells ?? [];
    expect(cells.map((c) => cellText(m.text, c))).toEqual(["本年新 制作数量", "", "13"]);
    const thirteen = cells[2];
    expect(html.slice(m.offsets?.[thirteen?.start ?? 0], (m.offsets?.[(thirteen?.end ?? 1) - 1] ?? 0) + 1)).toBe("13");
  });

  it("htmlToText(html) closes cells and rows whose end tags are left out, and reads a nested table on its own", () => {
    const m = htmlToText("<table><tr><td>外层<table><tr><td>行政许可<td>5</tr></table>尾</td></tr></table>");
    expect(m.tables).toHaveLength(2);
    const inner = m.tables[0];
    expect(inner?.rows[0]?.cells.map((c) => cellText(m.text, c))).toEqual(["行政许可", "5"]);
    expect(m.tables[1]?.rows[0]?.cells.map((c) => cellText(m.text, c))).toEqual(["外层"]);
  });
});

describe("extractReport(html) on HTML reports", () => {
  for (const name of HTML_FIXTURES) {
    it(`extractReport(html) reads no figure for a blank cell of ${name} (blank is not stated, never 0)`, () => {
      const r = extractReport(readFileSync(`${dir}/${name}.html`, "utf8"));
      const blank = blanks(name);
      expect(blank.length).toBeGreaterThan(20);
      const read = blank.filter((b) => r.figures.some((f) => f.metric === b.metric && f.applicant === b.applicant));
      expect(read).toEqual([]);
    });

    it(`extractReport(html) points every table figure of ${name} at the number inside one cell of the HTML`, () => {
      const html = readFileSync(`${dir}/${name}.html`, "utf8");
      const r = extractReport(html);
      const table = r.figures.filter((f) => f.origin === "table");
      expect(table.length).toBeGreaterThan(40);
      for (const f of table) {
        expect(Number(html.slice(f.start, f.end))).toBe(f.value);
        const cellOpen = Math.max(html.lastIndexOf("<td", f.start), html.lastIndexOf("<TD", f.start), html.lastIndexOf("<th", f.start));
        const between = html.slice(cellOpen, f.start);
        expect(/<\/t[dh]>|<t[dh][\s>][\s\S]*<t[dh][\s>]/i.test(between)).toBe(false);
        expect(f.source_start).toBeLessThanOrEqual(f.start);
        expect(f.source_end).toBeGreaterThanOrEqual(f.end);
      }
    });
  }

  it("extractReport(html) gives a table 三 figure the cell of its column, counting blank cells before it", () => {
    const html = readFileSync(`${dir}/html-2019-department.html`, "utf8");
    const f = extractReport(html).figures.find((x) => x.metric === "result_denied.admin_inquiry" && x.applicant === "legal_service_org");
    expect(f?.value).toBe(1);
    const row = html.slice(html.lastIndexOf("<tr", f?.start), f?.start);
    // label, 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构: the sixth cell of its row.
    expect(row.match(/<td[\s>]/g)).toHaveLength(6);
    expect(row).toContain("属于行政查询事项");
    expect(html.slice(f?.source_start, f?.source_end)).toContain("属于行政查询事项");
  });

  it("extractReport(html) reads a 2019 amount with its unit and signed changes under differing colspans", () => {
    const html = readFileSync(`${dir}/html-2019-department.html`, "utf8");
    const r = extractReport(html);
    const amount = r.figures.find((f) => f.metric === "procurement_amount");
    expect([amount?.value, amount?.note, html.slice(amount?.end, (amount?.end ?? 0) + 1)]).toEqual([38500, "printed with unit 元", "元"]);
    expect(r.figures.find((f) => f.metric === "licensing_items_delta")?.value).toBe(-2);
    expect(r.figures.find((f) => f.metric === "other_services_items_delta")?.value).toBe(1);
  });

  it("extractReport(html) reads table 四's blank cells as not stated and the rest in their columns", () => {
    const r = extractReport(readFileSync(`${dir}/html-2019-department.html`, "utf8"));
    const t4 = r.figures.filter((f) => /^(reconsideration|litigation_)/.test(f.metric)).map((f) => [f.metric, f.value]);
    expect(t4).toEqual([
      ["reconsideration.upheld", 1],
      ["reconsideration.pending", 1],
      ["reconsideration.total", 2],
      ["litigation_direct.corrected", 1],
      ["litigation_direct.total", 1],
    ]);
  });

  it("extractReport(html) lists a value cell spanning two applicant columns and reads the rest of its row", () => {
    const html = readFileSync(`${dir}/html-2019-department.html`, "utf8").replace(
      /(<td><p>2\.重复申请<\/p><\/td>)<td nowrap="nowrap"><p align="center">2<\/p><\/td><td nowrap="nowrap"><p align="center">1<\/p><\/td>/,
      '$1<td colspan="2"><p align="center">3</p></td>',
    );
    expect(html).toContain('<td colspan="2"><p align="center">3</p></td>');
    const r = extractReport(html);
    expect(r.figures.filter((f) => f.metric === "result_not_processed.duplicate").map((f) => [f.applicant, f.value])).toEqual([[null, 3]]);
    expect(r.unassigned.some((u) => u.text === "3" && u.reason.includes("spans several applicant columns"))).toBe(true);
  });

  it("extractReport(html) leaves out a table 二 row whose value cells cannot be paired with its heads", () => {
    const html = readFileSync(`${dir}/html-2019-department.html`, "utf8").replace(
      '<tr><td><p>行政处罚</p></td><td><p align="center">18</p></td><td colspan="2"><p align="center">0</p></td>',
      '<tr><td><p>行政处罚</p></td><td colspan="3"><p align="center">18</p></td>',
    );
    const r = extractReport(html);
    expect(r.figures.some((f) => f.metric.startsWith("penalty_"))).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("行政处罚")).map((u) => u.text)).toEqual(["18", "2315"]);
  });

  it("extractReport(html) reads the 2021 layout's three (六) rows and a placeholder as not stated", () => {
    const r = extractReport(readFileSync(`${dir}/html-2021-department.html`, "utf8"));
    const other = r.figures.filter((f) => f.metric.startsWith("result_other") && f.applicant === null).map((f) => [f.metric, f.value]);
    expect(other).toEqual([
      ["result_other.no_amend", 3],
      ["result_other.misc", 1],
    ]);
    expect(r.figures.some((f) => f.metric === "coercion_decisions")).toBe(false);
    expect(r.figures.find((f) => f.metric === "fee_amount")?.value).toBe(0.6);
  });
});

describe("extractReport(text) narrative channel enumerations", () => {
  it("extractReport(text) does not give a figure naming two channels to either", () => {
    const r = extractReport(
      "某县2014年政府信息公开工作年度报告\n全年主动公开政府信息50条，其中通过政府网站公开30条、微博和微信公开20条。\n",
    );
    expect(r.figures.filter((f) => f.metric.startsWith("channel_")).map((f) => [f.metric, f.value])).toEqual([["channel_website", 30]]);
    expect(r.unassigned.map((u) => u.text)).toContain("20");
  });
});
