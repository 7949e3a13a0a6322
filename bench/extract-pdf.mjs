#!/usr/bin/env node
// How long `extract` of a PDF takes as the user runs it: the built CLI (dist/cli/main.js) started
// afresh N times, output thrown away. Prints the median, least and most of the wall time and of the
// processor time (user + system, the process and its children), which a machine shared with other
// work disturbs less than the wall time. Run `npm run build` first.
//
//   node bench/extract-pdf.mjs [--runs 15] [--file ../shared/reports/pdf/huaian-shi-2024.pdf] [-- extra CLI args]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    file: { type: "string", default: "../shared/reports/pdf/huaian-shi-2024.pdf" },
    node: { type: "string", default: process.execPath },
  },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: expected a whole number of runs, 1 or more; found "${values.runs}"`);
  process.exit(1);
}
const cli = new URL("../dist/cli/main.js", import.meta.url).pathname;
const root = new URL("..", import.meta.url).pathname;

/** One run of the CLI: its wall time and the processor time its process used, in seconds. */
function runOnce() {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(values.node, [cli, "extract", values.file, ...positionals], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`extract exited with ${code}: ${stderr.trim()}`));
      else resolve(wall);
    });
  });
}

/** Processor time (user + system) of this process's waited-for children so far, in seconds. */
function childrenCpu() {
  // Node tells only its own usage; the reaped children's totals are cutime and cstime in
  // /proc/self/stat (fields 16 and 17, in clock ticks of 1/100 s), so this runs on Linux only.
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const walls = [];
const cpus = [];
for (let i = 0; i < runs; i++) {
  const before = childrenCpu();
  walls.push(await runOnce());
  cpus.push(childrenCpu() - before);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const line = (name, xs) =>
  `${name.padEnd(5)} median ${median(xs).toFixed(3)} s   least ${Math.min(...xs).toFixed(3)} s   most ${Math.max(...xs).toFixed(3)} s`;
console.log(`extract ${values.file}: ${runs} runs`);
console.log(line("wall", walls));
console.log(line("cpu", cpus));
