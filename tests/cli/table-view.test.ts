import { describe, expect, it } from "vitest";
import { applyTableView, DEFAULT_VIEW, parseTableView, sortRows, withFilter } from "../../src/cli/tables/table-view.js";
import type { TableData } from "../../src/format/table-data.js";
import { toTextTable, wrapText } from "../../src/format/text-table.js";
import { stringWidth } from "../../src/text/string-width.js";

const T: TableData = {
  columns: [
    { key: "entity", title: "entity", extra: true },
    { key: "entity_name", title: "机构" },
    { key: "year", title: "年份", align: "right" },
    { key: "value", title: "数值", align: "right" },
    { key: "metrics", title: "指标", extra: true },
  ],
  rows: [
    { entity: "shanghai-shi", entity_name: "上海市", year: 2023, value: 34290, metrics: "requests_received" },
    { entity: "huaian-hongze", entity_name: "淮安市洪泽区", year: 2023, value: 21, metrics: "requests_received requests_new" },
    { entity: "alpha", entity_name: "甲市", year: 2024, value: null, metrics: "proactive_items" },
    { entity: "beta", entity_name: "北京市", year: 2024, value: 9, metrics: "requests_new" },
  ],
};

const view = (o: Parameters<typeof parseTableView>[0]) => parseTableView(o);
const keys = (t: TableData) => t.columns.map((c) => c.key);
const col = (t: TableData, key: string) => t.rows.map((r) => r[key]);

describe("default and chosen columns", () => {
  it("leaves the extra columns out of the terminal, keeps them in files", () => {
    expect(keys(applyTableView(T, DEFAULT_VIEW, true))).toEqual(["entity_name", "year", "value"]);
    expect(keys(applyTableView(T, DEFAULT_VIEW, false))).toEqual(["entity", "entity_name", "year", "value", "metrics"]);
    expect(keys(applyTableView(T, view({ allColumns: true }), true))).toEqual(["entity", "entity_name", "year", "value", "metrics"]);
  });

  it("--columns gives exactly those columns in that order, in every format, extra ones too", () => {
    const v = view({ columns: "value, entity ,year" });
    expect(keys(applyTableView(T, v, true))).toEqual(["value", "entity", "year"]);
    expect(keys(applyTableView(T, v, false))).toEqual(["value", "entity", "year"]);
    // A Chinese comma separates as well.
    expect(keys(applyTableView(T, view({ columns: "year，value" }), true))).toEqual(["year", "value"]);
  });

  it("an unknown column is an error listing the columns, with the closest first", () => {
    expect(() => applyTableView(T, view({ columns: "entity_nme,year" }), true)).toThrow(
      /--columns.*entity_nme.*entity_name.*entity, entity_name, year, value, metrics/,
    );
    expect(() => applyTableView(T, view({ sort: "zzzzzz" }), true)).toThrow(/--sort.*zzzzzz.*entity, entity_name, year, value, metrics/);
  });

  it("refuses an empty --columns, --columns with --all-columns, a bad --sort or --top", () => {
    expect(() => view({ columns: " , " })).toThrow(/--columns/);
    expect(() => view({ columns: "year", allColumns: true })).toThrow(/--all-columns/);
    expect(() => view({ sort: "value:down" })).toThrow(/--sort/);
    expect(() => view({ top: "0" })).toThrow(/--top/);
    expect(() => view({ top: "2.5" })).toThrow(/--top/);
  });
});

