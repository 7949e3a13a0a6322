import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { checkOcrIdentities } from "../../src/extract/ocr/check-ocr-identities.js";
import { deskew } from "../../src/extract/ocr/deskew.js";
import { findTableCells } from "../../src/extract/ocr/find-table-cells.js";
import type { GrayImage } from "../../src/extract/ocr/gray-image.js";
import { toOcrDatasetCsv } from "../../src/extract/ocr/ocr-dataset-csv.js";
import { ocrPdf } from "../../src/extract/ocr/ocr-pdf.js";
import { type PlacedFigure, placeOcrFigures, type ReadRow } from "../../src/extract/ocr/place-ocr-figures.js";
import type { CellReading } from "../../src/extract/ocr/read-band.js";
import { tableBands } from "../../src/extract/ocr/table-bands.js";
import { readDatasetText } from "../../src/io/load-datasets.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of messages.
inEnglish();

/** A white page with black lines drawn on it. */
function page(width: number, height: number, lines: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of lines) for (let y = y0; y < y1; y++) data.fill(0, y * width + x0, y * width + x1);
  return { width, height, data };
}

describe("findTableCells", () => {
  it("finds the cells enclosed by a table's rules, ignores text strokes, and closes a table cut at the page's foot", () => {
    // Two columns (x 100–400–700), rows at y 100–200–300, then a row whose bottom rule is missing (cut by
    // the page break at y 400), and a text-sized stroke inside a cell.
    const img = page(800, 500, [
      [100, 100, 700, 102],
      [100, 200, 700, 202],
      [100, 300, 700, 302],
      [100, 100, 102, 400],
      [400, 100, 402, 400],
      [698, 100, 700, 400],
      [150, 130, 152, 170],
    ]);
    const cells = findTableCells(img, 300);
    // To a few pixels: the rule drawn to close a cut table is a few pixels thick.
    const rounded = (v: number) => Math.round(v / 6);
    expect(cells.map((c) => [c.x0, c.y0, c.x1, c.y1].map(rounded))).toEqual(
      [
        [102, 102, 400, 200],
        [402, 102, 698, 200],
        [102, 202, 400, 300],
        [402, 202, 698, 300],
        [102, 302, 400, 398],
        [402, 302, 698, 398],
      ].map((b) => b.map(rounded)),
    );
    expect(tableBands(cells, 300).map((b) => b.cells.length)).toEqual([2, 2, 2]);
  });
});

describe("deskew", () => {
  /** A 5-row, 4-column ruled table (rules 3 px) with a text-like stroke in each cell, turned by `degrees`. */
  function slantedTable(degrees: number): GrayImage {
    const straight = page(1200, 900, [
      ...[150, 280, 410, 540, 670, 800].map((y): [number, number, number, number] => [100, y, 1100, y + 3]),
      ...[100, 400, 633, 866, 1097].map((x): [number, number, number, number] => [x, 150, x + 3, 803]),
      ...[200, 330, 460, 590, 720].map((y): [number, number, number, number] => [500, y, 540, y + 30]),
    ]);
    const t = (degrees * Math.PI) / 180;
    const out = new Uint8Array(straight.data.length).fill(255);
    for (let y = 0; y < 900; y++)
      for (let x = 0; x < 1200; x++) {
        const sx = Math.round(600 + (x - 600) * Math.cos(t) + (y - 450) * Math.sin(t));
        const sy = Math.round(450 - (x - 600) * Math.sin(t) + (y - 450) * Math.cos(t));
        if (sx >= 0 && sy >= 0 && sx < 1200 && sy < 900) out[y * 1200 + x] = straight.data[sy * 1200 + sx] as number;
      }
    return { width: 1200, height: 900, data: out };
  }

  it("turns a page scanned at a slant straight, so the table's rows line up again", () => {
    const slanted = slantedTable(1.2);
    expect(tableBands(findTableCells(slanted, 300), 300).filter((b) => b.cells.length === 4)).toHaveLength(0);
    const { image, degrees } = deskew(slanted);
    expect(Math.abs(degrees - 1.2)).toBeLessThan(0.05);
    expect(tableBands(findTableCells(image, 300), 300).map((b) => b.cells.length)).toEqual([4, 4, 4, 4, 4]);
  });

  it("leaves a straight page as it is", () => {
    const straight = slantedTable(0);
    expect(deskew(straight)).toEqual({ image: straight, degrees: 0 });
  });
});

const cell = (text: string, extra: Partial<CellReading> = {}): CellReading => ({
  box: { x0: 0, y0: 0, x1: 1, y1: 1 },
  text,
  confidence: 95,
  blank: false,
  doubt: null,
  ...extra,
});
const t3Row = (label: string, values: string[], page = 1): ReadRow => ({ page, cells: [cell(label), ...values.map((v) => cell(v))] });
const zeros = ["0", "0", "0", "0", "0", "0", "0"];

describe("placeOcrFigures", () => {
  it("leaves table 三 out when its row count is not the template's, saying why", () => {
    const warnings: string[] = [];
    const rows = Array.from({ length: 22 }, () => t3Row("", zeros));
    expect(placeOcrFigures(rows, "2021", warnings)).toEqual([]);
    expect(warnings).toEqual([
      "table 3: 22 rows of seven figures were read; the 2021 template has 23 or 25, so which row is which cannot be told: its figures are left out",
    ]);
  });

  it("leaves table 三 out when a label read names another row than its place", () => {
    const warnings: string[] = [];
    const rows = Array.from({ length: 23 }, () => t3Row("", zeros));
    rows[2] = t3Row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", zeros);
    expect(placeOcrFigures(rows, "2021", warnings)).toEqual([]);
    expect(warnings[0]).toMatch(/row 3 of the template \(result_granted\) by its place, but its label reads as result_partial/);
  });

  it("places table 三 by row order, keeps a blank cell unknown, and leaves an unsure reading out", () => {
    const warnings: string[] = [];
    const rows = Array.from({ length: 23 }, () => t3Row("", zeros));
    rows[0] = t3Row("一、本年新收政府信息公开申请数量", ["21", "0", "0", "0", "0", "0", "21"]);
    rows[1] = { page: 1, cells: [cell("二、上年结转"), cell("", { blank: true }), ...zeros.slice(1).map((v) => cell(v))] };
    rows[22] = {
      page: 2,
      cells: [cell("四、结转下年度继续办理"), ...zeros.slice(1).map((v) => cell(v)), cell("", { doubt: "read 8 then 0" })],
    };
    const placed = placeOcrFigures(rows, "2021", warnings);
    expect(placed.filter((f) => f.metric === "requests_new").map((f) => f.value)).toEqual([21, 0, 0, 0, 0, 0, 21]);
    expect(placed.find((f) => f.metric === "requests_carried_in" && f.applicant === "natural_person")).toBeUndefined();
    expect(placed.find((f) => f.metric === "requests_carried_out" && f.applicant === null)).toBeUndefined();
    expect(placed).toHaveLength(23 * 7 - 2);
    expect(warnings).toEqual(["page 2, row “四、结转下年度继续办理”: requests_carried_out left out: read 8 then 0, not a figure for sure"]);
  });

  it("reads table 二 rows by their label's item and the layout's columns, and table 四 as fifteen figures", () => {
    const warnings: string[] = [];
    const placed = placeOcrFigures(
      [
        { page: 2, cells: [cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")] },
        { page: 2, cells: [cell("行政规范性文件"), cell("0"), cell("5"), cell("5")] },
        { page: 3, cells: [cell("行政事业性收费"), cell("7730.28")] },
        { page: 3, cells: [cell("看不清"), cell("3")] },
        { page: 4, cells: "10 1 0 0 0 0 0 0 0 0 5 0 0 0 0".split(" ").map((v) => cell(v)) },
      ],
      "2021",
      warnings,
    );
    expect(placed.map((f) => `${f.metric}=${f.value}`)).toEqual([
      "normdocs_issued=0",
      "normdocs_repealed=5",
      "normdocs_in_force=5",
      "fee_amount=7730.28",
      "reconsideration.upheld=10",
      "reconsideration.corrected=1",
      "reconsideration.other=0",
      "reconsideration.pending=0",
      "reconsideration.total=0",
      ...["upheld", "corrected", "other", "pending", "total"].map((o) => `litigation_direct.${o}=0`),
      "litigation_after_recon.upheld=5",
      ...["corrected", "other", "pending", "total"].map((o) => `litigation_after_recon.${o}=0`),
    ]);
    expect(warnings).toEqual(["page 3, row “看不清”: figures of a table 2 row whose label names no 「第二十条」 item; left out"]);
  });
});

describe("checkOcrIdentities", () => {
  const fig = (metric: string, value: number): PlacedFigure => ({
    metric,
    applicant: null,
    value,
    page: 4,
    source: "表四",
    confidence: 90,
  });

  it("marks every figure of an identity that does not add up and spells out the arithmetic", () => {
    const warnings: string[] = [];
    const checked = checkOcrIdentities(
      [
        fig("reconsideration.upheld", 10),
        fig("reconsideration.corrected", 1),
        fig("reconsideration.other", 0),
        fig("reconsideration.pending", 0),
        fig("reconsideration.total", 0),
        fig("litigation_direct.upheld", 1),
        fig("litigation_direct.corrected", 0),
        fig("litigation_direct.other", 0),
        fig("litigation_direct.pending", 0),
        fig("litigation_direct.total", 1),
        fig("litigation_after_recon.upheld", 2),
        fig("penalty_decisions", 4119),
      ],
      warnings,
    );
    expect(warnings).toEqual([
      "table 4 reconsideration does not add up: reconsideration.upheld + reconsideration.corrected + reconsideration.other + reconsideration.pending = 10 + 1 + 0 + 0 = 11, but reconsideration.total = 0",
    ]);
    expect(checked.map((f) => f.identity)).toEqual([
      ...Array(5).fill("broken"),
      ...Array(5).fill("holds"),
      // litigation_after_recon lacks four figures: its identity cannot run; table 二 has none.
      "unchecked",
      "unchecked",
    ]);
  });
});

describe("checkOcrIdentities on unsure figures", () => {
  it("leaves out a figure read with low confidence that no identity checks, and keeps a sure one", () => {
    const warnings: string[] = [];
    const at = (metric: string, value: number, confidence: number): PlacedFigure => ({
      metric,
      applicant: null,
      value,
      page: 4,
      source: "第二十条",
      confidence,
    });
    const checked = checkOcrIdentities([at("penalty_decisions", 3983738, 55), at("coercion_decisions", 88283, 92)], warnings);
    expect(checked.map((f) => [f.metric, f.identity])).toEqual([["coercion_decisions", "unchecked"]]);
    expect(warnings).toEqual(["page 4: penalty_decisions left out: read 3983738 with confidence 55, and no identity checks it"]);
  });
});

describe("OCR datasets and bad input", () => {
  const entityInfo = { id: "t", name_zh: "测试", name_en: "Test", level: "district", province: "江苏省", parent: null };

  it("writes basis ocr, which the dataset validator accepts, and still rejects an unknown basis", async () => {
    const csv = toOcrDatasetCsv({
      layout: "2021",
      layoutReason: "given",
      pages: [3],
      straightened: [],
      seconds: 1,
      warnings: [],
      figures: [
        {
          metric: "fee_amount",
          applicant: null,
          value: 7730.28,
          page: 3,
          source: "第二十条 行政事业性收费 7730.28",
          confidence: 89,
          identity: "unchecked",
        },
        { metric: "requests_new", applicant: "natural_person", value: 21, page: 3, source: "表三", confidence: 91, identity: "broken" },
      ],
    });
    expect(csv.split("\n")[2]).toBe(
      "requests_new,natural_person,21,,,,ocr,表三,page 3; OCR confidence 91; an identity does not add up: check against the page",
    );
    const target = { file: "t/2023.csv", entity: "t", year: 2023, entityInfo };
    const ok = await readDatasetText(csv, target);
    expect(ok.problems).toEqual([]);
    expect(ok.table.rows().map((r) => r.value)).toEqual([7730.28, 21]);
    const bad = await readDatasetText(csv.replaceAll(",ocr,", ",scan,"), target);
    expect(bad.problems.map((p) => [p.code, p.expected])).toEqual([
      ["E_BAD_BASIS", "printed, derived, ocr or blank"],
      ["E_BAD_BASIS", "printed, derived, ocr or blank"],
    ]);
  });

  it("says clearly when the bytes are not a PDF, or a page is not in it", async () => {
    await expect(ocrPdf(new TextEncoder().encode("not a pdf"))).rejects.toThrow(UsageError);
    await expect(ocrPdf(new TextEncoder().encode("not a pdf"))).rejects.toThrow(/^cannot open the PDF: .*expected a PDF file/);
    const pdf = new Uint8Array(readFileSync("../shared/reports/pdf/huaian-hongze-2024.pdf"));
    await expect(ocrPdf(pdf, { pages: [9] })).rejects.toThrow("page 9 is not in the PDF: it has 5 page(s) (pages are numbered from 1)");
  });
});
