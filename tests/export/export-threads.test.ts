import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { type ExportKind, exportTableOf } from "../../src/export/export-kind.js";
import { partRange } from "../../src/export/export-part.js";
import { writeCsvFile } from "../../src/export/write-csv-file.js";
import { loadDatasets } from "../../src/io/load-datasets.js";

const KINDS: ExportKind[] = ["observations", "yoy", "shares", "audit"];

function outDir(): string {
  return mkdtempSync(join(tmpdir(), "dt-threads-"));
}

function ensureBuilt(): void {
  if (!existsSync("dist/export/export-worker.js")) execFileSync(process.execPath, ["scripts/build.mjs"]);
}

/** The built ExportThreads (threads need the compiled worker script) and the bundled datasets, loaded onto shared memory. */
async function builtThreadsAndTable() {
  ensureBuilt();
  const url = (p: string) => pathToFileURL(join(process.cwd(), p)).href;
  const { ExportThreads } = (await import(url("dist/export/export-threads.js"))) as typeof import("../../src/export/export-threads.js");
  const { loadDatasets: load } = (await import(url("dist/io/load-datasets.js"))) as typeof import("../../src/io/load-datasets.js");
  const { table } = await load("datasets", { shared: true });
  return { ExportThreads, table };
}

/** The built CLI as a real process (threads need the compiled worker script). */
function runBuilt(...args: string[]) {
  return spawnSync(process.execPath, ["dist/cli/main.js", ...args], { encoding: "utf8" });
}

describe("partRange(length, part)", () => {
  it("cuts units into consecutive, disjoint ranges that cover them all", () => {
    for (const length of [0, 1, 2, 7, 100, 101]) {
      for (const count of [1, 2, 3, 8]) {
        const ranges = Array.from({ length: count }, (_, index) => partRange(length, { index, count }));
        expect(ranges[0]?.from).toBe(0);
        expect(ranges.at(-1)?.to).toBe(length);
        for (let p = 1; p < count; p++) expect(ranges[p]?.from).toBe(ranges[p - 1]?.to);
        for (const r of ranges) expect(r.to - r.from).toBeLessThanOrEqual(Math.ceil(length / count));
      }
    }
    expect(partRange(5)).toEqual({ from: 0, to: 5 });
    expect(() => partRange(5, { index: 2, count: 2 })).toThrow(RangeError);
  });
});

