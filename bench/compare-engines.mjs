#!/usr/bin/env node
// Engine comparison: the same workload — read a long CSV, year over year per body × metric, and the
// shares of the proactive channels in the channels' sum and in the declared total — through
//   toolkit   the CLI as an analyst runs it: `export corpus.csv --what yoy shares` (load, validate, compute, write CSV)
//   toolkit+  the same plus the report audit (`--what yoy shares audit`): the full pipeline
//   duckdb    DuckDB SQL (read_csv, lag() over (partition by entity, metric order by year)) in its own process
//   pandas    when python3 has pandas (else a note)
// Runs are interleaved, each in a fresh process; prints the median wall time, the peak memory and the
// ratio to DuckDB, then checks that toolkit and DuckDB wrote identical numbers on every row (DuckDB
// joins both outputs and counts mismatches). Also times the one-city `compare` an analyst types.
// Uses dist/: run `npm run build` first. Writes only into a temporary folder.
//
//   node bench/compare-engines.mjs [--sizes one-city,200k,5m] [--runs 3] [--with-50m] [--keep DIR]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateCorpus } from "./generate-corpus.mjs";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "one-city,200k,5m" },
    runs: { type: "string", default: "3" },
    "with-50m": { type: "boolean", default: false },
    keep: { type: "string" },
  },
});

const SIZES = {
  "one-city": { entities: 1, years: 10, metrics: 20 },
  "200k": { entities: 1000, years: 10, metrics: 20 },
  "5m": { entities: 10000, years: 10, metrics: 50 },
  "50m": { entities: 100000, years: 10, metrics: 50 },
};
// Case aside: 5M and 5m are the same size.
const sizes = values.sizes.toLowerCase().split(",").filter(Boolean);
if (values["with-50m"] && !sizes.includes("50m")) sizes.push("50m");
const runs = Math.max(1, Number(values.runs));
const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const duckdbScript = fileURLToPath(new URL("./duckdb-workload.mjs", import.meta.url));
const jiamusi = fileURLToPath(new URL("../datasets/jiamusi", import.meta.url));
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const hasPandas = spawnSync("python3", ["-c", "import pandas"], { stdio: "ignore" }).status === 0;
const root = values.keep ?? mkdtempSync(join(tmpdir(), "dt-engines-"));