describe("--sort and --top", () => {
  it("sorts numbers by value with blanks last, both ways", () => {
    expect(col(applyTableView(T, view({ sort: "value" }), false), "value")).toEqual([9, 21, 34290, null]);
    expect(col(applyTableView(T, view({ sort: "value:desc" }), false), "value")).toEqual([34290, 21, 9, null]);
  });

  it("sorts Chinese text by pinyin: 北京 (bei) before 淮安 (huai) before 甲 (jia) before 上海 (shang)", () => {
    expect(col(applyTableView(T, view({ sort: "entity_name" }), false), "entity_name")).toEqual([
      "北京市",
      "淮安市洪泽区",
      "甲市",
      "上海市",
    ]);
    expect(col(applyTableView(T, view({ sort: "entity_name:desc" }), false), "entity_name")).toEqual([
      "上海市",
      "甲市",
      "淮安市洪泽区",
      "北京市",
    ]);
  });

  it("keeps the order of equal rows, and --top takes the first rows after the sort", () => {
    expect(col(applyTableView(T, view({ sort: "year" }), false), "entity")).toEqual(["shanghai-shi", "huaian-hongze", "alpha", "beta"]);
    expect(col(applyTableView(T, view({ sort: "value:desc", top: "2" }), false), "entity")).toEqual(["shanghai-shi", "huaian-hongze"]);
    expect(applyTableView(T, view({ top: "10" }), false).rows).toHaveLength(4);
  });

  it("puts numbers before text in a column that mixes them", () => {
    const rows = sortRows([{ x: "b" }, { x: 2 }, { x: null }, { x: "a" }, { x: 1 }], "x", false);
    expect(rows.map((r) => r.x)).toEqual([1, 2, "a", "b", null]);
  });
});

describe("row filters", () => {
  const filtered = (option: string, keys: string[], values: string[]) =>
    applyTableView(T, withFilter(DEFAULT_VIEW, { option, keys, values }), false);

  it("keeps the rows whose column holds a value, also one item of a list cell", () => {
    expect(col(filtered("--year", ["year"], ["2024"]), "entity")).toEqual(["alpha", "beta"]);
    expect(col(filtered("--metric", ["metrics"], ["requests_new"]), "entity")).toEqual(["huaian-hongze", "beta"]);
  });

  it("a value that matches nothing is an error naming what the result holds, never an empty table", () => {
    expect(() => filtered("--year", ["year"], ["2030"])).toThrow(/--year 2030.*2023, 2024/);
    expect(() => filtered("--year", ["year"], ["2023", "2019"])).toThrow(/--year 2019/);
    expect(() => filtered("--section", ["section"], ["t3"])).toThrow(/--section/);
  });
});

describe("terminal tables fit 100 columns", () => {
  const long: TableData = {
    columns: [
      { key: "name", title: "机构" },
      { key: "label", title: "指标" },
      { key: "a", title: "2023", align: "right" },
      { key: "b", title: "2024", align: "right" },
    ],
    rows: [
      {
        name: "海南省某局（amr.hainan.gov.cn/himpa）",
        label: "不予处理·要求行政机关确认或重新出具已获取信息".repeat(2),
        a: 59237.2449,
        b: 72701.2578,
      },
      { name: "甲市", label: "收到申请数", a: 10, b: 12 },
    ],
  };

  it("wraps text columns and never a number", () => {
    const text = toTextTable(long);
    const lines = text.trimEnd().split("\n");
    expect(Math.max(...lines.map(stringWidth))).toBeLessThanOrEqual(100);
    expect(text).toContain("59237.2449");
    expect(text).toContain("72701.2578");
    // Every character of the long label is still there, in order, across its lines.
    const labelLines = lines.slice(2).map((l) => l.replace(/\s+/g, ""));
    expect(labelLines.join("")).toContain("确认或重新出具");
  });

  it("leaves a table that fits as it is", () => {
    const narrow = toTextTable({ columns: long.columns, rows: [long.rows[1] as Record<string, string | number>] });
    expect(narrow.split("\n")).toHaveLength(4);
  });

  it("wraps words at spaces and Chinese between characters, by display width", () => {
    expect(wrapText("Via the government website", 12)).toEqual(["Via the", "government", "website"]);
    expect(wrapText("通过政府网站公开", 6)).toEqual(["通过政", "府网站", "公开"]);
    expect(wrapText("short", 10)).toEqual(["short"]);
    // Closing punctuation stays with the character before it; a Latin word moves whole to the next line.
    expect(wrapText("一二三四五）六七", 10)).toEqual(["一二三四", "五）六七"]);
    expect(wrapText("报告文本pdftotext输出", 12)).toEqual(["报告文本", "pdftotext输", "出"]);
    // A word longer than the line is cut, since it cannot move anywhere.
    expect(wrapText("shenzhen-pingshan-quweibangongshi", 16)).toEqual(["shenzhen-pingsha", "n-quweibangongsh", "i"]);
  });
});
