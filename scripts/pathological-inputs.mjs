#!/usr/bin/env node
// Hostile dataset files, and how the CLI answers them: each file is written into a temporary body
// folder (beside an entity.json, as `<body>/2020.csv`), `validate <file> --format json` runs on it in a
// fresh process, and the table gives the wall time, the peak resident memory and the bytes printed.
// Target: every file answered in at most 5 s and 500 MB, with output of bounded size.
//
// Peak memory comes from the child itself (process.resourceUsage().maxRSS, read as it exits, through a
// --require preload), so no /usr/bin/time is needed.
// Uses dist/: run `npm run build` first. Writes only into a temporary folder, removed at the end.
//
//   node scripts/pathological-inputs.mjs [--mb 50] [--only name,name] [--cli path/to/main.js] [--timeout 120]
// A run stopped at the timeout shows SIGTERM as its exit.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const MB = 1024 * 1024;

/**
 * The files: name → what it holds, and a writer that streams `size` bytes of it (in blocks, so the
 * script itself needs no 50 MB string).
 */
export const PATHOLOGICAL = {
  "header-line": {
    what: "a one-line header of unknown column names, then one row",
    write: (out, n) => {
      out.repeat("colname_", n, ",");
      out.text("\nproactive_items,1\n");
    },
  },
  "long-cell": {
    what: "one value cell of digits and a trailing word (a number with a unit, as regexes see it)",
    write: (out, n) => {
      out.text("metric,value\nproactive_items,");
      out.repeat("1", n);
      out.text(" 条 x\n");
    },
  },
  "long-metric-id": {
    what: "one unknown metric id: a known id repeated for the whole cell",
    write: (out, n) => {
      out.text("metric,value\n");
      out.repeat("proactive_items", n);
      out.text(",1\n");
    },
  },
  "bad-value-rows": {
    what: "rows of one metric with a value that is not a number",
    write: (out, n) => {
      out.text("metric,value\n");
      out.repeat("proactive_items,abc\n", n);
    },
  },
  "unknown-metric-rows": {
    what: "rows of one unknown metric id",
    write: (out, n) => {
      out.text("metric,value\n");
      out.repeat("proactive_itemz,1\n", n);
    },
  },
  "no-newline": {
    what: "after the header, one line without a line break",
    write: (out, n) => {
      out.text("metric,value\nproactive_items,");
      out.repeat("x", n);
    },
  },
  quotes: {
    what: "nothing but double quotes (an odd number)",
    write: (out, n) => {
      out.repeat('"', n - (n % 2) + 1);
    },
  },
  "quoted-newlines": {
    what: "after the header, one quoted cell of line breaks that never closes",
    write: (out, n) => {
      out.text('metric,value\nproactive_items,"');
      out.repeat("\n", n);
    },
  },
};

/** Writes text to a file in blocks: `repeat(unit, bytes, sep)` writes units (joined by sep) until `bytes`. */
function blockWriter(path) {
  const fd = openSync(path, "w");
  return {
    text: (s) => writeSync(fd, s),
    repeat: (unit, bytes, sep = "") => {
      const one = unit + sep;
      const count = Math.max(1, Math.floor(bytes / Buffer.byteLength(one)));
      const perBlock = Math.max(1, Math.floor(MB / Buffer.byteLength(one)));
      const block = one.repeat(perBlock);
      let left = count;
      for (; left >= perBlock; left -= perBlock) writeSync(fd, left === perBlock && sep ? block.slice(0, -sep.length) : block);
      if (left > 0) writeSync(fd, one.repeat(left).slice(0, sep ? -sep.length : undefined));
    },
    close: () => closeSync(fd),
  };
}

/** Writes one pathological file of about `bytes` into a body folder under `root`; returns its path. */
export function writePathological(root, name, bytes) {
  const body = join(root, name, "jiamusi");
  mkdirSync(body, { recursive: true });
  writeFileSync(
    join(body, "entity.json"),
    JSON.stringify({
      id: "jiamusi",
      name_zh: "佳木斯市",
      name_en: "Jiamusi",
      level: "prefecture-level city",
      province: "黑龙江省",
      parent: null,
    }),
  );
  const path = join(body, "2020.csv");
  const out = blockWriter(path);
  try {
    PATHOLOGICAL[name].write(out, bytes);
  } finally {
    out.close();
  }
  return path;
}

/** Runs `validate <file> --format json` in a fresh process: seconds (wall and CPU), peak MB, bytes printed, exit code. */
export function runValidate(cliPath, file, preload, timeoutSeconds = 120) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, cliPath, "validate", file, "--format", "json"], {
    env: { ...process.env, DT_PATHOLOGICAL_RSS: `${file}.rss` },
    maxBuffer: 1 << 30,
    encoding: "buffer",
    timeout: timeoutSeconds * 1000,
  });
  const seconds = (performance.now() - t0) / 1000;
  let peakMB = Number.NaN;
  let cpuSeconds = Number.NaN;
  try {
    const [rss, cpu] = readText(`${file}.rss`).split(" ");
    peakMB = Number(rss) / 1024;
    cpuSeconds = Number(cpu) / 1e6;
  } catch {
    // The child died before it could write its peak: shown as "?".
  }
  return {
    seconds,
    cpuSeconds,
    peakMB,
    stdoutBytes: r.stdout.length,
    stderrBytes: r.stderr.length,
    status: r.status,
    signal: r.signal,
    stderr: r.stderr,
  };
}

function readText(path) {
  return readFileSync(path, "utf8").trim();
}

/** A preload that writes the process's peak resident memory (KiB) and CPU time (µs) to $DT_PATHOLOGICAL_RSS as it exits. */
export function writePreload(root) {
  const path = join(root, "peak-rss.cjs");
  writeFileSync(
    path,
    `process.on("exit", () => { const f = process.env.DT_PATHOLOGICAL_RSS; const u = process.resourceUsage(); if (f) require("node:fs").writeFileSync(f, [u.maxRSS, u.userCPUTime + u.systemCPUTime].join(" ")); });\n`,
  );
  return path;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  // Options are read only when run as a script, so the writers above can be imported by tests and tools.
  const { values } = parseArgs({
    options: {
      mb: { type: "string", default: "50" },
      only: { type: "string" },
      cli: { type: "string" },
      timeout: { type: "string", default: "120" },
    },
  });
  const size = Math.round(Number(values.mb) * MB);
  const cli = values.cli ?? fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
  const names = values.only ? values.only.split(",") : Object.keys(PATHOLOGICAL);
  const root = mkdtempSync(join(tmpdir(), "dt-pathological-"));
  try {
    const preload = writePreload(root);
    console.log(
      `pathological inputs: ${values.mb} MB each, validate --format json; ${new Date().toISOString().slice(0, 10)}, node ${process.version}`,
    );
    // CPU seconds beside the wall time: on a busy machine the wall time says more of the machine.
    console.log("file                  size MB   wall s    cpu s   peak MB   stdout bytes   stderr bytes   exit");
    for (const name of names) {
      if (!PATHOLOGICAL[name]) throw new Error(`unknown file ${name}: one of ${Object.keys(PATHOLOGICAL).join(", ")}`);
      const file = writePathological(root, name, size);
      const r = runValidate(cli, file, preload, Number(values.timeout));
      const fileMB = statSync(file).size / MB;
      const exit = r.signal ?? String(r.status);
      console.log(
        `${name.padEnd(20)} ${fileMB.toFixed(1).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${(Number.isNaN(r.cpuSeconds) ? "?" : r.cpuSeconds.toFixed(2)).padStart(8)} ${(Number.isNaN(r.peakMB) ? "?" : r.peakMB.toFixed(0)).padStart(9)} ${String(r.stdoutBytes).padStart(14)} ${String(r.stderrBytes).padStart(14)}   ${exit}`,
      );
      if (r.status !== 0 && r.status !== 1) console.log(`  ${r.stderr.toString("utf8").slice(-400).replace(/\n/g, "\n  ")}`);
      rmSync(join(root, name), { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
