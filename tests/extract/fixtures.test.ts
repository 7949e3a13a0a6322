import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { type ComparableFigure, expectedFigures, measureAccuracy } from "../../src/extract/measure-accuracy.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

const dir = "tests/extract/fixtures";

/** A fixture's hand-written expected figures (its .csv, written by reading the report). */
function expected(name: string): ComparableFigure[] {
  return expectedFigures(readFileSync(`${dir}/${name}.csv`, "utf8"));
}

describe("extractReport(text) on synthetic reports in other styles", () => {
  const cases = [
    { file: "synthetic-2015.txt", name: "synthetic-2015", layout: "2008", body: "某区", year: 2015 },
    { file: "synthetic-2019.txt", name: "synthetic-2019", layout: "2019", body: "示例县人民政府", year: 2020 },
    { file: "synthetic-2021.html", name: "synthetic-2021", layout: "2021", body: "示范区教育局", year: 2022 },
    { file: "synthetic-traditional-2022.txt", name: "synthetic-traditional-2022", layout: "2021", body: "某市财政局", year: 2022 },
    { file: "html-2019-department.html", name: "html-2019-department", layout: "2019", body: "示例市市场监督管理局", year: 2019 },
    { file: "html-2021-department.html", name: "html-2021-department", layout: "2021", body: "示范县卫生健康委员会", year: 2021 },
    { file: "narrative-2013.txt", name: "narrative-2013", layout: "2008", body: "样例县人民政府", year: 2013 },
  ] as const;
  for (const c of cases) {
    it(`extractReport(text) reads ${c.file} exactly as its hand-checked dataset`, () => {
      const r = extractReport(readFileSync(`${dir}/${c.file}`, "utf8"));
      expect([r.layout, r.body, r.year]).toEqual([c.layout, c.body, c.year]);
      const a = measureAccuracy(r.figures, expected(c.name));
      expect(a.mismatches).toEqual([]);
      expect(a.missing).toEqual([]);
      expect(a.extras).toEqual([]);
      expect(a.printed.correct).toBe(a.printed.expected);
    });
  }

  it("extractReport(text) leaves out a table 三 row with six numbers and lists them, without shifting the rows after it", () => {
    const r = extractReport(readFileSync(`${dir}/synthetic-2019.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "result_denied.admin_inquiry")).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("6 number(s), expected 7"))).toHaveLength(6);
    expect(r.figures.find((f) => f.metric === "result_unavailable.not_held" && f.applicant === null)?.value).toBe(8);
  });

  it("extractReport(text) lists the numbers of provincial extra rows as unassigned", () => {
    const r = extractReport(readFileSync(`${dir}/synthetic-2019.txt`, "utf8"));
    expect(r.unassigned.some((u) => u.reason.includes("其他主动公开文件") && u.text === "7")).toBe(true);
    expect(r.unassigned.filter((u) => u.reason.includes("转为信访件办理"))).toHaveLength(7);
  });

  it("extractReport(text) gives HTML figures offsets into the HTML source", () => {
    const html = readFileSync(`${dir}/synthetic-2021.html`, "utf8");
    const r = extractReport(html);
    const fee = r.figures.find((f) => f.metric === "fee_amount");
    expect(html.slice(fee?.start, fee?.end)).toBe("12.5");
    const items = r.figures.find((f) => f.metric === "proactive_items");
    expect(html.slice(items?.start, items?.end)).toBe("856");
  });

  it("extractReport(text) gives full-width, traditional-script figures offsets into the original text", () => {
    const text = readFileSync(`${dir}/synthetic-traditional-2022.txt`, "utf8");
    const r = extractReport(text);
    const web = r.figures.find((f) => f.metric === "channel_website");
    expect(text.slice(web?.start, web?.end)).toBe("１，２０８");
    expect(web?.value).toBe(1208);
  });

  it("extractReport(text) does not fill a cell printed as ／ (not stated is unknown, never zero)", () => {
    const r = extractReport(readFileSync(`${dir}/synthetic-traditional-2022.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "licensing_decisions")).toBe(false);
  });
});
