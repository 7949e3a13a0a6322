import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDatasets } from "../../../src/io/load-datasets.js";
import { JIAMUSI_INFO } from "../../helpers/temp-dataset.js";
import { numberCell, row, tempFolder, textCell, workbookBytes } from "../../helpers/workbook-fixture.js";

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folderWith(files: Record<string, string | Uint8Array>): string {
  const f = tempFolder({ "entities.json": JSON.stringify([JIAMUSI_INFO]), ...files });
  folders.push(f);
  return f;
}

const values = (r: Awaited<ReturnType<typeof loadDatasets>>) =>
  r.table
    .rows()
    .map((o) => `${o.entity} ${o.year} ${o.metric}${o.applicant ? `/${o.applicant}` : ""} = ${o.value}`)
    .sort();

describe("a wide workbook, one sheet per body and years in columns", () => {
  // Figures of datasets/jiamusi/2016.csv and 2017.csv, typed as an analyst keeps them.
  const wide = workbookBytes({
    sheets: [
      {
        name: "佳木斯市",
        rows: [
          row(1, [textCell("A1", "佳木斯市政府信息公开年报")]),
          row(2, [textCell("A2", "指标"), textCell("B2", "单位"), textCell("C2", "2016年"), numberCell("D2", "2017")]),
          row(3, [textCell("A3", "主动公开政府信息数"), textCell("B3", "条"), numberCell("C3", "86781"), numberCell("D3", "89370")]),
          // Spacing and full-width variants of a catalogue label; a number stored as text.
          row(4, [textCell("A4", "通过政府网站 公开"), textCell("B4", "条"), textCell("D4", "44,585")]),
          row(5, [textCell("A5", "收到申请数"), textCell("B5", "件"), textCell("D5", "８２")]),
          row(6, [textCell("A6", "注：2016年报告未分渠道统计。")]),
        ].join(""),
      },
    ],
  });

  it("gives the figures of the CSV datasets, blank cells left out", async () => {
    const r = await loadDatasets(join(folderWith({ "book.xlsx": wide }), "book.xlsx"));
    expect(r.problems).toEqual([]);
    expect(values(r)).toEqual([
      "jiamusi 2016 proactive_items = 86781",
      "jiamusi 2017 channel_website = 44585",
      "jiamusi 2017 proactive_items = 89370",
      "jiamusi 2017 requests_received = 82",
    ]);
  });

  it("is found in a folder and reads as the same figures as the CSV files for those metrics", async () => {
    const csv = await loadDatasets("datasets/jiamusi");
    const fromCsv = values(csv).filter((v) => /proactive_items|channel_website|requests_received/.test(v));
    const r = await loadDatasets(folderWith({ "book.xlsx": wide }));
    expect(values(r)).toEqual(fromCsv);
  });
});

describe("problems point at the workbook's cell", () => {
  it("names book.xlsx[佳木斯市]!D3 for a bad figure, and the row of an unknown label", async () => {
    const book = workbookBytes({
      sheets: [
        {
          name: "佳木斯市",
          rows: [
            row(1, [textCell("A1", "指标"), textCell("B1", "2016"), textCell("C1", "2017")]),
            row(2, [textCell("A2", "主动公开政府信息数"), numberCell("B2", "86781"), textCell("C2", "8.9万")]),
            row(3, [textCell("A3", "主动公开信息总数"), numberCell("B3", "1"), numberCell("C3", "2")]),
          ].join(""),
        },
      ],
    });
    const r = await loadDatasets(join(folderWith({ "book.xlsx": book }), "book.xlsx"));
    const messages = r.problems.map((p) => p.message.replace(/^.*book\.xlsx/, "book.xlsx"));
    expect(messages).toEqual([
      expect.stringMatching(/^book\.xlsx\[佳木斯市\]!C2: value 列的值无效：.*实为"8\.9万"$/),
      expect.stringMatching(/^book\.xlsx\[佳木斯市\]!A3: 未知指标 "主动公开信息总数"/),
    ]);
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.cell])).toEqual([
      ["E_UNIT_IN_VALUE", 2, 3, "C2"],
      ["E_UNKNOWN_METRIC", 3, 1, "A3"],
    ]);
    expect(r.problems[0]?.hint).toContain("89000");
  });
});

describe("the frame of a workbook problem", () => {
  it("shows the row by column letters with a caret under the cell", async () => {
    // The caret sits at the display width of "A 收到申请数 │ B 82 │ " (5 characters of two columns): 22.
    const book = workbookBytes({
      sheets: [
        {
          name: "佳木斯市",
          rows:
            row(1, [textCell("A1", "指标"), textCell("B1", "2016"), textCell("C1", "2017")]) +
            row(7, [textCell("A7", "收到申请数"), numberCell("B7", "82"), textCell("C7", "8.9万")]),
        },
      ],
    });
    const r = await loadDatasets(join(folderWith({ "book.xlsx": book }), "book.xlsx"));
    expect(r.problems[0]?.cell).toBe("C7");
    expect(r.problems[0]?.frame).toBe(`> 7 | A 收到申请数 │ B 82 │ C 8.9万\n    | ${" ".repeat(22)}^`);
  });
});
