import { describe, expect, it } from "vitest";
import { detectLayout } from "../../src/extract/detect-layout.js";
import { detectTitle } from "../../src/extract/detect-title.js";
import { entityIdFromFileName } from "../../src/extract/entity-id-from-file-name.js";
import { extractReport } from "../../src/extract/extract-report.js";
import { findUnassignedNumbers } from "../../src/extract/find-unassigned-numbers.js";
import { foldReportText } from "../../src/extract/fold-report-text.js";
import { htmlToText } from "../../src/extract/html-to-text.js";
import { labelSimilarity } from "../../src/extract/label-similarity.js";
import { measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { splitTableRow } from "../../src/extract/split-table-row.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

describe("detectTitle(text)", () => {
  it("detectTitle(text) reads a one-line title with the year first", () => {
    expect(detectTitle("首页\n2017年佳木斯市政府信息公开工作年度报告\n正文")).toMatchObject({
      body: "佳木斯市",
      year: 2017,
      yearFrom: "title",
    });
  });
  it("detectTitle(text) joins a body and a year split over two lines", () => {
    expect(detectTitle("        洪泽区人民政府\n   2023 年政府信息公开工作年度报告\n")).toMatchObject({
      body: "洪泽区人民政府",
      year: 2023,
    });
  });
  it("detectTitle(text) reads a title with the body before the year", () => {
    expect(detectTitle("某县交通局2019年度政府信息公开工作年度报告")).toMatchObject({ body: "某县交通局", year: 2019 });
  });
  it("detectTitle(text) falls back to the statistics period and never guesses from loose years", () => {
    expect(detectTitle("本报告统计期限为2016年1月1日至12月31日。")).toMatchObject({ body: null, year: 2016, yearFrom: "period" });
    expect(detectTitle("2018年工作思路")).toMatchObject({ year: null, yearFrom: "none" });
  });
});

describe("detectLayout(text, year)", () => {
  it("detectLayout(text, year) prefers the table structure to the year", () => {
    expect(detectLayout("信息内容 本年新制作数量 本年新公开数量", 2021).layout).toBe("2019");
    expect(detectLayout("信息内容 本年制发件数 本年废止件数", 2020).layout).toBe("2021");
    expect(detectLayout("主动公开政府信息100条", 2017).layout).toBe("2008");
    expect(detectLayout("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1", 2022).layout).toBe("2021");
  });
});

describe("foldReportText(s)", () => {
  it("foldReportText(s) folds full-width digits and traditional characters without changing offsets", () => {
    const s = "政府資訊公開申請５件，占１２．５％";
    const folded = foldReportText(s);
    expect(folded).toBe("政府信息公开申请5件,占12.5%");
    expect(folded.length).toBe(s.length);
  });
});

describe("htmlToText(html)", () => {
  it("htmlToText(html) puts a table row on one line with | between cells and maps back to the source", () => {
    const html = "<table><tr><td>规章</td><td>\n 3 \n</td><td>&nbsp;</td></tr></table>";
    const m = htmlToText(html);
    const row = splitTableRow({ text: m.text.trim(), start: 0 });
    expect([row.label, row.cells.map((c) => c.value)]).toEqual(["规章", [3, null]]);
    const i = m.text.indexOf("3");
    expect(html[m.offsets?.[i] ?? -1]).toBe("3");
  });
});

describe("splitTableRow(line)", () => {
  it("splitTableRow(line) keeps list digits in the label and reads trailing numbers", () => {
    const text = "    1.属于国家秘密         1     0      0     0   0   0     1";
    const r = splitTableRow({ text, start: 100 });
    expect(r.label).toBe("1.属于国家秘密");
    expect(r.cells.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.cells[0]?.start).toBe(100 + text.indexOf("1 "));
  });
  it("splitTableRow(line) counts an empty | cell as a cell that states nothing", () => {
    const r = splitTableRow({ text: "| 行政许可 | 12 |  | 3 |", start: 0 });
    expect(r.label).toBe("行政许可");
    expect(r.cells.map((c) => c.value)).toEqual([12, null, 3]);
  });
  it("splitTableRow(line) reads signed changes and a unit after an amount", () => {
    const r = splitTableRow({ text: "行政许可 152 -3 +2 251000元", start: 0 });
    expect(r.cells.map((c) => [c.value, c.unit])).toEqual([
      [152, ""],
      [-3, ""],
      [2, ""],
      [251000, "元"],
    ]);
  });
});

describe("labelSimilarity(label, key)", () => {
  it("labelSimilarity(label, key) tolerates a dropped character but not a different short label", () => {
    expect(labelSimilarity("2.其他法律行政止公开", "其他法律行政法规禁止公开")).toBeGreaterThanOrEqual(0.7);
    expect(labelSimilarity("（三）不予公开", "予以公开")).toBe(0);
    expect(labelSimilarity("4.无正当理由大量反复 申请", "无正当理由大量反复申请")).toBe(1);
  });
});

describe("findUnassignedNumbers(text, consumed)", () => {
  it("findUnassignedNumbers(text, consumed) skips years, dates, document numbers, phones, postcodes, addresses and list marks", () => {
    const text =
      "2017年3月5日印发(佳政综〔2017〕5号),国令第711号。地址:长安西路816号,邮编:154004,电话:(0454)8229008。\n1.加强培训,共15个工作日。";
    expect(findUnassignedNumbers(text, []).map((u) => u.text)).toEqual(["15"]);
  });
  it("findUnassignedNumbers(text, consumed) leaves out numbers a figure took", () => {
    const text = "公开信息12条,会议3次";
    const at = text.indexOf("12");
    expect(findUnassignedNumbers(text, [[at, at + 2]]).map((u) => u.text)).toEqual(["3"]);
  });
});

describe("extractReport(text) narrative rules", () => {
  const head = "2016年某县政府信息公开工作年度报告\n\n";
  it("extractReport(text) refuses both statements when the text gives one metric two values", () => {
    const r = extractReport(`${head}全年共收到政府信息公开申请46件。\n\n另,全县受理政府信息公开申请48件。`);
    expect(r.figures.some((f) => f.metric === "requests_received")).toBe(false);
    expect(r.unassigned.map((u) => u.text)).toEqual(["46", "48"]);
    expect(r.warnings[0]).toContain("requests_received");
  });
  it("extractReport(text) tells 同意公开 from 不同意公开 and 同意部分公开", () => {
    const r = extractReport(`${head}“同意公开”7件;“同意部分公开”2件;“不同意公开”3件。`);
    const v = (m: string) => r.figures.find((f) => f.metric === m)?.value;
    expect([v("answer_granted"), v("answer_partial"), v("answer_refused")]).toEqual([7, 2, 3]);
  });
  it("extractReport(text) reads a decrease as a negative printed change", () => {
    const r = extractReport(`${head}全县主动公开政府信息1200条,比上年减少30条,同比下降2.4%。`);
    const f = r.figures.find((x) => x.metric === "proactive_items");
    expect([f?.value, f?.printed_change, f?.printed_change_pct]).toEqual([1200, -30, -2.4]);
  });
  it("extractReport(text) refuses a proactive total that names several channels", () => {
    const r = extractReport(`${head}通过政府网站和政务微博主动公开政府信息500条。`);
    expect(r.figures).toEqual([]);
    expect(r.unassigned[0]?.reason).toContain("several channels");
  });
  it("extractReport(text) joins a number wrapped across lines inside a paragraph and says so", () => {
    const r = extractReport(`${head}   2016年,全县各级行政机关坚持以公开为常态,主动公开政府信息12\n345条,同比持平。\n`);
    const f = r.figures.find((x) => x.metric === "proactive_items");
    expect(f?.value).toBe(12345);
    expect(f?.note).toContain("line break");
  });
});

describe("measureAccuracy(extracted, expected)", () => {
  it("measureAccuracy(extracted, expected) counts correct, missed, wrong and extra figures and printed values", () => {
    const fig = (metric: string, value: number, share: number | null = null) => ({
      metric,
      applicant: null,
      value,
      printed_share: share,
      printed_change: null,
      printed_change_pct: null,
    });
    const a = measureAccuracy(
      [fig("a", 1, 10), fig("b", 2), fig("d", 4), fig("e", 5, 7)],
      [fig("a", 1, 10), fig("b", 3), fig("c", 3), fig("e", 5)],
    );
    expect([a.expected, a.correct, a.missed, a.wrong, a.extra]).toEqual([4, 2, 1, 1, 1]);
    expect(a.printed).toEqual({ expected: 1, correct: 1, missed: 0, wrong: 1 });
  });
});

describe("entityIdFromFileName(path)", () => {
  it("entityIdFromFileName(path) splits an entity id and a year from a report's file name", () => {
    expect(entityIdFromFileName("reports/huaian-hongze-2023.txt")).toEqual({ entity: "huaian-hongze", year: 2023 });
    expect(entityIdFromFileName("jiamusi_2017.html")).toEqual({ entity: "jiamusi", year: 2017 });
    expect(entityIdFromFileName("洪泽区.txt")).toEqual({ entity: null, year: null });
  });
});