/** Runs a command in its own process: wall seconds and peak resident memory in MB. */
function measure(cmd, args, env = {}) {
  const wrapped = timeBin ? [timeBin, ["-v", cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(wrapped[0], wrapped[1], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, peakMB: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const PANDAS = `
import sys, pandas as pd
corpus, out = sys.argv[1], sys.argv[2]
obs = pd.read_csv(corpus, na_values=["—", "-"], keep_default_na=False, dtype={"entity": str, "metric": str})
obs["value"] = pd.to_numeric(obs["value"]).astype("float64")
obs = obs.sort_values(["entity", "metric", "year"], kind="stable")
g = obs.groupby(["entity", "metric"], sort=False)
prev_year, prev_value = g["year"].shift(1), g["value"].shift(1)
from_value = prev_value.where(prev_year == obs["year"] - 1)
yoy = pd.DataFrame({"entity": obs["entity"], "metric": obs["metric"], "from_year": obs["year"] - 1, "to_year": obs["year"],
                    "from_value": from_value, "to_value": obs["value"], "change": obs["value"] - from_value})
yoy["change_pct"] = (yoy["change"] / yoy["from_value"] * 100).where(yoy["from_value"] != 0)
yoy.to_csv(out + "/yoy.csv", index=False)
ch = ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"]
parts = obs[obs["metric"].isin(ch)]
wide = parts.pivot(index=["entity", "year"], columns="metric", values="value").reindex(columns=ch)
reports = obs[["entity", "year"]].drop_duplicates().set_index(["entity", "year"])
wide = reports.join(wide)
parts_sum = wide.sum(axis=1, min_count=len(ch)).where(wide.notna().all(axis=1))
whole = obs[obs["metric"] == "proactive_items"].set_index(["entity", "year"])["value"].reindex(wide.index)
long = wide.stack(dropna=False).rename("value").reset_index()
long["parts_sum"] = parts_sum.reindex(pd.MultiIndex.from_frame(long[["entity", "year"]])).values
long["whole_value"] = whole.reindex(pd.MultiIndex.from_frame(long[["entity", "year"]])).values
long["share_of_parts"] = (long["value"] / long["parts_sum"] * 100).where(long["parts_sum"] > 0)
long["share_of_whole"] = (long["value"] / long["whole_value"] * 100).where(long["whole_value"] > 0)
stated = wide.notna().sum(axis=1).reindex(pd.MultiIndex.from_frame(long[["entity", "year"]])).values
long = long[(stated > 0) & ((long["parts_sum"] > 0) | (long["whole_value"] > 0))]
long.to_csv(out + "/shares.csv", index=False)
`;

/** The engines for one corpus: name → a function running the workload once, writing into `out`. */
function engines(corpus, dir) {
  const outOf = (name) => {
    const out = join(dir, name);
    mkdirSync(out, { recursive: true });
    return out;
  };
  const list = {
    toolkit: () => {
      const out = outOf("toolkit");
      const args = [cli, "export", corpus, "--what", "yoy", "shares", "--out", join(out, "yoy.csv"), join(out, "shares.csv")];
      return measure(process.execPath, [...args, "--group", "proactive_channels"]);
    },
    "toolkit+audit": () => {
      const out = outOf("toolkit-full");
      const files = ["yoy.csv", "shares.csv", "audit.csv"].map((f) => join(out, f));
      return measure(process.execPath, [
        cli,
        "export",
        corpus,
        "--what",
        "yoy",
        "shares",
        "audit",
        "--out",
        ...files,
        "--group",
        "proactive_channels",
      ]);
    },
    duckdb: () => measure(process.execPath, [duckdbScript, corpus, outOf("duckdb")]),
  };
  if (hasPandas) list.pandas = () => measure("python3", ["-c", PANDAS, corpus, outOf("pandas")]);
  return list;
}

/** Rows of each output and mismatching rows against DuckDB's, by exact comparison of every number. */
async function compareOutputs(dir, engine) {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  const csv = (name, file) => `read_csv('${join(dir, name, file)}', header = true, nullstr = '', all_varchar = true)`;
  const count = async (sql) => Number((await db.runAndReadAll(sql)).getRowsJS()[0][0]);
  const yoyKey = ["entity", "metric", "to_year"];
  const yoyNums = ["from_year", "from_value", "to_value", "change", "change_pct"];
  const shareKey = ["entity", "year", "metric"];
  const shareNums = ["value", "parts_sum", "whole_value", "share_of_parts", "share_of_whole"];
  const check = async (file, key, nums) => {
    const a = csv(engine, file);
    const b = csv("duckdb", file);
    const rows = [await count(`SELECT count(*) FROM ${a}`), await count(`SELECT count(*) FROM ${b}`)];
    const on = key.map((k) => `a.${k} = b.${k}`).join(" AND ");
    const differs = nums.map((n) => `CAST(a.${n} AS DOUBLE) IS DISTINCT FROM CAST(b.${n} AS DOUBLE)`).join(" OR ");
    const mismatches = await count(
      `SELECT count(*) FROM ${a} a FULL OUTER JOIN ${b} b ON ${on} WHERE a.${key[0]} IS NULL OR b.${key[0]} IS NULL OR ${differs}`,
    );
    return { rows, mismatches };
  };
  const result = { yoy: await check("yoy.csv", yoyKey, yoyNums), shares: await check("shares.csv", shareKey, shareNums) };
  db.closeSync();
  instance.closeSync();
  return result;
}

console.log(
  `compare-engines: ${runs} interleaved run(s) per engine, median shown; ${new Date().toISOString().slice(0, 10)}, node ${process.version}`,
);
if (!hasPandas) console.log("pandas: not installed for python3 here; skipped");
if (!timeBin) console.log("peak memory: /usr/bin/time not found; not measured");

// The analyst's one-city question, end to end, as typed.
{
  const times = [];
  const peaks = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    const m = measure(process.execPath, [cli, "compare", jiamusi, "--from", "2016", "--to", "2017", "--quiet"]);
    times.push(m.seconds);
    peaks.push(m.peakMB);
  }
  console.log(
    `\none-city compare (datasets/jiamusi 2016 → 2017): ${median(times).toFixed(3)} s (runs ${Math.min(...times).toFixed(3)}–${Math.max(...times).toFixed(3)}), ${median(peaks).toFixed(0)} MB (target ≤ 0.25 s)`,
  );
}

// "runs": the lowest and highest of the per-run ratios. Each run times every engine back to back, so a
// run's ratio is little moved by the machine's drift, which moves the absolute times of one engine by 10 %.
console.log("\nsize      rows        engine          wall s   peak MB   × DuckDB   runs         check");
for (const size of sizes) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}: one of ${Object.keys(SIZES).join(", ")}`);
  const dir = join(root, size);
  const gen = await generateCorpus({ ...spec, out: join(dir, "corpus") });
  const mb = statSync(gen.path).size / 1048576;
  const list = engines(gen.path, dir);
  // The 50M corpus runs once: it takes minutes per engine.
  const n = size === "50m" ? 1 : runs;
  const results = Object.fromEntries(Object.keys(list).map((k) => [k, []]));
  // A run that fails (out of memory, say) is reported as failed, and the other engines still run.
  const failed = {};
  for (let r = 0; r < n; r++) {
    for (const [name, run] of Object.entries(list)) {
      if (failed[name]) continue;
      try {
        results[name].push(run());
      } catch (err) {
        // The command's own last words and how it ended, not /usr/bin/time's resource table.
        const lines = String(err.message).split("\n").filter(Boolean);
        const timed = lines.findIndex((l) => l.includes("Command being timed"));
        const own = (timed < 0 ? lines : lines.slice(0, timed)).slice(-3);
        const signal = lines.filter((l) => l.includes("terminated by signal"));
        failed[name] = [...own, ...signal].join(" | ");
      }
    }
  }
  const duck = median(results.duckdb.map((m) => m.seconds));
  for (const [name, ms] of Object.entries(results)) {
    if (failed[name]) {
      console.log(`${size.padEnd(9)} ${gen.rows.toLocaleString("en").padStart(10)}  ${name.padEnd(14)}  FAILED: ${failed[name]}`);
      continue;
    }
    const wall = median(ms.map((m) => m.seconds));
    const peak = median(ms.map((m) => m.peakMB));
    const ratios = ms.map((m, r) => m.seconds / (results.duckdb[r]?.seconds ?? Number.NaN));
    const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
    let check = "reference";
    if (name !== "duckdb") {
      const c = await compareOutputs(dir, name === "toolkit+audit" ? "toolkit-full" : name);
      const ok =
        c.yoy.mismatches === 0 && c.shares.mismatches === 0 && c.yoy.rows[0] === c.yoy.rows[1] && c.shares.rows[0] === c.shares.rows[1];
      check = `${ok ? "identical" : "DIFFERENT"} (yoy ${c.yoy.rows[0]} rows, ${c.yoy.mismatches} mismatches; shares ${c.shares.rows[0]} rows, ${c.shares.mismatches} mismatches)`;
    }
    console.log(
      `${size.padEnd(9)} ${gen.rows.toLocaleString("en").padStart(10)}  ${name.padEnd(14)} ${wall.toFixed(2).padStart(7)} ${peak.toFixed(0).padStart(9)} ${(wall / duck).toFixed(2).padStart(9)}   ${spread.padEnd(11)}  ${check}`,
    );
  }
  console.log(`${"".padEnd(9)} (${mb.toFixed(1)} MB of CSV)`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
if (!values.keep) rmSync(root, { recursive: true, force: true });
