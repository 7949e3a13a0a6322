import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/io/load-datasets.js";
import { JIAMUSI_INFO } from "../../helpers/temp-dataset.js";
import { numberCell, row, tempFolder, textCell, workbookBytes } from "../../helpers/workbook-fixture.js";

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

async function load(book: Buffer, name = "book.xlsx") {
  const f = tempFolder({ "entities.json": JSON.stringify([JIAMUSI_INFO]), [name]: book });
  folders.push(f);
  return loadDatasets(join(f, name));
}

const figures = (r: Awaited<ReturnType<typeof loadDatasets>>) =>
  r.table
    .rows()
    .map(
      (o) =>
        `${o.year} ${o.metric}${o.applicant ? `/${o.applicant}` : ""} = ${o.value}${o.printed_share === null ? "" : ` (${o.printed_share}%)`}`,
    )
    .sort();

const heading = row(1, [textCell("A1", "指标"), numberCell("B1", "2016"), numberCell("C1", "2017")]);
const sheet = (rows: string, after?: string) => workbookBytes({ sheets: [{ name: "佳木斯市", rows: heading + rows, after }] });

describe("cells as a spreadsheet stores them", () => {
  it("reads a formula's saved result, and makes one without a result an error, never 0", async () => {
    const r = await load(
      sheet(
        row(2, [textCell("A2", "proactive_items"), '<c r="B2"><f>SUM(D2:E2)</f><v>86781</v></c>', '<c r="C2"><f>SUM(D2:E2)</f></c>']) +
          row(3, [textCell("A3", "requests_received"), '<c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>']),
      ),
    );
    expect(figures(r)).toEqual(["2016 proactive_items = 86781"]);
    expect(r.problems.map((p) => [p.code, p.cell, p.found])).toEqual([
      ["E_FORMULA", "C2", "a formula whose result was never saved"],
      ["E_FORMULA", "B3", "the error value #DIV/0!"],
    ]);
    expect(r.problems[0]?.message).toMatch(/book\.xlsx\[佳木斯市\]!C2: 单元格中没有值/);
  });

  it("reads shared strings (rich text runs joined, phonetic guides left out) and numbers stored as text", async () => {
    const book = workbookBytes({
      sharedStrings: ["指标", "通过政府网站公开", "  44585 "],
      sheets: [
        {
          name: "jiamusi",
          rows:
            row(1, ['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="str"><v>2017年</v></c>']) +
            row(2, ['<c r="A2" t="s"><v>1</v></c>', '<c r="B2" t="s"><v>2</v></c>']) +
            row(3, [
              '<c r="A3" t="inlineStr"><is><r><t>收到</t></r><r><t>申请数</t></r><rPh sb="0" eb="2"><t>しゅう</t></rPh></is></c>',
              textCell("B3", "82件"),
            ]),
        },
      ],
    });
    const r = await load(book);
    expect(r.problems).toEqual([]);
    expect(figures(r)).toEqual(["2017 channel_website = 44585", "2017 requests_received = 82"]);
  });

  it("reads a percent-formatted cell as percent, and stored doubles as typed", async () => {
    const r = await load(
      workbookBytes({
        sheets: [
          {
            name: "佳木斯市",
            rows:
              row(1, [textCell("A1", "metric"), textCell("B1", "value"), textCell("C1", "printed_share"), textCell("D1", "year")]) +
              row(2, [
                textCell("A2", "channel_website"),
                numberCell("B2", "44585"),
                numberCell("C2", "0.41399999999999998", 1),
                numberCell("D2", "2017"),
              ]) +
              row(3, [
                textCell("A3", "channel_gazette"),
                numberCell("B3", "765"),
                numberCell("C3", "0.69999999999999996"),
                numberCell("D3", "2017"),
              ]),
          },
        ],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(figures(r)).toEqual(["2017 channel_gazette = 765 (0.7%)", "2017 channel_website = 44585 (41.4%)"]);
  });

  it("spreads a merged metric label over its applicant rows; a figure merged over two years is an error", async () => {
    const r = await load(
      workbookBytes({
        sheets: [
          {
            name: "佳木斯市",
            rows:
              row(1, [textCell("A1", "指标"), textCell("B1", "申请人"), textCell("C1", "2020年"), textCell("D1", "2021年")]) +
              row(2, [
                textCell("A2", "本年新收政府信息公开申请数量"),
                textCell("B2", "自然人"),
                numberCell("C2", "30"),
                numberCell("D2", "40"),
              ]) +
              row(3, [textCell("B3", "商业企业"), numberCell("C3", "2"), numberCell("D3", "3")]) +
              row(4, [textCell("A4", "收到申请数"), textCell("B4", "总计"), numberCell("C4", "50")]),
            after: '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="C4:D4"/></mergeCells>',
          },
        ],
      }),
    );
    expect(figures(r)).toEqual([
      "2020 requests_new/commercial_enterprise = 2",
      "2020 requests_new/natural_person = 30",
      "2021 requests_new/commercial_enterprise = 3",
      "2021 requests_new/natural_person = 40",
    ]);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["E_MERGED", "C4"]]);
  });

  it("reads hidden rows like the others, and says so in their problems", async () => {
    const r = await load(
      sheet(
        row(2, [textCell("A2", "proactive_items"), numberCell("B2", "86781")], 'hidden="1"') +
          row(3, [textCell("A3", "requests_received"), textCell("C3", "-5")], 'hidden="1"'),
      ),
    );
    expect(figures(r)).toEqual(["2016 proactive_items = 86781"]);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["E_NEGATIVE", "C3"]]);
    expect(r.problems[0]?.message).toMatch(/（隐藏行）$/);
  });

  it("reads <year>.xlsx in an entity folder as that body's year, a long sheet without entity or year columns", async () => {
    const root = tempFolder({});
    folders.push(root);
    mkdirSync(join(root, "jiamusi"));
    writeFileSync(join(root, "jiamusi", "entity.json"), JSON.stringify(JIAMUSI_INFO));
    writeFileSync(
      join(root, "jiamusi", "2025.xlsx"),
      workbookBytes({
        sheets: [
          {
            name: "Sheet1",
            rows:
              row(1, [textCell("A1", "metric"), textCell("B1", "value")]) +
              row(2, [textCell("A2", "proactive_items"), numberCell("B2", "1200")]) +
              row(3, [textCell("A3", "requests_received"), textCell("B3", "abc")]),
          },
          { name: "Sheet2", rows: "" },
        ],
      }),
    );
    const r = await loadDatasets(root);
    expect(figures(r)).toEqual(["2025 proactive_items = 1200"]);
    expect(r.problems.map((p) => [p.code, p.file.replace(root, ""), p.cell])).toEqual([
      ["E_NOT_A_NUMBER", "/jiamusi/2025.xlsx[Sheet1]", "B3"],
    ]);
  });

  it("names a sheet whose name is no known body, and a second sheet of the same body", async () => {
    const body = heading + row(2, [textCell("A2", "proactive_items"), numberCell("B2", "1")]);
    const r = await load(
      workbookBytes({
        sheets: [
          { name: "佳木斯市", rows: body },
          { name: "jiamusi", rows: body },
          { name: "佳木斯", rows: body },
          { name: "_说明", rows: row(1, [textCell("A1", "not read")]) },
        ],
      }),
    );
    expect(r.problems.map((p) => [p.code, p.file.replace(/^.*book/, "book")])).toEqual([
      ["E_DUPLICATE", "book.xlsx[jiamusi]"],
      ["E_UNKNOWN_ENTITY", "book.xlsx[佳木斯]"],
    ]);
  });

  it("a workbook that cannot be read is one E_WORKBOOK problem naming the file", async () => {
    const r = await load(Buffer.from("metric,value\n"));
    expect(r.problems.map((p) => [p.code, p.found])).toEqual([["E_WORKBOOK", expect.stringMatching(/^文件不是 ZIP 压缩包/)]]);
  });
});

