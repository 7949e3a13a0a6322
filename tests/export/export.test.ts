import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { yoy } from "../../src/compute/yoy.js";
import { changeExport } from "../../src/export/change-export.js";
import { exportFile } from "../../src/export/export-file.js";
import { observationsExport } from "../../src/export/observations-export.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { run } from "../cli/run.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

/** Rows of a DuckDB query as plain arrays (numbers as JS numbers, NULL as null). */
async function query(sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowsJS() as unknown[][];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function outDir(): string {
  return mkdtempSync(join(tmpdir(), "dt-export-"));
}

const ENTITIES = JSON.stringify(
  ["a", "b"].map((id) => ({ id, name_zh: `${id}市`, name_en: id, level: "city", province: "测试省", parent: null })),
);

/** A long corpus with large counts, a decimal amount, unknowns, a zero prior and a gap year. */
const CORPUS = [
  "entity,year,metric,value,printed_share,source",
  "a,2016,proactive_items,3000000000,,",
  "a,2017,proactive_items,3000000001,,",
  "a,2016,channel_website,0,,",
  'a,2017,channel_website,7,41.4,"网站, 7条"',
  "a,2016,request_fees,0.1,,",
  "a,2017,request_fees,0.3,,",
  "b,2016,proactive_items,—,,",
  "b,2017,proactive_items,10,,",
  "b,2019,proactive_items,12,,",
].join("\n");

async function corpusTable() {
  const root = tempDatasets({ "corpus.csv": `${CORPUS}\n`, "entities.json": ENTITIES });
  const r = await loadDatasets(join(root, "corpus.csv"));
  expect(r.problems).toEqual([]);
  return r.table;
}

describe("exportFile(path, table, format)", () => {
  it("writes observations to Parquet that DuckDB reads back with identical numbers", async () => {
    const table = await corpusTable();
    const out = join(outDir(), "obs.parquet");
    await exportFile(out, observationsExport(table), "parquet");
    const rows = await query(`SELECT entity, year, metric, value, printed_share, source FROM read_parquet('${out}')`);
    expect(rows).toEqual(table.rows().map((o) => [o.entity, o.year, o.metric, o.value, o.printed_share, o.source]));
    expect(rows[1]?.[3]).toBe(3000000001);
    expect(rows[5]?.[3]).toBe(0.3);
    expect(rows[6]?.[3]).toBeNull();
  });

  it("writes year over year to Parquet with every growth equal to yoy()'s, nulls kept null", async () => {
    const table = await corpusTable();
    const result = yoy(table);
    const out = join(outDir(), "yoy.parquet");
    await exportFile(out, changeExport(result), "parquet");
    const rows = await query(
      `SELECT entity, metric, from_year, to_year, from_value, to_value, change, change_pct FROM read_parquet('${out}')`,
    );
    expect(rows).toEqual(
      result.rows().map((r) => [r.entity, r.metric, r.from_year, r.to_year, r.from_value, r.to_value, r.change, r.change_pct]),
    );
    const big = rows.find((r) => r[0] === "a" && r[1] === "proactive_items" && r[3] === 2017);
    expect(big?.[6]).toBe(1);
    expect(big?.[7]).toBe((1 / 3000000000) * 100);
    // 0 → 7: the change is known, the percent change is not (growth from 0 is undefined).
    expect(rows.find((r) => r[1] === "channel_website" && r[3] === 2017)?.slice(6)).toEqual([7, null]);
  });

  it("writes CSV that DuckDB reads back exactly, quoting text with commas", async () => {
    const table = await corpusTable();
    const out = join(outDir(), "obs.csv");
    await exportFile(out, observationsExport(table), "csv");
    expect(readFileSync(out, "utf8")).toContain('"网站, 7条"');
    const rows = await query(`SELECT value, source FROM read_csv('${out}', nullstr = '') WHERE metric = 'request_fees'`);
    expect(rows).toEqual([
      [0.1, null],
      [0.3, null],
    ]);
  });

  it("leaves no file, and no temporary file, when the write fails", async () => {
    const table = await corpusTable();
    const dir = outDir();
    const target = join(dir, "taken.parquet");
    mkdirSync(target);
    await expect(exportFile(target, observationsExport(table), "parquet")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["taken.parquet"]);
  });
});

describe("disclosure-trends export <path> --what … --out …", () => {
  it("writes yoy and shares in one run and reports the rows written", async () => {
    const root = tempDatasets({ "corpus.csv": `${CORPUS}\n`, "entities.json": ENTITIES });
    const dir = outDir();
    const r = await run(
      "export",
      join(root, "corpus.csv"),
      "--what",
      "yoy",
      "shares",
      "--out",
      join(dir, "yoy.csv"),
      join(dir, "shares.parquet"),
      "--group",
      "proactive_channels",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/已写入 .*yoy\.csv：yoy \d+ 行/);
    const shares = await query(
      `SELECT entity, year, metric, value, whole_value, share_of_whole FROM read_parquet('${join(dir, "shares.parquet")}') WHERE value IS NOT NULL`,
    );
    expect(shares).toContainEqual(["a", 2017, "channel_website", 7, 3000000001, (7 / 3000000001) * 100]);
  });

  it("refuses --what and --out lists of different lengths with a usage error, writing nothing", async () => {
    const dir = outDir();
    const r = await run("export", "datasets/jiamusi", "--what", "yoy", "shares", "--out", join(dir, "yoy.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("每种输出给一个文件");
    expect(existsSync(join(dir, "yoy.csv"))).toBe(false);
  });

  it("refuses an output without a known extension", async () => {
    const r = await run("export", "datasets/jiamusi", "--what", "yoy", "--out", join(outDir(), "yoy.docx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("请把文件命名为 .csv、.parquet 或 .xlsx");
  });
});
