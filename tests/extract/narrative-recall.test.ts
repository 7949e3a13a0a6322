import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { foldReportText } from "../../src/extract/fold-report-text.js";
import { type ComparableFigure, expectedFigures, measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

const dir = "tests/extract/fixtures";

/** A fixture's hand-written expected figures (its .csv, written by reading the report). */
function expected(name: string): ComparableFigure[] {
  return expectedFigures(readFileSync(`${dir}/${name}.csv`, "utf8"));
}

function read(name: string, options: Parameters<typeof extractReport>[1] = {}) {
  const text = readFileSync(`${dir}/${name}.txt`, "utf8");
  return { text, report: extractReport(text, options) };
}

function expectExactly(name: string, report: ReturnType<typeof extractReport>): void {
  const a = measureAccuracy(report.figures, expected(name));
  expect(a.mismatches).toEqual([]);
  expect(a.missing).toEqual([]);
  expect(a.extras).toEqual([]);
  expect(a.printed.correct).toBe(a.printed.expected);
}

describe("narrative wordings of real reports", () => {
  it("extractReport(text) reads a 2021+ report stated only in prose: channels after 其中, units 条/件, results with their shares, totals with carried-in and carried-out, reconsideration outcomes, lawsuit blocks, fees", () => {
    const { report } = read("narrative-2024-prose");
    expect([report.body, report.year, report.layout]).toEqual(["示例区人民政府", 2024, "2021"]);
    expectExactly("narrative-2024-prose", report);
  });

  it("extractReport(text) lists a count of two result categories and a plain lawsuit count as unassigned, with why", () => {
    const { report } = read("narrative-2024-prose");
    expect(report.unassigned.find((u) => u.text === "6")?.reason).toBe("two result categories counted together");
    // The share printed beside the refused count goes with it.
    expect(report.unassigned.some((u) => u.text === "9.8%")).toBe(false);
    // "被提起行政诉讼2件" names no block: no 2019+ metric takes it.
    expect(report.unassigned.some((u) => u.text === "2" && u.context.includes("行政诉讼2件"))).toBe(true);
    // 公文 counts, approximate amounts: no figure.
    for (const n of [93, 31, 300, 20]) expect(report.figures.some((f) => f.value === n)).toBe(false);
  });

  it("extractReport(text) reads a pre-2019 report's quoted answers (“同意公开”的7件), the units 宗 and 个, and reconsideration outcomes", () => {
    const { report } = read("narrative-2016-prose");
    expect([report.body, report.year, report.layout]).toEqual(["某市某局", 2016, "2008"]);
    expectExactly("narrative-2016-prose", report);
  });

  it("extractReport(text) takes the outcomes of a lawsuit only in the block the sentence names", () => {
    const text =
      "某区2021年政府信息公开工作年度报告\n政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，尚未审结7件。\n";
    const r = extractReport(text);
    expect(r.figures.map((f) => [f.metric, f.value])).toEqual([
      ["reconsideration.total", 351],
      ["reconsideration.upheld", 72],
      ["reconsideration.corrected", 64],
      ["reconsideration.other", 178],
      ["reconsideration.pending", 37],
    ]);
    expect(r.unassigned.map((u) => u.text)).toEqual(["46", "25", "7"]);
  });

  it("extractReport(text) takes no case count from cases filed (备案) across an area, nor a zero from 未发生…纠错", () => {
    const r = extractReport(
      "某市2024年政府信息公开工作年度报告\n全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。\n",
    );
    expect(r.figures).toEqual([]);
    expect(r.unassigned.find((u) => u.text === "134")?.reason).toContain("备案");
  });

  it("extractReport(text) refuses the figures of a sentence about another year than the report's", () => {
    const r = extractReport("某镇2023年政府信息公开工作年度报告\n2022年，我镇在本单位部门网站主动公开政府信息223条。\n");
    expect(r.figures).toEqual([]);
    expect(r.unassigned.find((u) => u.text === "223")?.reason).toBe("the sentence is about 2022, the report about 2023");
  });
});

describe("mirror-site artefacts", () => {
  it("extractReport(text) reads a mirror's traditional script, pinyin and injected spam as the report said it, and nothing from the spam", () => {
    const { report } = read("mirror-2022");
    expect([report.body, report.year, report.layout]).toEqual(["某县人民政府", 2022, "2021"]);
    expectExactly("mirror-2022", report);
    expect(report.unassigned.some((u) => u.text === "8888")).toBe(true);
  });

  it("extractReport(text) takes neither a year nor a figure from dates and document numbers that lost 年, 月 or a bracket", () => {
    const { report } = read("mirror-2022");
    for (const lost of ["202211", "20221231", "202215", "2022"]) expect(report.unassigned.some((u) => u.text === lost)).toBe(false);
    const r = extractReport("本年度报告中所列数据统计期限从20191月1日起到2019年12月31日止。文件（海府办〔201864号）。1222日通过验收。\n");
    expect([r.year, r.figures, r.unassigned]).toEqual([null, [], []]);
  });

  it("foldReportText(text) reads the traditional words of mirror pages as the template's, character for character", () => {
    expect(foldReportText("行政規範性檔案、申請、資訊、答覆、透過網路")).toBe("行政规范性文件、申请、信息、答复、通过网络");
  });

  it("extractReport(text) names no body from spam standing where the name was", () => {
    const r = extractReport("本年度报告由澳门金沙集团人民政府编制。本年度报告中所列数据统计期限为2016年1月1日至12月31日。\n");
    expect([r.body, r.year]).toEqual([null, 2016]);
  });
});

describe("reports without a title line", () => {
  it("extractReport(text) takes the body from 由…编制 and the year from the statistics period, and no figure from last year's sentence", () => {
    const { report } = read("no-title-2024");
    expect([report.body, report.year, report.yearFrom, report.layout]).toEqual(["示例市某区人民政府", 2024, "period", "2021"]);
    expectExactly("no-title-2024", report);
    expect(report.unassigned.find((u) => u.text === "880")?.reason).toBe("the sentence is about 2023, the report about 2024");
  });

  it("extractReport(text, { fileName }) takes the year from the file name when the text gives none, and warns when they differ", () => {
    const text = "一、总体情况\n我局主动公开政府信息120条。\n";
    expect(extractReport(text)).toMatchObject({ year: null, yearFrom: "none", layout: "2008" });
    const r = extractReport(text, { fileName: "reports/suqian-shi-2024.txt" });
    expect([r.year, r.yearFrom, r.layout]).toEqual([2024, "file name", "2021"]);
    const titled = extractReport(`某局2023年政府信息公开工作年度报告\n${text}`, { fileName: "mouju-2024.txt" });
    expect([titled.year, titled.yearFrom]).toEqual([2023, "title"]);
    expect(titled.warnings).toContain("the file name says 2024 but the report's title says 2023");
  });

  it("extractReport(text) falls back to the paragraph opening with a year, after the file name", () => {
    const text = "2024年，我局认真贯彻落实《条例》。\n";
    expect(extractReport(text)).toMatchObject({ year: 2024, yearFrom: "text" });
    expect(extractReport(text, { fileName: "mouju-2023.txt" })).toMatchObject({ year: 2023, yearFrom: "file name" });
  });

  it("extractReport(text) reads a title wrapped after the year over two lines", () => {
    const r = extractReport("正文\n2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n");
    expect([r.body, r.year, r.yearFrom]).toEqual(["上海市人民政府办公厅", 2025, "title"]);
  });
});

describe("a metric stated in prose and in a table", () => {
  const row = (label: string, values: number[]) => `| ${label} | ${values.join(" | ")} |`;
  const zeros = [0, 0, 0, 0, 0, 0, 0];
  const text = [
    "某局2022年政府信息公开工作年度报告",
    "一、总体情况",
    "全年受理政府信息公开申请5件，予以公开4件，部分公开1件，无法提供2件。政府信息公开行政诉讼中，未经复议直接起诉1件。",
    "三、收到和处理政府信息公开申请情况",
    "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
    row("一、本年新收政府信息公开申请数量", [4, 1, 0, 0, 0, 0, 5]),
    row("二、上年结转政府信息公开申请数量", zeros),
    row("三、本年度办理结果 （一）予以公开", [3, 1, 0, 0, 0, 0, 4]),
    row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", zeros),
    row("（三）不予公开 1.属于国家秘密", zeros),
    row("2.其他法律行政法规禁止公开", zeros),
    row("3.危及“三安全一稳定”", zeros),
    row("4.保护第三方合法权益", zeros),
    row("5.属于三类内部事务信息", zeros),
    row("6.属于四类过程性信息", zeros),
    row("7.属于行政执法案卷", zeros),
    row("8.属于行政查询事项", zeros),
    row("（四）无法提供 1.本机关不掌握相关政府信息", [1, 0, 0, 0, 0, 0, 1]),
    row("2.没有现成信息需要另行制作", zeros),
    row("3.补正后申请内容仍不明确", zeros),
    row("（五）不予处理 1.信访举报投诉类申请", zeros),
    row("2.重复申请", zeros),
    row("3.要求提供公开出版物", zeros),
    row("4.无正当理由大量反复申请", zeros),
    row("5.要求行政机关确认或重新出具已获取信息", zeros),
    row("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", zeros),
    row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", zeros),
    row("3.其他", zeros),
    row("（七）总计", [4, 1, 0, 0, 0, 0, 5]),
    row("四、结转下年度继续办理", zeros),
    "四、政府信息公开行政复议、行政诉讼情况",
    "| 行政复议 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 直接起诉 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 复议后起诉 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
    "| 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |",
    "五、存在的主要问题及改进情况",
    "无。",
    "",
  ].join("\n");

  it("extractReport(text) keeps the table's figure and consumes the prose restating it", () => {
    const r = extractReport(text);
    expect(r.layout).toBe("2021");
    const total = (metric: string) => r.figures.filter((f) => f.metric === metric && f.applicant === null);
    expect(total("result_granted").map((f) => [f.origin, f.value])).toEqual([["table", 4]]);
    expect(total("litigation_direct.total").map((f) => [f.origin, f.value])).toEqual([["table", 1]]);
    const prose = text.indexOf("予以公开4件") + 4;
    expect(r.unassigned.some((u) => u.start === prose)).toBe(false);
    expect(r.figures.filter((f) => f.origin === "narrative").map((f) => f.metric)).toEqual(["requests_received"]);
  });

  it("extractReport(text) warns when the prose says another value than the table, and lists the prose's number", () => {
    const r = extractReport(text);
    expect(r.figures.filter((f) => f.metric === "result_partial" && f.applicant === null).map((f) => [f.origin, f.value])).toEqual([
      ["table", 0],
    ]);
    expect(r.warnings).toContain("the text states result_partial as 1 but the table as 0; the table's figure is kept");
    const at = text.indexOf("部分公开1件") + 4;
    expect(r.unassigned.find((u) => u.start === at)?.reason).toBe("the table states result_partial as 0, the text as 1");
  });

  it("extractReport(text) keeps no subtotal the table does not print when its parts there add up to another value", () => {
    const r = extractReport(text);
    expect(r.figures.some((f) => f.metric === "result_unavailable")).toBe(false);
    expect(r.warnings).toContain(
      "the text states result_unavailable as 2 but the table's parts of result_unavailable add up to 1; not kept",
    );
    const at = text.indexOf("无法提供2件") + 4;
    expect(r.unassigned.find((u) => u.start === at)?.reason).toBe("the table's parts of result_unavailable add up to 1, the text says 2");
  });

  it("extractReport(text) keeps a subtotal the table does not print when the text states it and the table's parts agree", () => {
    const r = extractReport(text.replace("无法提供2件", "无法提供1件"));
    expect(r.figures.filter((f) => f.metric === "result_unavailable").map((f) => [f.origin, f.value])).toEqual([["narrative", 1]]);
  });
});

describe("request counts in other wordings", () => {
  it("extractReport(text) reads 受理依申请公开N件 and 收到N起…依申请公开 as requests received", () => {
    const one = extractReport("某局2015年政府信息公开工作年度报告\n全年共受理依申请公开12件。\n");
    const two = extractReport("某局2014年政府信息公开工作年度报告\n我局收到12起政府信息依申请公开。\n");
    expect([one, two].map((r) => r.figures.map((f) => [f.metric, f.value]))).toEqual([
      [["requests_received", 12]],
      [["requests_received", 12]],
    ]);
  });
});

describe("proactive totals in other wordings", () => {
  it("extractReport(text) reads 总计N条 after items counted as published as the proactive total, and nothing from 总计 after other counts", () => {
    const r = extractReport(
      "某局2014年政府信息公开工作年度报告\n官网发布信息1887条，在省政府网站专栏发布信息514条，总计2401条。全年受理申请12件，总计12件。\n",
    );
    expect(r.figures.map((f) => [f.metric, f.value])).toEqual([
      ["proactive_items", 2401],
      ["requests_received", 12],
    ]);
  });
});
