import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { htmlToText } from "../../src/extract/html-to-text.js";

/**
 * The table readers take time in proportion to their input. A page of 200 nested tables with running
 * text took 34 s in htmlToText, which tested the end of the text it grew one character at a time (each
 * test copied the whole text). The bound is generous, a guard against such blow-ups only: these inputs
 * take well under half a second on an idle machine. Processor time is measured, not the clock.
 */
const BOUND_MS = 2000;

function cpuMs<T>(f: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

const TITLE = "某县人民政府2021年政府信息公开工作年度报告\n";
const T3_HEAD = "三、收到和处理政府信息公开申请情况\n";

describe("table readers run in linear time", () => {
  it("extractReport(html) reads 200 nested tables among 3,000 paragraphs in under 2 s, each inner table's row once", () => {
    let html = `<html><body><p>${TITLE}</p>`;
    for (let i = 0; i < 200; i++)
      html += `<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>${i}</td></tr><tr><td>附 注</td><td>`;
    html += "</td></tr></table>".repeat(200);
    html += "<p>本年度 工作 扎实 推进， 成效 明显。</p>".repeat(3000);
    html += "</body></html>";
    const text = cpuMs(() => htmlToText(html));
    expect(text.value.tables).toHaveLength(200);
    const { ms, value } = cpuMs(() => extractReport(html));
    expect(text.ms + ms).toBeLessThan(BOUND_MS);
    expect(value.figures.filter((f) => f.metric === "licensing_decisions")).toHaveLength(200);
  });

  it("extractReport(text) reads a table 三 region holding a 40 KB line of digits in under 2 s and takes no figure from it", () => {
    const { ms, value } = cpuMs(() => extractReport(`${TITLE}${T3_HEAD}一、本年新收政府信息公开申请数量 ${"1234567890".repeat(4000)}\n`));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.figures.filter((f) => f.origin === "table")).toEqual([]);
  });

  it("extractReport(text) reads 5,000 `|` rows of table 三 in under 2 s, one of them as the row", () => {
    const rows = "| 一、本年新收政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 3 | |\n".repeat(5000);
    const { ms, value } = cpuMs(() => extractReport(`${TITLE}${T3_HEAD}${rows}四、政府信息公开行政复议、行政诉讼情况\n`));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.figures.filter((f) => f.metric === "requests_new")).toHaveLength(7);
  });

  it("extractReport(text) reads 5,000 rows given one cell per line in under 2 s", () => {
    const rows = "一、本年新收政府信息公开申请数量\n\n 1\n\n2\n\n0 \n\n0\n\n0\n\n0\n\n3\n\n".repeat(5000);
    const { ms, value } = cpuMs(() => extractReport(`${TITLE}${T3_HEAD}${rows}四、政府信息公开行政复议、行政诉讼情况\n`));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.figures.filter((f) => f.metric === "requests_new").map((f) => f.value)).toEqual([1, 2, 0, 0, 0, 0, 3]);
  });
});
