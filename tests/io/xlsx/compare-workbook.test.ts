import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { metricLabel } from "../../../src/catalogue/catalogue.js";
import { parseCsvText } from "../../../src/io/csv-chunks.js";
import { run } from "../../cli/run.js";
import { JIAMUSI_INFO } from "../../helpers/temp-dataset.js";
import { numberCell, row, tempFolder, textCell, workbookBytes } from "../../helpers/workbook-fixture.js";

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** metric → value text of a dataset CSV of datasets/jiamusi. */
function figuresOf(year: number): Map<string, string> {
  const { rows } = parseCsvText(readFileSync(`datasets/jiamusi/${year}.csv`, "utf8"));
  const head = rows[0] as string[];
  return new Map(rows.slice(1).map((r) => [r[head.indexOf("metric")] as string, r[head.indexOf("value")] as string]));
}

describe("compare on a wide workbook", () => {
  it("gives the comparison of the CSV datasets: one sheet named 佳木斯市, Chinese labels, 2016年 and 2017年 columns", async () => {
    const y2016 = figuresOf(2016);
    const y2017 = figuresOf(2017);
    const metrics = [...new Set([...y2016.keys(), ...y2017.keys()])];
    const rows = metrics.map((m, i) => {
      const r = i + 2;
      const cell = (ref: string, v: string | undefined) => (v === undefined || v === "" ? [] : [numberCell(ref, v)]);
      return row(r, [textCell(`A${r}`, metricLabel(m, "zh")), ...cell(`B${r}`, y2016.get(m)), ...cell(`C${r}`, y2017.get(m))]);
    });
    const folder = tempFolder({ "entities.json": JSON.stringify([JIAMUSI_INFO]) });
    folders.push(folder);
    writeFileSync(
      join(folder, "book.xlsx"),
      workbookBytes({
        sheets: [
          { name: "佳木斯市", rows: row(1, [textCell("A1", "指标"), textCell("B1", "2016年"), textCell("C1", "2017年")]) + rows.join("") },
        ],
      }),
    );
    const args = ["--from", "2016", "--to", "2017", "--format", "json", "--quiet"];
    const fromBook = await run("compare", join(folder, "book.xlsx"), ...args);
    const fromCsv = await run("compare", "datasets/jiamusi", ...args);
    expect(fromBook.code).toBe(0);
    const pick = (json: string) =>
      (JSON.parse(json) as Record<string, unknown>[]).map(
        ({ entity, metric, from_value, to_value, change, change_pct, comparability }) => ({
          entity,
          metric,
          from_value,
          to_value,
          change,
          change_pct,
          comparability,
        }),
      );
    const book = pick(fromBook.stdout);
    expect(book.length).toBe(metrics.length);
    expect(book).toEqual(pick(fromCsv.stdout));
  });
});