describe("a wide CSV", () => {
  it("is read like a wide sheet, its problems at line and column with a code frame", async () => {
    const f = tempFolder({
      "entities.json": JSON.stringify([JIAMUSI_INFO]),
      "佳木斯市.csv": "\uFEFF指标,2016年,2017年\n主动公开政府信息数,86781,89370\n收到申请数,,8２件x\n",
    });
    folders.push(f);
    const r = await loadDatasets(join(f, "佳木斯市.csv"));
    expect(figures(r)).toEqual(["2016 proactive_items = 86781", "2017 proactive_items = 89370"]);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([["E_UNIT_IN_VALUE", 3, 8]]);
    expect(r.problems[0]?.message).toMatch(/佳木斯市\.csv:3:8: value 列的值无效/);
    expect(r.problems[0]?.frame).toContain("> 3 | 收到申请数,,8２件x");
  });
});

describe("a workbook that carries its bodies", () => {
  it("takes the metadata of an entities sheet, so no entities.json is needed", async () => {
    const f = tempFolder({
      "book.xlsx": workbookBytes({
        sheets: [
          {
            name: "entities",
            rows:
              row(
                1,
                ["id", "name_zh", "name_en", "level", "province", "parent"].map((h, i) => textCell(`${"ABCDEF"[i]}1`, h)),
              ) +
              row(
                2,
                ["jiamusi", "佳木斯市", "Jiamusi", "prefecture-level city", "黑龙江省"].map((h, i) => textCell(`${"ABCDE"[i]}2`, h)),
              ) +
              row(
                3,
                ["x", "某区", "X", "", "黑龙江省"].map((h, i) => textCell(`${"ABCDE"[i]}3`, h)),
              ),
          },
          { name: "佳木斯市", rows: heading + row(2, [textCell("A2", "proactive_items"), numberCell("B2", "86781")]) },
        ],
      }),
    });
    folders.push(f);
    const r = await loadDatasets(join(f, "book.xlsx"));
    expect(figures(r)).toEqual(["2016 proactive_items = 86781"]);
    expect(r.table.entityInfo.get("jiamusi")?.name_zh).toBe("佳木斯市");
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["E_BAD_ENTITY_INFO", "D3"]]);
  });
});

