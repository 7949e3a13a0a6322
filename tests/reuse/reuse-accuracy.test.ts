/**
 * The acceptance of `reuse`: between a real report and an edited copy of it, the share it reports is
 * within 2 points of the share really copied; and on a real same-body pair it finds what reading the two
 * texts shows. The real texts are read in place from the shared reports folder beside the project.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureReuse } from "../../src/reuse/measure-reuse.js";
import { prepareReuseText } from "../../src/reuse/prepare-reuse-text.js";
import { countUnits, editedCopy } from "./edited-copy.js";

const REPORTS = "../shared/reports";
/** A report text without the first line, which says where the file came from and is not the report's. */
const report = (name: string) => readFileSync(`${REPORTS}/${name}`, "utf8").replace(/^SOURCE:[^\n]*\n/, "");
const options = { minLength: 13, passages: 10 };
const everything = { figures: "any", tables: true } as const;
const narrative = { figures: "any", tables: false } as const;

const FULL = [
  "huaian-hongze-2023.txt",
  "huaian-hongze-2024.txt",
  "candidates/huaian-shi-2024.txt",
  "candidates/suqian-shi-2023.txt",
  "candidates/suqian-shi-2024.txt",
  "candidates/shanghai-bangongting-2025.txt",
  "candidates/shanghai-kewei-2024.txt",
  "candidates/haerbin-shi-2017.txt",
  "candidates/qionghai-daluzhen-2019.txt",
];

describe("reuse against edited copies with a known copied share", () => {
  for (const name of FULL) {
    it(`${name}: within 2 points at every share from none to all`, () => {
      const old = prepareReuseText(report(name), everything);
      for (const [i, keep] of [0, 0.3, 0.5, 0.7, 0.9, 1].entries()) {
        const copy = editedCopy(report(name), keep, 1000 + i);
        const result = measureReuse(old, prepareReuseText(copy.text, everything), options);
        expect(result.units).toBe(copy.totalUnits);
        expect(Math.abs((result.overallPct as number) - copy.copiedPct), `keep ${keep}: truth ${copy.copiedPct}`).toBeLessThanOrEqual(2);
      }
    });
  }

  it("leaves the statistical tables out by default: the share of the running text, tables copied or not", () => {
    // 洪泽区 2023: the running text is lines 2–42 (title to "二、主动公开政府信息情况") and 152 on (from
    // "五、存在的主要问题及改进情况"); lines 43–151 are tables 二, 三 and 四 under their headings.
    // The edits keep the heading of section 五, as an editor of next year's report does: it is copied.
    const lines = report("huaian-hongze-2023.txt").split("\n");
    const head = lines.slice(0, 41).join("\n");
    const tables = lines.slice(41, 150).join("\n");
    const heading = lines[150] as string;
    const tail = lines.slice(151).join("\n");
    const old = prepareReuseText([head, tables, heading, tail].join("\n"), narrative);
    for (const [i, keep] of [0.2, 0.5, 0.8].entries()) {
      const a = editedCopy(head, keep, 2000 + i);
      const b = editedCopy(tail, keep, 3000 + i);
      const h = countUnits(heading);
      const truth = ((a.copiedUnits + h + b.copiedUnits) / (a.totalUnits + h + b.totalUnits)) * 100;
      const result = measureReuse(old, prepareReuseText([a.text, tables, heading, b.text].join("\n"), narrative), options);
      expect(result.units).toBe(a.totalUnits + h + b.totalUnits);
      expect(Math.abs((result.overallPct as number) - truth), `keep ${keep}: truth ${truth}`).toBeLessThanOrEqual(2);
    }
  });
});

describe("reuse between 洪泽区 2023 and 2024, as reading them shows", () => {
  const result = measureReuse(
    prepareReuseText(report("huaian-hongze-2023.txt"), narrative),
    prepareReuseText(report("huaian-hongze-2024.txt"), narrative),
    options,
  );

  it("finds the six sections by their headings, the tables' numbered rows not among them", () => {
    expect(result.sections.map((s) => [s.number, s.key])).toEqual([
      [null, "preamble"],
      ["一", "overview"],
      ["二", "proactive"],
      ["三", "requests"],
      ["四", "review_litigation"],
      ["五", "problems"],
      ["六", "other_matters"],
    ]);
  });

  it("section 六 is last year's word for word but the year: 51 characters, all reused", () => {
    // "六、其他需要报告的事项" 10 + "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。" 41.
    const six = result.sections.find((s) => s.number === "六");
    expect(six).toMatchObject({ units: 51, reusedUnits: 51, reusedPct: 100 });
  });

  it("sections 三 and 四 are tables only: no text, no share", () => {
    expect(result.sections.filter((s) => s.number === "三" || s.number === "四").map((s) => [s.units, s.reusedPct])).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it("a long passage runs from 三是继续加强业务指导培训 to the end, with its lines in both texts", () => {
    // 2024 line 161 (160 once the source line is dropped) "三是继续加强业务指导培训，…业务工作水平。" 59 characters, then
    // section 六's 51; 2023 prints the same with "培训。" and the year 2023.
    const longest = result.passages.find((p) => p.text.startsWith("三是"));
    expect(longest?.length).toBe(110);
    expect(longest?.text.startsWith("三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度")).toBe(true);
    expect(longest?.new.line).toBe(161);
    expect(longest?.old.line).toBe(160);
    expect(countUnits(longest?.text ?? "")).toBe(110);
  });
});
