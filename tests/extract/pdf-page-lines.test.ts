import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { dropRunningHeads } from "../../src/extract/pdf/drop-running-heads.js";
import { layoutPdfText } from "../../src/extract/pdf/layout-pdf-text.js";
import { pageLines } from "../../src/extract/pdf/page-lines.js";
import type { GlyphRun, PdfPage } from "../../src/extract/pdf/pdf-page.js";
import { uprightPage } from "../../src/extract/pdf/upright-page.js";

/** A run of text at (x, y) in a font of `size`, each character `size` wide (CJK) or half that (ASCII). */
function run(str: string, x: number, y: number, size = 10): GlyphRun {
  const width = [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? size / 2 : size), 0);
  return { str, x, y, width, size };
}

function page(runs: GlyphRun[], number = 1): PdfPage {
  return { number, width: 595, height: 842, runs };
}

const lineTexts = (p: PdfPage) => pageLines(p).map((l) => l.cells.map((c) => c.text));

describe("pageLines(page)", () => {
  it("groups runs into lines by baseline, numbers set in another size and a little lower included", () => {
    const p = page([run("0", 322, 346.7, 14), run("一、本年新收政府信息公开申请数量", 77, 348.2), run("21", 300, 346.7, 14)]);
    expect(lineTexts(p)).toEqual([["一、本年新收政府信息公开申请数量", "21", "0"]]);
  });

  it("joins runs closer than a word gap, puts one space at a word gap and starts a cell at a wide gap", () => {
    // "2." ends at 107.5; the label starts right after it; "年" follows "2023" after a word space.
    const p = page([
      run("2.", 100, 500),
      run("其他法律行政法规禁止公开", 107.6, 500),
      run("3", 300, 500, 14),
      run("2023", 100, 400),
      run("年", 123, 400),
    ]);
    expect(lineTexts(p)).toEqual([["2.其他法律行政法规禁止公开", "3"], ["2023 年"]]);
  });

  it("splits two numbers a word gap apart into two cells, and keeps a number drawn in letter-spaced pieces whole", () => {
    // Size 10: "12" ends at 110, "34" starts 2.5 (a quarter em) later; "5" and "6" are 0.5 apart.
    const p = page([run("12", 100, 500), run("34", 112.5, 500), run("5", 100, 400), run("6", 105.5, 400)]);
    expect(lineTexts(p)).toEqual([["12", "34"], ["56"]]);
  });

  it("joins a label wrapped above and below its row's numbers into that row", () => {
    // As in the 洪泽区 2023 PDF: the label's two lines straddle the numbers' baseline.
    const p = page([
      run("（二）部分公开（区分处理的，只计这一情形，不", 104, 283, 9),
      run("4", 322, 275.3, 14),
      run("0", 352, 275.3, 14),
      run("计其他情形）", 104, 269.5, 9),
      run("1.", 181, 248.3),
      run("属于国家秘密", 188.5, 248.3, 9),
      run("1", 322, 248.5, 14),
      run("0", 352, 248.5, 14),
    ]);
    expect(lineTexts(p)).toEqual([
      ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "0"],
      ["1.属于国家秘密", "1", "0"],
    ]);
  });

  it("keeps a merged cell that spans several rows (another column) as a line of its own", () => {
    const p = page([
      run("4.保护第三方合法权益", 181, 189.9, 9),
      run("0", 322, 188.2, 14),
      run("（三）不予公开", 104, 180.1, 9),
      run("5.属于三类内部事务信息", 181, 170.1, 9),
      run("0", 322, 168.4, 14),
    ]);
    expect(lineTexts(p)).toEqual([["4.保护第三方合法权益", "0"], ["（三）不予公开"], ["5.属于三类内部事务信息", "0"]]);
  });

  it("joins a label's second line printed under its first into the row whose numbers sit between them", () => {
    const p = page([
      run("5.", 181, 651.3),
      run("要求行政机关确认或重新出具", 188.5, 651.3, 9),
      run("已获取信息", 198, 638.3, 9),
      run("0", 322, 643.7, 14),
      run("（六）其他处理", 104, 622, 9),
      run("0", 322, 620.2, 14),
    ]);
    expect(lineTexts(p)).toEqual([
      ["5.要求行政机关确认或重新出具已获取信息", "0"],
      ["（六）其他处理", "0"],
    ]);
  });

  it("joins a three-line label set at twice its font size, past a merged cell's lines in the column to its left", () => {
    // As in the 淮安市 2024 PDF (7.5 pt, lines 15 pt apart): the numbers sit beside the label's middle line.
    const p = page([
      run("（六）其", 101, 516.3, 7.5),
      run("2、申请人逾期未按收费通知要", 143, 508.7, 7.5),
      run("他处理", 101, 501.3, 7.5),
      run("求缴纳费用、行政机关不再处理", 143, 493.7, 7.5),
      run("6", 266, 491.6, 7.5),
      run("0", 302, 491.6, 7.5),
      run("其政府信息公开申请", 143, 478.7, 7.5),
      run("3、其他", 143, 460.6, 7.5),
      run("108", 262, 458.5, 7.5),
      run("2", 302, 458.5, 7.5),
    ]);
    expect(lineTexts(p)).toEqual([
      ["（六）其"],
      ["他处理"],
      ["2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "6", "0"],
      ["3、其他", "108", "2"],
    ]);
  });

  it("leaves running text alone: lines a line-height apart are not labels", () => {
    const p = page([run("全年共受理政府信息公开申请", 74, 700, 16), run("21 件，均按时答复。", 74, 673, 16)]);
    expect(lineTexts(p)).toEqual([["全年共受理政府信息公开申请"], ["21 件，均按时答复。"]]);
  });

  it("drops page numbers in the top and bottom margins, not numbers in the body", () => {
    const p = page([run("- 2 -", 280, 39.5, 13), run("-1-", 280, 800), run("正文", 74, 700, 16), run("第 3 页", 280, 30)]);
    expect(lineTexts(p)).toEqual([["正文"]]);
  });
});