describe("merged ranges crafted to cost rows × ranges", () => {
  it("stop at the bound of spread cells with one problem, quickly", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) =>
      row(i + 2, [textCell(`A${i + 2}`, "proactive_items"), numberCell(`B${i + 2}`, "1")]),
    ).join("");
    const ranges = '<mergeCell ref="A2:A3000"/>'.repeat(1100);
    const t0 = performance.now();
    const r = await load(
      workbookBytes({ sheets: [{ name: "佳木斯市", rows: heading + rows, after: `<mergeCells>${ranges}</mergeCells>` }] }),
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.problems.map((p) => [p.code, p.found])).toEqual([["E_MERGED", "更多（重叠或覆盖整张表的区域）"]]);
  });
});

describe("metric labels as sheets write them", () => {
  it("reads a label without its 其中：, or with a numbering before it, in any width", async () => {
    const r = await load(
      sheet(
        row(2, [textCell("A2", "主动公开规范性文件数"), numberCell("C2", "438")]) +
          row(3, [textCell("A3", "（一）收到申请数"), numberCell("C3", "82")]) +
          row(4, [textCell("A4", "2．当面申请数"), numberCell("C4", "3")]) +
          row(5, [textCell("A5", "其中：专职人员数"), numberCell("C5", "2")]),
      ),
    );
    expect(r.problems).toEqual([]);
    expect(figures(r)).toEqual([
      "2017 proactive_normative_docs = 438",
      "2017 requests_in_person = 3",
      "2017 requests_received = 82",
      "2017 staff_full_time = 2",
    ]);
  });
});

describe("a long sheet with an unknown heading", () => {
  it("names the heading and reads no row below it", async () => {
    const r = await load(
      workbookBytes({
        sheets: [
          {
            name: "佳木斯市",
            rows:
              row(1, [textCell("A1", "metric"), textCell("B1", "value"), textCell("C1", "year"), textCell("D1", "colour")]) +
              row(2, [textCell("A2", "proactive_items"), numberCell("B2", "1"), numberCell("C2", "2017"), textCell("D2", "red")]),
          },
        ],
      }),
    );
    expect(r.table.length).toBe(0);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["E_UNKNOWN_COLUMN", "D1"]]);
  });
});

describe("a wide CSV with a title line above its headings", () => {
  it("is still found to be wide, the title skipped", async () => {
    const f = tempFolder({
      "entities.json": JSON.stringify([JIAMUSI_INFO]),
      "wide.csv": "佳木斯市政府信息公开年报数据,,\n指标,2016年,2017年\n主动公开政府信息数,86781,89370\n",
    });
    folders.push(f);
    const r = await loadDatasets(join(f, "wide.csv"));
    // The file's name is no body and the table has no 机构 column: the one problem names that.
    expect(r.problems.map((p) => p.code)).toEqual(["E_UNKNOWN_ENTITY"]);
    const named = tempFolder({
      "entities.json": JSON.stringify([JIAMUSI_INFO]),
      "jiamusi.csv": "佳木斯市政府信息公开年报数据,,\n指标,2016年,2017年\n主动公开政府信息数,86781,89370\n",
    });
    folders.push(named);
    expect(figures(await loadDatasets(join(named, "jiamusi.csv")))).toEqual([
      "2016 proactive_items = 86781",
      "2017 proactive_items = 89370",
    ]);
  });
});

describe("a wide sheet of many bodies", () => {
  it("takes each row's body from the id column (机构代码) over the name column (机构)", async () => {
    const r = await load(
      workbookBytes({
        sheets: [
          {
            name: "汇总",
            rows:
              row(
                1,
                ["机构代码", "机构", "指标代码", "指标", "2016年", "2017年"].map((h, i) => textCell(`${"ABCDEF"[i]}1`, h)),
              ) +
              row(2, [
                textCell("A2", "jiamusi"),
                textCell("B2", "佳木斯"),
                textCell("C2", "proactive_items"),
                textCell("D2", "主动公开政府信息数"),
                numberCell("E2", "86781"),
                numberCell("F2", "89370"),
              ]),
          },
        ],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(figures(r)).toEqual(["2016 proactive_items = 86781", "2017 proactive_items = 89370"]);
  });
});

describe("the same figure on two sheets", () => {
  it("is a duplicate at the second sheet's row, naming the first", async () => {
    const wideWithEntity = (name: string, value: string) => ({
      name,
      rows:
        row(1, [textCell("A1", "机构"), textCell("B1", "指标"), textCell("C1", "2016")]) +
        row(2, [textCell("A2", "佳木斯市"), textCell("B2", "proactive_items"), numberCell("C2", value)]),
    });
    const r = await load(workbookBytes({ sheets: [wideWithEntity("甲", "86781"), wideWithEntity("乙", "86781")] }));
    expect(r.problems.map((p) => [p.code, p.file.replace(/^.*book/, "book"), p.cell, p.found])).toEqual([
      [
        "E_DUPLICATE",
        "book.xlsx[乙]",
        "2:2",
        expect.stringMatching(/^2016 年的 proactive_items 再次出现（首次在 .*book\.xlsx\[甲\] 第 2 行）$/),
      ],
    ]);
  });
});
