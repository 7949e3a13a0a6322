import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { fitRowCells } from "../../src/extract/fit-row-cells.js";
import { type ComparableFigure, expectedFigures, measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

const dir = "tests/extract/fixtures";

/** A fixture's hand-written expected figures (its .csv, written by reading the report). */
function expected(name: string): ComparableFigure[] {
  return expectedFigures(readFileSync(`${dir}/${name}.csv`, "utf8"));
}

function readsExactly(file: string, name: string, layout: string, year: number) {
  const r = extractReport(readFileSync(`${dir}/${file}`, "utf8"));
  expect([r.layout, r.year]).toEqual([layout, year]);
  const a = measureAccuracy(r.figures, expected(name));
  expect(a.mismatches).toEqual([]);
  expect(a.missing).toEqual([]);
  expect(a.extras).toEqual([]);
  return r;
}

describe("table recall: section titles listed before the tables", () => {
  it("extractReport(text) starts no table at an opening sentence or a table of contents that lists the titles", () => {
    const r = readsExactly("recall-toc-bars-2023.txt", "recall-toc-bars-2023", "2021", 2023);
    // The sentence before the tables is running text, not a table row.
    expect(r.figures.find((f) => f.metric === "requests_received")?.origin).toBe("narrative");
  });
});

describe("table recall: blank cells in `|` rows", () => {
  it("extractReport(text) leaves out a row whose surplus blank could be at either end, and lists its numbers", () => {
    const r = extractReport(readFileSync(`${dir}/recall-toc-bars-2023.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "result_partial")).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("部分公开"))).toHaveLength(6);
  });

  it("extractReport(text) reads a row of blank cells as a row that states nothing, not as the label of the row below", () => {
    const r = extractReport(readFileSync(`${dir}/recall-toc-bars-2023.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "result_total")).toBe(false);
    expect(r.figures.some((f) => f.metric === "result_other.fee_unpaid")).toBe(false);
    expect(r.figures.find((f) => f.metric === "requests_carried_out" && f.applicant === null)?.source).toBe(
      "四、结转下年度继续办理 2 0 0 0 0 0 2",
    );
  });

  it("extractReport(html) reads HTML rows with empty <td>s past the heads or the fifteen of table 四", () => {
    const r = readsExactly("recall-blank-cells-2021.html", "recall-blank-cells-2021", "2021", 2021);
    expect(r.figures.some((f) => f.metric === "normdocs_repealed" || f.metric === "reconsideration.pending")).toBe(false);
  });

  it("extractReport(html) reads a table 三 whose only stated cell is below a 3.其他 row (no 其他 head)", () => {
    const blanks = (n: number) => "<td></td>".repeat(n);
    const html = [
      "<html><body><p>示例区人民政府2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>",
      '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
      '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
      "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
      `<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${blanks(7)}</tr>`,
      `<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>${blanks(7)}</tr>`,
      `<tr><td>（六）其他处理</td><td>3.其他</td>${blanks(7)}</tr>`,
      `<tr><td colspan="3">（七）总计</td>${blanks(6)}<td>21</td></tr>`,
      "</table></body></html>",
    ].join("");
    const r = extractReport(html);
    expect(r.figures.filter((f) => f.origin === "table").map((f) => [f.metric, f.applicant, f.value])).toEqual([
      ["result_total", null, 21],
    ]);
  });

  it("fitRowCells(cells, n, isBlank) drops surplus blanks only where the numbers keep one placing", () => {
    const blank = (c: string) => c === "";
    expect(fitRowCells(["1", "2", ""], 2, blank)).toEqual(["1", "2"]);
    expect(fitRowCells(["", "1", "2", ""], 2, blank)).toEqual(["1", "2"]);
    expect(fitRowCells(["1", "", "2", ""], 2, blank)).toEqual(["1", "", "2", ""]);
    expect(fitRowCells(["1", "2", "3"], 2, blank)).toEqual(["1", "2", "3"]);
    expect(fitRowCells(["", "1", "", "", ""], 3, blank)).toEqual(["", "1", "", "", ""]);
    expect(fitRowCells(["1", "", "", ""], 3, blank)).toEqual(["1", "", ""]);
    expect(fitRowCells(["", "", "1", "—"], 3, blank)).toEqual(["", "1", "—"]);
    expect(fitRowCells(["1", "2"], 3, blank)).toEqual(["1", "2"]);
  });
});

describe("table recall: a web page's tables, one cell per line, cut off part-way", () => {
  const file = `${dir}/recall-cell-lines-2020.txt`;

  it("extractReport(text) reads tables given one cell per line (heads over two lines, stray spaces, a unit in the cell) and no row cut short", () => {
    const r = readsExactly("recall-cell-lines-2020.txt", "recall-cell-lines-2020", "2019", 2020);
    expect(r.figures.find((f) => f.metric === "procurement_amount")?.note).toBe("printed with unit 元");
    // The header words gathered above the first row are not its source.
    expect(r.figures.find((f) => f.metric === "requests_new" && f.applicant === null)?.source).toBe(
      "一、本年新收政府信息公开申请数量 4 1 0 0 0 0 5",
    );
    expect(r.figures.some((f) => f.metric === "other_services_decisions")).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("部分公开"))).toHaveLength(4);
  });

  it("extractReport(text) leaves out the row on which the text ends, whose last cell may be cut", () => {
    const text = readFileSync(file, "utf8");
    const cut = text.slice(0, text.indexOf("(二)部分公开")).trimEnd();
    expect(cut.endsWith("3")).toBe(true);
    const r = extractReport(cut);
    expect(r.figures.some((f) => f.metric === "result_granted")).toBe(false);
    expect(r.figures.filter((f) => f.metric === "requests_carried_in")).toHaveLength(7);
    expect(r.unassigned.some((u) => u.reason.includes("cut off where the text ends"))).toBe(true);
  });

  it("extractReport(text) reads a whole row followed by the cut start of the next label ('2' of '2.其他…')", () => {
    const text = readFileSync(file, "utf8");
    const cut = `${text.slice(0, text.indexOf("(二)部分公开")).trimEnd()}\n\n(二)部分公开\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n2\n`;
    const r = extractReport(cut);
    expect(r.figures.filter((f) => f.metric === "result_granted")).toHaveLength(7);
    expect(r.figures.filter((f) => f.metric === "result_partial").map((f) => f.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const two = cut.lastIndexOf("2");
    expect(r.unassigned.some((u) => u.start === two && u.text === "2")).toBe(true);
  });

  it("extractReport(text) reads table 二 of a text that stops at the cut title of table 三", () => {
    const text = readFileSync(file, "utf8");
    const cut = `${text.slice(0, text.indexOf("三、收到和处理"))}三、收到\n`;
    const r = extractReport(cut);
    expect(r.figures.filter((f) => f.origin === "table")).toHaveLength(21);
  });
});

describe("table recall: tables as conversion tools give them", () => {
  it("extractReport(text) gives a blank 总计 row's label to no row: not to the named row below it, nor as the line below an unnamed row", () => {
    const text = [
      "某区人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量        5  0  0  0  0  0  5",
      "其他附加事项                            3  0  0  0  0  0  3",
      "总计",
      "四、结转下年度继续办理                  2  0  0  0  0  0  2",
      "四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const r = extractReport(text);
    expect(r.figures.some((f) => f.metric === "result_total")).toBe(false);
    expect(r.figures.filter((f) => f.metric === "requests_carried_out")).toHaveLength(7);
  });

  it("extractReport(text) reads a label continued below its numbers, the short labels converters print, a `|` head row after another item's heads, and nothing it cannot place", () => {
    const r = readsExactly("recall-converted-2023.txt", "recall-converted-2023", "2021", 2023);
    // Numbers standing under two sub-row labels (2.没有现成信息… 3.补正后…) belong to one of them: which is unknown.
    expect(r.figures.some((f) => f.metric.startsWith("result_unavailable"))).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("not recognised: (四)"))).toHaveLength(7);
  });
});