describe("layoutPdfText(pages)", () => {
  it("lays cells out by x with runs of spaces between them and gives each line its page and line", () => {
    const one = page([run("行政许可", 81, 126.6, 12), run("550", 365, 126.6, 12), run("第二十条第（五）项", 242, 207.9, 12)]);
    const two = page([run("行政处罚", 81, 697.7, 12), run("4119", 362, 697.7, 12)], 2);
    const t = layoutPdfText([pageLines(one), pageLines(two)]);
    const lines = t.text.split(/\n\f?/);
    expect(lines.filter((l) => l.trim() !== "").map((l) => l.trim().split(/ {2,}/))).toEqual([
      ["第二十条第（五）项"],
      ["行政许可", "550"],
      ["行政处罚", "4119"],
    ]);
    expect(t.text).toContain("\n\f");
    expect(t.lines.map(({ page, line }) => [page, line])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
    expect(t.text.slice(t.lines[2]?.start).startsWith("行政处罚")).toBe(true);
  });

  it("gives the table readers a 2021 table 三 split over two pages as they read pdftotext output", () => {
    const cols = [322, 352, 381, 409, 437, 466, 496];
    const row = (label: string, x: number, y: number, values: number[], n = 1) =>
      [run(label, x, y, 9), ...values.map((v, i) => run(String(v), cols[i] as number, y - 1.5, 14))].map((r) => ({ ...r, n }));
    const head = [run("三、收到和处理政府信息公开申请情况", 104, 484, 16)];
    const first = [
      ...head,
      ...row("一、本年新收政府信息公开申请数量", 77, 348, [21, 0, 0, 0, 0, 0, 21]),
      ...row("二、上年结转政府信息公开申请数量", 77, 325, [1, 0, 0, 0, 0, 0, 1]),
      run("- 3 -", 464, 39.5, 13),
    ];
    const second = [...row("四、结转下年度继续办理", 77, 749, [2, 0, 0, 0, 0, 0, 2])];
    const t = layoutPdfText([pageLines(page(first)), pageLines(page(second, 2))]);
    const r = extractReport(t.text, { format: "text", year: 2023 });
    const got = r.figures.filter((f) => f.applicant === null).map((f) => [f.metric, f.value]);
    expect(got).toEqual([
      ["requests_new", 21],
      ["requests_carried_in", 1],
      ["requests_carried_out", 2],
    ]);
  });
});

describe("dropRunningHeads(pages, lines)", () => {
  it("drops a line repeated at the top or foot of most pages, its digits aside, and keeps the rest", () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          run("某市人民政府2024年政府信息公开工作年度报告", 74, 800),
          run(`第 ${n} 页 共 3 页`, 280, 30),
          run(n === 1 ? "一、总体情况" : `正文第${n}页`, 74, 700, 16),
          // Body text in the margin band on one page only stays.
          ...(n === 2 ? [run("附表见下页", 74, 60)] : []),
        ],
        n,
      ),
    );
    const kept = dropRunningHeads(pages, pages.map(pageLines)).map((p) => p.map((l) => l.cells.map((c) => c.text).join(" ")));
    expect(kept).toEqual([["一、总体情况"], ["正文第2页", "附表见下页"], ["正文第3页"]]);
  });
});

describe("uprightPage(page)", () => {
  it("turns a page whose text runs a quarter turn round back upright, and leaves out text set another way", () => {
    // A landscape table (842 wide, 595 high, as it reads) drawn a quarter turn round on a portrait
    // page: upright (u, v) sits at x = 595 - v, y = u, its baseline pointing up.
    const turned = (str: string, u: number, v: number, size = 12): GlyphRun => ({ ...run(str, 595 - v, u, size), angle: 90 });
    const p = page([
      turned("行政许可", 81, 300),
      turned("550", 365, 300),
      turned("行政处罚", 81, 260),
      turned("4119", 362, 260),
      { ...run("附", 30, 30), angle: 0 },
    ]);
    const up = uprightPage(p);
    expect([up.width, up.height]).toEqual([842, 595]);
    expect(lineTexts(up)).toEqual([
      ["行政许可", "550"],
      ["行政处罚", "4119"],
    ]);
  });

  it("leaves an upright page as it is, but for runs set sideways", () => {
    const p = page([
      run("行政许可", 81, 300),
      run("550", 365, 300),
      run("行政处罚", 81, 260),
      run("4119", 362, 260),
      { ...run("三、本年度办理结果", 60, 200), angle: 90 },
    ]);
    expect(lineTexts(uprightPage(p))).toEqual([
      ["行政许可", "550"],
      ["行政处罚", "4119"],
    ]);
  });
});
