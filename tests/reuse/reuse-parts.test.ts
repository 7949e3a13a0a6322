/** The parts of `reuse`, on texts small enough to check by hand. */
import { describe, expect, it } from "vitest";
import { findReportSections } from "../../src/reuse/find-report-sections.js";
import { findReusedSpans } from "../../src/reuse/find-reused-spans.js";
import { keepWordedSpans } from "../../src/reuse/keep-worded-spans.js";
import { reuseUnits } from "../../src/reuse/reuse-units.js";
import { seeded } from "../helpers/seeded.js";

describe("reuseUnits", () => {
  it("keeps words and figures, drops layout and punctuation; a number is one unit whatever its value", () => {
    const text = "2024 年，我区\n发布 2,428 条。";
    const u = reuseUnits(text, "any");
    expect(u.units).toBe("#年我区发布#条");
    expect(text.slice(u.start[6], u.end[6])).toBe("2,428");
  });

  it("compares figures digit by digit with exact", () => {
    expect(reuseUnits("发布 2,428 条，33.9%", "exact").units).toBe("发布2428条339");
  });

  it("folds full-width letters and digits, lowers Latin letters, drops page-number lines", () => {
    expect(reuseUnits("２０２４年ＡＢＣ\n      -3-\n继续", "any").units).toBe("#年abc继续");
  });

  it("leaves out the ranges it is told to skip", () => {
    const text = "总体情况表格一二三结束";
    expect(reuseUnits(text, "any", [{ start: 4, end: 9 }]).units).toBe("总体情况结束");
  });
});

describe("findReusedSpans", () => {
  it("finds a run of at least k units, and nothing shorter", () => {
    const found = findReusedSpans("abcdefghij", "xxcdefgyy", 3);
    expect(found.spans).toEqual([{ newStart: 2, oldStart: 2, length: 5 }]);
    expect([...found.covered]).toEqual([0, 0, 1, 1, 1, 1, 1, 0, 0]);
    expect(found.coveredCount).toBe(5);
    expect(findReusedSpans("abcdefghij", "xxcdefgyy", 6).coveredCount).toBe(0);
  });

  it("finds passages moved to another place", () => {
    const found = findReusedSpans("abcdefXYZuvwxyz", "uvwxyzQabcdef", 4);
    expect(found.spans).toEqual([
      { newStart: 0, oldStart: 9, length: 6 },
      { newStart: 7, oldStart: 0, length: 6 },
    ]);
    expect(found.coveredCount).toBe(12);
  });

  it("covers exactly the units inside some window of k found in the old, on repetitive random texts", () => {
    const random = seeded(7);
    const text = (n: number) => Array.from({ length: n }, () => "ab"[Math.floor(random() * 2)]).join("");
    for (let round = 0; round < 30; round++) {
      const old = text(150);
      const neu = text(150);
      const k = 4 + (round % 6);
      const expected = new Array(neu.length).fill(0);
      for (let j = 0; j + k <= neu.length; j++) if (old.includes(neu.slice(j, j + k))) for (let t = j; t < j + k; t++) expected[t] = 1;
      const found = findReusedSpans(old, neu, k);
      expect([...found.covered]).toEqual(expected);
      expect(found.coveredCount).toBe(expected.filter((x) => x === 1).length);
      for (const s of found.spans) expect(neu.slice(s.newStart, s.newStart + s.length)).toBe(old.slice(s.oldStart, s.oldStart + s.length));
    }
  });
});

describe("keepWordedSpans", () => {
  it("drops a stretch of figures alone, keeps one with enough words, figures and all", () => {
    // Old and new share "#########" (9 figures) and "ab#cd#ef" (6 words, 2 figures).
    const old = "zz#########yyab#cd#efxx";
    const neu = "#########qqab#cd#efww";
    const found = keepWordedSpans(findReusedSpans(old, neu, 5), neu, 5);
    expect(found.spans).toEqual([{ newStart: 11, oldStart: 13, length: 8 }]);
    expect(found.coveredCount).toBe(8);
    expect(keepWordedSpans(findReusedSpans(old, neu, 5), neu, 7).coveredCount).toBe(0);
  });
});

describe("findReportSections", () => {
  it("names the sections of a 2008-layout report and skips numbered lists inside them", () => {
    const text = [
      "某县2017年政府信息公开工作年度报告",
      "一、概述",
      "本年度…。",
      "二、主动公开政府信息情况",
      "三 、依申请公开政府信息情况",
      "四．政府信息公开的收费及减免情况",
      "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
      "六、存在的主要问题及改进措施",
      "一、加强培训。二、完善制度。",
      "七、其他需要报告的事项",
    ].join("\n");
    expect(findReportSections(text).map((s) => [s.number, s.key, s.title])).toEqual([
      [null, "preamble", ""],
      ["一", "overview", "概述"],
      ["二", "proactive", "主动公开政府信息情况"],
      ["三", "requests", "依申请公开政府信息情况"],
      ["四", "fees", "政府信息公开的收费及减免情况"],
      ["五", "review_litigation", "因政府信息公开申请行政复议、提起行政诉讼的情况"],
      ["六", "problems", "存在的主要问题及改进措施"],
      ["七", "other_matters", "其他需要报告的事项"],
    ]);
  });

  it("takes a heading of its own words when its number comes next, and a known one whatever its number", () => {
    const text = "一、总体情况\n二、工作机制保障\n三、政府信息管理\n一、主动公开政府信息情况\n二、收到和处理政府信息公开申请情况";
    expect(findReportSections(text).map((s) => [s.number, s.key])).toEqual([
      ["一", "overview"],
      ["二", "other"],
      ["三", "other"],
      ["一", "proactive"],
      ["二", "requests"],
    ]);
  });

  it("does not take a table row for a heading", () => {
    const text =
      "三、收到和处理政府信息公开申请情况\n四、结转下年度继续办理   103  0  0  0  0  0  103\n四、政府信息公开行政复议、行政诉讼情况";
    expect(findReportSections(text).map((s) => s.key)).toEqual(["requests", "review_litigation"]);
  });
});