describe("export parts", () => {
  // The bundled datasets: two bodies, four reports, printed shares and changes (佳木斯市 2017), both
  // layouts, applicant columns: parts cut through all of them.
  it.each(KINDS)("%s: the parts, header on the first only, concatenate to the whole file byte for byte", async (kind) => {
    const { table, problems } = await loadDatasets("datasets");
    expect(problems).toEqual([]);
    const dir = outDir();
    const whole = join(dir, "whole.csv");
    writeCsvFile(whole, exportTableOf(kind, table), { guardFormulas: true });
    const expected = readFileSync(whole, "utf8");
    expect(expected.split("\n").length).toBeGreaterThan(3);
    for (const count of [2, 3, 5]) {
      let joined = "";
      for (let index = 0; index < count; index++) {
        const path = join(dir, `part-${count}-${index}.csv`);
        writeCsvFile(path, exportTableOf(kind, table, { part: { index, count } }), { guardFormulas: true, header: index === 0 });
        joined += readFileSync(path, "utf8");
      }
      expect(joined).toBe(expected);
    }
  });

  it("a table loaded for threads has its columns on shared memory, with the same rows", async () => {
    const plain = await loadDatasets("datasets");
    const shared = await loadDatasets("datasets", { shared: true });
    expect(shared.table.value.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.table.entity.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(plain.table.value.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(shared.table.rows()).toEqual(plain.table.rows());
  });
});

describe("ExportThreads (worker threads, from dist/)", () => {
  it("cut into parts across two threads, every output is the one-thread file; no part files are left", async () => {
    const { ExportThreads, table } = await builtThreadsAndTable();
    const dir = outDir();
    const outputs = KINDS.map((kind) => ({ kind, path: join(dir, `${kind}.csv`) }));
    const fractions: number[] = [];
    const results = await new ExportThreads(2).run(table, outputs, (f) => fractions.push(f), 3);
    for (const [k, kind] of KINDS.entries()) {
      const one = join(dir, `one-${kind}.csv`);
      const rows = writeCsvFile(one, exportTableOf(kind, table), { guardFormulas: true });
      expect(readFileSync(join(dir, `${kind}.csv`), "utf8")).toBe(readFileSync(one, "utf8"));
      expect(results[k]?.rows).toBe(rows);
    }
    expect(fractions.at(-1)).toBe(1);
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("with one thread (the main thread alone) or three, the outputs are the same", async () => {
    const { ExportThreads, table } = await builtThreadsAndTable();
    const dir = outDir();
    const files = (n: number) => KINDS.map((kind) => ({ kind, path: join(dir, `${n}-${kind}.csv`) }));
    const one = await new ExportThreads(1).run(table, files(1));
    const three = await new ExportThreads(3).run(table, files(3), undefined, 2);
    expect(three).toEqual(one);
    for (const kind of KINDS)
      expect(readFileSync(join(dir, `3-${kind}.csv`), "utf8")).toBe(readFileSync(join(dir, `1-${kind}.csv`), "utf8"));
  });

  it("a thread's file error reaches the caller with its code and path, and no part is left", async () => {
    const { ExportThreads, table } = await builtThreadsAndTable();
    const dir = outDir();
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    // Both parts go under a path whose folder is a file: whichever thread takes a part fails.
    const run = new ExportThreads(2).run(table, [{ kind: "yoy", path: join(file, "yoy.csv") }], undefined, 2);
    await expect(run).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });

  it("`export --threads 2` writes what `--threads 1` writes; a bad output path is an error, with nothing left behind", () => {
    ensureBuilt();
    const dir = outDir();
    const kinds = ["observations", "yoy", "shares", "audit"];
    const cli = (threads: string, names: string[]) =>
      runBuilt("export", "datasets", "--what", ...kinds, "--out", ...names, "--threads", threads);
    const two = kinds.map((k) => join(dir, `two-${k}.csv`));
    const one = kinds.map((k) => join(dir, `one-${k}.csv`));
    expect(cli("2", two).status).toBe(0);
    expect(cli("1", one).status).toBe(0);
    for (let k = 0; k < kinds.length; k++) expect(readFileSync(two[k] as string, "utf8")).toBe(readFileSync(one[k] as string, "utf8"));

    // An output that is a folder: a plain error naming it, exit 3 (input/output), and no temporary file beside it.
    const folder = join(dir, "folder.csv");
    mkdirSync(folder);
    const bad = cli("2", [folder, ...two.slice(1)]);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain(`无法写入 ${folder}：`);
    expect(bad.stderr).toContain("EISDIR");
    expect(bad.stderr).not.toContain("    at ");
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);

    // A folder the system will not make although its parent is there (/proc): said, not retried for ever.
    if (existsSync("/proc/self")) {
      for (const threads of ["1", "2"]) {
        const args = [
          "dist/cli/main.js",
          "export",
          "datasets",
          "--what",
          "yoy",
          "--out",
          "/proc/no-such-folder/yoy.csv",
          "--threads",
          threads,
        ];
        const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
        expect(r.status, `${threads} thread(s): ${r.stderr}`).toBe(3);
        expect(r.stderr).toContain("无法写入 /proc/no-such-folder");
        expect(r.stderr).toContain("ENOENT");
      }
    }
  });

  it("a long corpus big enough for threads and for reading from both ends gives the one-thread files", () => {
    ensureBuilt();
    const dir = outDir();
    const gen = spawnSync(process.execPath, [
      "bench/generate-corpus.mjs",
      "--entities",
      "2200",
      "--years",
      "10",
      "--metrics",
      "20",
      "--out",
      dir,
    ]);
    expect(gen.status).toBe(0);
    const corpus = join(dir, "corpus.csv");
    // What makes the CLI start the export thread at once (a CSV file of at least 4 MB) and read the
    // corpus from both ends (16 MB).
    expect(statSync(corpus).size).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    const kinds = ["yoy", "shares", "audit"];
    const cli = (threads: string) =>
      runBuilt("export", corpus, "--what", ...kinds, "--out", ...kinds.map((k) => join(dir, `${threads}-${k}.csv`)), "--threads", threads);
    const two = cli("2");
    expect(two.status).toBe(0);
    expect(two.stderr).toContain("：yoy 440,000 行");
    expect(cli("1").status).toBe(0);
    for (const k of kinds) expect(readFileSync(join(dir, `2-${k}.csv`), "utf8")).toBe(readFileSync(join(dir, `1-${k}.csv`), "utf8"));
  });

  it("the export thread reads a corpus's chunks from the back when asked, and hands back their rows", async () => {
    ensureBuilt();
    const url = (p: string) => pathToFileURL(join(process.cwd(), p)).href;
    const { prepareThreadedExport } = (await import(url("dist/cli/export-thread.js"))) as typeof import("../../src/cli/export-thread.js");
    const { ChunkClaims, CorpusChunks, FRONT } = (await import(
      url("dist/io/corpus-chunks.js")
    )) as typeof import("../../src/io/corpus-chunks.js");
    const dir = outDir();
    const lines = ["entity,year,metric,value"];
    for (let y = 2000; y < 2100; y++) for (const m of ["proactive_items", "channel_website"]) lines.push(`jiamusi,${y},${m},${y}`);
    const corpus = join(dir, "corpus.csv");
    writeFileSync(corpus, `${lines.join("\n")}\n`);
    const count = new CorpusChunks(corpus, 512).count;
    const claims = ChunkClaims.create(count);
    claims.claim(0, FRONT);
    const threaded = prepareThreadedExport({ io: { stdout: () => true, stderr: () => true, isTTY: false }, exitCode: 0 }, 2);
    try {
      const result = await threaded.readBack({
        path: corpus,
        file: corpus,
        knownEntities: ["jiamusi"],
        claims: claims.memory,
        chunkBytes: 512,
      });
      expect(result.ok).toBe(true);
      // Every chunk but the first, which this thread claimed: from the last one backwards.
      expect(result.chunks.map((c) => c.chunk)).toEqual(Array.from({ length: count - 1 }, (_, k) => count - 1 - k));
      const rows = result.chunks.reduce((n, c) => n + c.to - c.from, 0);
      expect(rows).toBe(result.table?.length);
      expect(rows).toBeGreaterThan(150);
    } finally {
      await threaded.cancel();
    }
  });

  it("on threads, problems in the datasets are printed as on one thread, with exit code 1 and no output", () => {
    ensureBuilt();
    const dir = outDir();
    const data = join(dir, "datasets");
    cpSync("datasets/jiamusi", join(data, "jiamusi"), { recursive: true });
    const file = join(data, "jiamusi", "2017.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("proactive_items,89370,", "proactive_items,12万,"));
    const run = (threads: string) =>
      runBuilt("export", data, "--what", "yoy", "--out", join(dir, `yoy-${threads}.csv`), "--threads", threads);
    const [two, one] = [run("2"), run("1")];
    expect(two.status).toBe(1);
    expect(two.stderr).toContain("E_UNIT_IN_VALUE");
    expect(two.stderr).toBe(one.stderr);
    expect(existsSync(join(dir, "yoy-2.csv"))).toBe(false);
  });

  it("--threads and --group are checked before anything is read", () => {
    const r = runBuilt("export", "datasets", "--what", "shares", "--out", "x.csv", "--threads", "0");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("无效的 --threads「0」");
    const g = runBuilt("export", "datasets", "--what", "shares", "--out", "x.csv", "--group", "proactive_chanels");
    expect(g.status).toBe(2);
    expect(g.stderr).toContain("未知的 --group「proactive_chanels」；是否想用 proactive_channels");
    expect(existsSync("x.csv")).toBe(false);
  });
});
