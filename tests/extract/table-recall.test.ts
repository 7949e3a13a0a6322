import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/extract-report.js";
import { fitRowCells } from "../../src/extract/fit-row-cells.js";
import { type ComparableFigure, measureAccuracy } from "../../src/extract/measure-accuracy.js";
import type { Applicant } from "../../src/types.js";

const dir = "tests/extract/fixtures";

function expected(name: string): ComparableFigure[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(`${dir}/${name}.csv`, "utf8"), { header: true, skipEmptyLines: true }).data;
  const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));
  return rows.map((r) => ({
    metric: r.metric as string,
    applicant: r.applicant ? (r.applicant as Applicant) : null,
    value: num(r.value),
    printed_share: num(r.printed_share),
    printed_change: num(r.printed_change),
    printed_change_pct: num(r.printed_change_pct),
  }));
}

function readsExactly(file: string, name: string, layout: string, year: number) {
  const r = extractReport(readFileSync(`${dir}/${file}`, "utf8"));
  expect([r.layout, r.year]).toEqual([layout, year]);
  const a = measureAccuracy(r.figures, expected(name));
  expect(a.mismatches).toEqual([]);
  expect(a.missing).toEqual([]);
  expect(a.extras).toEqual([]);
  return r;
}

describe("table recall: section titles listed before the tables", () => {
  it("extractReport(text) starts no table at an opening sentence or a table of contents that lists the titles", () => {
    const r = readsExactly("recall-toc-bars-2023.txt", "recall-toc-bars-2023", "2021", 2023);
    // The sentence before the tables is running text, not a table row.
    expect(r.figures.find((f) => f.metric === "requests_received")?.origin).toBe("narrative");
  });
});

describe("table recall: blank cells in `|` rows", () => {
  it("extractReport(text) leaves out a row whose surplus blank could be at either end, and lists its numbers", () => {
    const r = extractReport(readFileSync(`${dir}/recall-toc-bars-2023.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "result_partial")).toBe(false);
    expect(r.unassigned.filter((u) => u.reason.includes("部分公开"))).toHaveLength(6);
  });

  it("extractReport(text) reads a row of blank cells as a row that states nothing, not as the label of the row below", () => {
    const r = extractReport(readFileSync(`${dir}/recall-toc-bars-2023.txt`, "utf8"));
    expect(r.figures.some((f) => f.metric === "result_total")).toBe(false);
    expect(r.figures.some((f) => f.metric === "result_other.fee_unpaid")).toBe(false);
    expect(r.figures.find((f) => f.metric === "requests_carried_out" && f.applicant === null)?.source).toBe(
      "四、结转下年度继续办理 2 0 0 0 0 0 2",
    );
  });

  it("fitRowCells(cells, n, isBlank) drops surplus blanks only where the numbers keep one placing", () => {
    const blank = (c: string) => c === "";
    expect(fitRowCells(["1", "2", ""], 2, blank)).toEqual(["1", "2"]);
    expect(fitRowCells(["", "1", "", "2", ""], 2, blank)).toEqual(["1", "2"]);
    expect(fitRowCells(["", "1", "", "", ""], 3, blank)).toEqual(["", "1", "", "", ""]);
    expect(fitRowCells(["1", "", "", ""], 3, blank)).toEqual(["1", "", ""]);
    expect(fitRowCells(["", "", "1", "—"], 3, blank)).toEqual(["", "1", "—"]);
    expect(fitRowCells(["1", "2"], 3, blank)).toEqual(["1", "2"]);
  });
});
