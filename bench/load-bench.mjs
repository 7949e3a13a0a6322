#!/usr/bin/env node
// Loader benchmark: generates a long dataset (≥ 1M rows by default), then measures load + validate
// into the columnar table, and load + validate + Danfo DataFrame, each in a fresh process so that peak
// memory is that step's own. Prints rows/s and peak RSS. Run `npm run build` first (it uses dist/).
//
//   node bench/load-bench.mjs [--entities 5000 --years 10 --metrics 20] [--keep DIR]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./generate-corpus.mjs";

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "5000" },
    years: { type: "string", default: "10" },
    metrics: { type: "string", default: "20" },
    keep: { type: "string" },
    step: { type: "string" },
    path: { type: "string" },
  },
});

if (values.step) {
  // Child process: one measured step.
  const t0 = performance.now();
  const { loadDatasets } = await import("../dist/io/load-datasets.js");
  const r = await loadDatasets(values.path);
  if (r.problems.length) throw new Error(`unexpected problems: ${r.problems[0].message}`);
  let rows = r.table.length;
  if (values.step === "danfo") {
    const { toFrame } = await import("../dist/frame/to-frame.js");
    rows = toFrame(r.table).shape[0];
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ rows, seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), "dt-bench-"));
const gen0 = performance.now();
const corpus = await generateCorpus({
  entities: Number(values.entities),
  years: Number(values.years),
  metrics: Number(values.metrics),
  out: dir,
});
const mb = statSync(corpus.path).size / 1048576;
console.log(
  `generated ${corpus.rows.toLocaleString("en")} rows (${mb.toFixed(1)} MB) in ${((performance.now() - gen0) / 1000).toFixed(1)} s`,
);
console.log("");
console.log("step                               rows      seconds   rows/s      peak MB");
for (const step of ["table", "danfo"]) {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=16384", new URL(import.meta.url).pathname, "--step", step, "--path", corpus.path],
    { encoding: "utf8" },
  );
  const r = JSON.parse(out.trim().split("\n").pop());
  const label = step === "table" ? "load + validate → typed columns" : "load + validate → Danfo DataFrame";
  console.log(
    `${label.padEnd(34)} ${String(r.rows).padStart(9)} ${r.seconds.toFixed(2).padStart(9)} ${Math.round(r.rows / r.seconds)
      .toLocaleString("en")
      .padStart(10)} ${r.peakMB.toFixed(0).padStart(10)}`,
  );
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });
