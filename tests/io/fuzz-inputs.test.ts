/**
 * Seeded fuzzing of every door a file comes in by: the dataset loader (CSV and workbooks) and `extract`
 * (text, HTML, PDF, Word). Each run mutates a valid input — characters a user's editor or a damaged
 * download put there, bytes flipped, cut or repeated — and checks what must hold for any input: an answer
 * or a user-facing error (DataError, UsageError), never another exception, within a time bound; problems
 * placed inside the file; and a file the loader accepts without a problem loses none of its rows.
 *
 * The seed is printed with every failure, so a failing input can be made again. FUZZ_RUNS scales the
 * number of runs (default 1: about a minute on two cores).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { DataError, UsageError } from "../../src/errors.js";
import { extractReportFile } from "../../src/extract/extract-report-file.js";
import { readReportFile } from "../../src/extract/read-report-file.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { chinesePage, minimalPdf } from "../helpers/minimal-pdf.js";
import { seeded } from "../helpers/seeded.js";
import { numberCell, row, textCell, workbookBytes } from "../helpers/workbook-fixture.js";

const SCALE = Number(process.env.FUZZ_RUNS ?? "1");
const root = mkdtempSync(join(tmpdir(), "fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ENTITY = { id: "demo", name_zh: "示例县", name_en: "Demo County", level: "county", province: "江苏省", parent: null };

const DATASET = [
  "metric,value,applicant,printed_share,printed_change,basis,source",
  'proactive_items,89370,,,2589,printed,"主动公开政府信息89370条,较上年增加2589条"',
  "channel_website,44585,,41.4,,printed,通过网站公开44585条",
  "requests_new,95,,,,printed,表三 一、本年新收政府信息公开申请数量 | 总计: 95",
  "requests_new,90,natural_person,,,printed,表三 | 自然人: 90",
  "result_granted,50,,,,,",
  "reconsideration.total,2,,,,printed,行政复议2件",
].join("\n");

/** Characters that break CSV readers and echo code: quotes, separators, line ends, controls, wide forms. */
const TRICKY = [
  '"',
  ",",
  "\n",
  "\r",
  "\r\n",
  "\u0000",
  "\u001b[31m",
  "\uFEFF",
  "，",
  "％",
  "８",
  "万",
  "1e3",
  "-",
  " ",
  "\t",
  "\u2028",
  "\uD800",
  "条",
  "—",
  "",
];

function mutateText(text: string, rand: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(rand() * (s.length + 1));
    const op = rand();
    if (op < 0.45) s = s.slice(0, i) + (TRICKY[Math.floor(rand() * TRICKY.length)] as string) + s.slice(i);
    else if (op < 0.75) s = s.slice(0, i) + s.slice(i + 1 + Math.floor(rand() * 8));
    else if (op < 0.9) {
      const j = Math.min(s.length, i + Math.floor(rand() * 40));
      s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
    } else s = s.slice(0, i);
  }
  return s;
}

function mutateBytes(bytes: Buffer, rand: () => number): Buffer {
  const b = Buffer.from(bytes);
  const edits = 1 + Math.floor(rand() * 6);
  let out = b;
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(rand() * out.length);
    const op = rand();
    if (op < 0.6) out[i] = Math.floor(rand() * 256);
    else if (op < 0.8) out = out.subarray(0, i);
    else out = Buffer.concat([out.subarray(0, i), out.subarray(i, Math.min(out.length, i + 64)), out.subarray(i)]);
    if (out.length === 0) break;
  }
  return out;
}

/** Runs `fn`, accepting an answer or a user-facing error; anything else fails with the seed. */
async function survives<T>(seed: number, fn: () => Promise<T>, boundMs: number): Promise<T | null> {
  const start = performance.now();
  let result: T | null = null;
  try {
    result = await fn();
  } catch (err) {
    if (!(err instanceof DataError || err instanceof UsageError))
      throw new Error(`seed ${seed}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  const ms = performance.now() - start;
  if (ms > boundMs) throw new Error(`seed ${seed}: took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
  return result;
}

/** Data records of a CSV text as a CSV reader sees them: rows after the header with any non-blank field. */
function records(text: string): number {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  return parsed.data.slice(1).filter((r) => r.some((f) => f.trim() !== "")).length;
}

describe("fuzzing the doors files come in by", () => {
  it("the dataset loader: mutated CSV text", { timeout: 120_000 }, async () => {
    const dir = join(root, "csv", "demo");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "entity.json"), JSON.stringify(ENTITY));
    const file = join(dir, "2022.csv");
    for (let seed = 1; seed <= 1500 * SCALE; seed++) {
      const text = mutateText(DATASET, seeded(seed));
      writeFileSync(file, text);
      const result = await survives(seed, () => loadDatasets(join(root, "csv")), 5000);
      if (result === null) continue;
      const lines = text.split(/\r\n|\n|\r/).length;
      for (const p of result.problems) {
        expect(p.line, `seed ${seed}: ${p.message}`).toBeGreaterThanOrEqual(0);
        expect(p.line, `seed ${seed}: ${p.message}`).toBeLessThanOrEqual(lines + 1);
        expect(p.column, `seed ${seed}: ${p.message}`).toBeGreaterThanOrEqual(0);
      }
      // No silent loss: a file the loader accepts without a problem gives a row for every record. Only a
      // text that is valid UTF-16 (no lone surrogate) has a record count to compare with.
      if (result.problems.length === 0 && !/[\uD800-\uDFFF]/.test(text)) {
        expect(result.table.length, `seed ${seed}: rows of ${JSON.stringify(text)}`).toBe(records(text));
      }
    }
  });

  it("the dataset loader: mutated bytes", { timeout: 120_000 }, async () => {
    const dir = join(root, "bytes", "demo");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "entity.json"), JSON.stringify(ENTITY));
    const file = join(dir, "2022.csv");
    const base = Buffer.from(DATASET, "utf8");
    for (let seed = 1; seed <= 1000 * SCALE; seed++) {
      writeFileSync(file, mutateBytes(base, seeded(seed)));
      await survives(seed, () => loadDatasets(join(root, "bytes")), 5000);
    }
  });

  it("the workbook reader: mutated .xlsx bytes", { timeout: 120_000 }, async () => {
    const book = workbookBytes({
      sheets: [
        {
          name: "demo",
          rows: [
            row(1, [textCell("A1", "指标"), textCell("B1", "2021年"), textCell("C1", "2022年")]),
            row(2, [textCell("A2", "主动公开政府信息数"), numberCell("B2", "86781"), numberCell("C2", "89370")]),
            row(3, [textCell("A3", "通过政府网站公开"), numberCell("B3", "40000"), numberCell("C3", "44585")]),
          ].join(""),
        },
        {
          name: "entities",
          rows: [
            row(
              1,
              ["id", "name_zh", "name_en", "level", "province", "parent"].map((h, i) => textCell(`${"ABCDEF"[i]}1`, h)),
            ),
            row(
              2,
              ["demo", "示例县", "Demo County", "county", "江苏省"].map((v, i) => textCell(`${"ABCDE"[i]}2`, v)),
            ),
          ].join(""),
        },
      ],
    });
    const file = join(root, "book.xlsx");
    // The unmutated book loads: the fuzzing starts from a valid input.
    writeFileSync(file, book);
    const clean = await loadDatasets(file);
    expect(clean.problems).toEqual([]);
    expect(clean.table.length).toBe(4);
    for (let seed = 1; seed <= 800 * SCALE; seed++) {
      writeFileSync(file, mutateBytes(book, seeded(seed)));
      await survives(seed, () => loadDatasets(file), 5000);
    }
  });

  it("extract: mutated report text and HTML", { timeout: 180_000 }, async () => {
    const report = readFileSync("../shared/reports/huaian-hongze-2024.txt", "utf8");
    const html = `<html><body><h1>2024年某区政府信息公开工作年度报告</h1><table><tr><td rowspan="2">一、本年新收政府信息公开申请数量</td><td>95</td><td colspan="2">0</td></tr><tr><td>1</td></tr></table><p>受理申请17件</p></body></html>`;
    for (let seed = 1; seed <= 150 * SCALE; seed++) {
      for (const [name, base] of [
        ["r.txt", report],
        ["r.html", html],
      ] as const) {
        const file = join(root, name);
        writeFileSync(file, mutateText(base, seeded(seed)));
        await survives(seed, async () => extractReportFile(await readReportFile(file)), 10_000);
      }
    }
  });

  it("extract: mutated PDF and Word files", { timeout: 180_000 }, async () => {
    const pdf = minimalPdf([chinesePage(["2024年示例县政府信息公开工作年度报告", "主动公开政府信息120条", "受理申请17件"])]);
    const docx = readFileSync("../shared/reports/pdf/template-2021-layout.docx");
    for (let seed = 1; seed <= 100 * SCALE; seed++) {
      for (const [name, base] of [
        ["r.pdf", pdf],
        ["r.docx", docx],
      ] as const) {
        const file = join(root, name);
        writeFileSync(file, mutateBytes(base, seeded(seed)));
        await survives(seed, async () => extractReportFile(await readReportFile(file)), 15_000);
      }
    }
  });
});