describe("table recall: where a table starts", () => {
  it("extractReport(text) starts table 三 at its title when its first row follows the title directly (after a table of contents)", () => {
    const text = [
      "某区人民政府2022年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "一、总体情况",
      "本年度共收到政府信息公开申请5件。",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量   5  0  0  0  0  0  5",
      "二、上年结转政府信息公开申请数量   1  0  0  0  0  0  1",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");
    const r = extractReport(text);
    expect(r.figures.filter((f) => f.metric === "requests_new" || f.metric === "requests_carried_in")).toHaveLength(14);
    expect(r.figures.find((f) => f.metric === "requests_new" && f.applicant === null)?.value).toBe(5);
    // The sentence above the table is running text, not part of the table's region.
    expect(r.figures.find((f) => f.metric === "requests_received")?.value).toBe(5);
  });

  it("extractReport(text) starts table 四 at its title when a sub-section title follows it", () => {
    const text = [
      "某区人民政府2022年政府信息公开工作年度报告",
      "四、政府信息公开行政复议、行政诉讼情况",
      "（一）全年行政复议和行政诉讼的办理情况如下。",
      "行政复议                     行政诉讼",
      "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
      "1  0  0  0  1  0  0  0  0  0  0  0  0  0  0",
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");
    const r = extractReport(text);
    expect(r.figures.filter((f) => f.metric.startsWith("reconsideration.")).map((f) => f.value)).toEqual([1, 0, 0, 0, 1]);
  });
});
