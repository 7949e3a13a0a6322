import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

/**
 * Real report texts collected from official sites and mirrors, read in place. The expected figures were
 * read by hand from each text (the excerpts hold only the opening of a report, so only what they state).
 */
const dir = "../shared/reports/candidates";

function extract(name: string) {
  const text = readFileSync(`${dir}/${name}.txt`, "utf8");
  return extractReport(text, { fileName: `${name}.txt` });
}

const row = (f: { metric: string; value: number; printed_share: number | null; printed_change_pct: number | null }) =>
  [f.metric, f.value, f.printed_share, f.printed_change_pct] as const;

describe("extractReport(text) on real report excerpts", () => {
  const cases: { name: string; body: string | null; year: number; figures: (readonly [string, number, number | null, number | null])[] }[] =
    [
      {
        name: "shanghai-putuo-2024",
        body: "上海市普陀区人民政府",
        year: 2024,
        figures: [
          ["requests_received", 60, null, null],
          ["result_total", 64, null, null],
          ["requests_carried_in", 4, null, null],
          ["result_denied", 2, 3.1, null],
          ["result_unavailable", 23, 35.9, null],
          ["result_not_processed", 4, 6.3, null],
          ["result_other", 29, 45.3, null],
        ],
      },
      {
        name: "shanghai-putuo-2025",
        body: "上海市普陀区人民政府",
        year: 2025,
        figures: [
          ["requests_received", 87, null, null],
          ["result_total", 83, null, null],
          ["result_denied", 5, 6.02, null],
          ["result_unavailable", 33, 39.76, null],
          ["result_other", 41, 49.4, null],
          ["reconsideration.total", 9, null, null],
        ],
      },
      {
        name: "shanghai-shi-2023",
        body: "上海市",
        year: 2023,
        figures: [
          ["requests_received", 34290, null, 29.3],
          ["result_total", 34430, null, null],
        ],
      },
      {
        name: "huaian-shizhengfubangongshi-2022",
        body: "淮安市人民政府办公室",
        year: 2022,
        figures: [
          ["channel_website", 8084, null, null],
          ["response_interpretations", 34, null, null],
          ["requests_received", 109, null, null],
          ["result_total", 108, null, null],
          ["requests_carried_in", 2, null, null],
          ["requests_carried_out", 3, null, null],
          ["reconsideration.total", 2, null, null],
          ["reconsideration.upheld", 2, null, null],
        ],
      },
      {
        name: "shenzhen-pingshan-quweibangongshi-2017",
        body: "坪山区委区政府办公室",
        year: 2017,
        figures: [
          ["channel_website", 501, null, null],
          ["request_fees", 0, null, null],
          ["reconsideration", 0, null, null],
          ["litigation", 0, null, null],
        ],
      },
      {
        name: "suixi-jianxinzhen-2018",
        body: "建新镇",
        year: 2018,
        figures: [
          ["proactive_items", 22, null, null],
          ["requests_received", 0, null, null],
          ["request_fees", 0, null, null],
          ["reconsideration", 0, null, null],
          ["litigation", 0, null, null],
        ],
      },
      {
        name: "hainan-amr-himpa-2014",
        body: null,
        year: 2014,
        figures: [
          ["proactive_items", 2401, null, null],
          ["requests_received", 12, null, null],
          ["request_fees", 0, null, null],
          ["reconsideration", 0, null, null],
          ["litigation", 0, null, null],
        ],
      },
      { name: "haerbin-shi-2016", body: "哈尔滨市", year: 2016, figures: [] },
      { name: "xiangtan-yunhuqiaozhen-2023", body: "湘潭县云湖桥镇", year: 2023, figures: [] },
    ];
  for (const c of cases) {
    it(`extractReport(text) reads the running text of ${c.name} as read by hand`, () => {
      const r = extract(c.name);
      expect([r.body, r.year]).toEqual([c.body, c.year]);
      expect(r.figures.filter((f) => f.origin === "narrative").map(row)).toEqual(c.figures);
    });
  }

  it("extractReport(text) takes nothing from the spam a mirror put into 哈尔滨市 2016, and lists none of its numbers", () => {
    const r = extract("haerbin-shi-2016");
    expect(r.figures).toEqual([]);
    expect(r.unassigned).toEqual([]);
  });

  it("extractReport(text) takes neither year nor figure from the dates 大路镇 2019 and 宿迁市 2021 print without 年/月", () => {
    const daluzhen = extract("qionghai-daluzhen-2019");
    expect([daluzhen.body, daluzhen.year, daluzhen.yearFrom]).toEqual(["大路镇人民政府", 2019, "title"]);
    for (const lost of ["201864", "20191"]) expect(daluzhen.unassigned.some((u) => u.text === lost)).toBe(false);
    const suqian = extract("suqian-shi-2021");
    expect([suqian.figures, suqian.unassigned]).toEqual([[], []]);
  });

  it("extractReport(text) refuses the 2022 sentence of the 湘潭县云湖桥镇 2023 report", () => {
    const r = extract("xiangtan-yunhuqiaozhen-2023");
    expect(r.unassigned.find((u) => u.text === "223")?.reason).toBe("the sentence is about 2022, the report about 2023");
  });

  it("extractReport(text) reads the titles wrapped over two lines of the converted 上海市 reports", () => {
    expect([extract("shanghai-bangongting-2025").body, extract("shanghai-kewei-2024").body]).toEqual([
      "上海市人民政府办公厅",
      "上海市科委",
    ]);
  });
});
