/**
 * CSV exports on several threads. The outputs (observations, year over year, shares, audit) become
 * tasks that idle threads take, heaviest first; a table of many rows has each output cut into one part
 * per thread (consecutive rows, walk positions or reports: see export-part.ts), a smaller one gives each
 * output to one thread whole, since each thread pays once for what a task needs before its first row
 * (indexes, series order, compiled code). Every thread reads the same shared table. Parts are joined
 * in order into a temporary file beside the target that is renamed over it: the result is byte for
 * byte what one thread writes, and a failure leaves no output and no part behind.
 *
 * Threads are started before the table is loaded, so they ready themselves while the main thread reads.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { ObservationTable } from "../core/observation-table.js";
import { shareTable } from "../core/shared-table.js";
import type { ExportKind } from "./export-kind.js";
import type { ExportTask, FromThread, ToThread } from "./export-worker.js";
import { tempPathBeside } from "./temp-path.js";

export interface CsvOutput {
  kind: ExportKind;
  path: string;
  /** Shares of this breakdown group only. */
  group?: string;
}

export interface OutputResult {
  rows: number;
  /** Null growths for a missing or zero prior figure (year over year only; 0 otherwise). */
  gaps: number;
}

/** Tables of at least this many rows have each output cut into parts; smaller ones share out whole outputs. */
export const SPLIT_MIN_ROWS = 1_000_000;

/** Rough cost of a row of each output, relative to year over year: the heaviest tasks are handed out first. */
const COST: Record<ExportKind, number> = { audit: 1.3, yoy: 1, shares: 0.8, observations: 0.6 };

export class ExportThreads {
  private readonly workers: Worker[];
  private used = false;

  constructor(readonly count: number) {
    // From dist/, up one and into export/: the same file whether this code runs as compiled
    // (dist/export/) or from the bundled CLI (dist/bin/, see scripts/build.mjs).
    const script = new URL("../export/export-worker.js", import.meta.url);
    this.workers = Array.from({ length: count }, () => new Worker(script));
  }

  /**
   * Writes every output from `table`; `onProgress` gets the fraction of all tasks done. Resolves with
   * each output's rows, in the order given. The threads are stopped at the end, whatever happened.
   */
  async run(
    table: ObservationTable,
    outputs: readonly CsvOutput[],
    onProgress?: (fraction: number) => void,
    /** Parts per output (default: one per thread from SPLIT_MIN_ROWS rows, else 1). */
    parts = table.length >= SPLIT_MIN_ROWS ? this.count : 1,
  ): Promise<OutputResult[]> {
    if (this.used) throw new Error("ExportThreads.run can be called once");
    this.used = true;
    // Named once: a temporary name carries the time it was made.
    const partPaths = outputs.map((o) => Array.from({ length: parts }, (_, p) => tempPathBeside(o.path, `.part${p}`)));
    const tasks: ExportTask[] = outputs
      .flatMap((o, k) =>
        (partPaths[k] as string[]).map((path, p) => ({ output: k, kind: o.kind, group: o.group, part: { index: p, count: parts }, path })),
      )
      .sort((a, b) => COST[b.kind] - COST[a.kind] || a.output - b.output || a.part.index - b.part.index);
    const results: OutputResult[] = outputs.map(() => ({ rows: 0, gaps: 0 }));
    const fractions = new Float64Array(tasks.length);
    const report = () => onProgress?.(fractions.reduce((s, f) => s + f, 0) / fractions.length);
    const shared = shareTable(table);
    let next = 0;
    try {
      await Promise.all(
        this.workers.map(
          (worker, w) =>
            new Promise<void>((resolve, reject) => {
              let current = -1;
              const give = () => {
                if (next >= tasks.length) {
                  current = -1;
                  resolve();
                  return;
                }
                current = next++;
                worker.postMessage({ type: "task", task: tasks[current] as ExportTask } satisfies ToThread);
              };
              worker.on("message", (m: FromThread) => {
                if (m.type === "progress") {
                  fractions[current] = m.fraction;
                  report();
                } else if (m.type === "done") {
                  const r = results[(tasks[current] as ExportTask).output] as OutputResult;
                  r.rows += m.rows;
                  r.gaps += m.gaps;
                  fractions[current] = 1;
                  report();
                  give();
                } else {
                  const err = new Error(`export thread ${w + 1} of ${this.count} failed: ${m.message}`);
                  err.stack = m.stack;
                  reject(err);
                }
              });
              worker.once("error", reject);
              worker.once("exit", (code) => {
                if (current >= 0)
                  reject(new Error(`export thread ${w + 1} of ${this.count} stopped (exit code ${code}) before it finished`));
              });
              worker.postMessage({ type: "table", table: shared } satisfies ToThread);
              give();
            }),
        ),
      );
      outputs.forEach((o, k) => {
        joinParts(o.path, partPaths[k] as string[]);
      });
      return results;
    } finally {
      await this.close();
      for (const path of partPaths.flat()) rmSync(path, { force: true });
    }
  }

  /** Stops the threads (when the table turned out too small to share the work, say). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Appends parts 1… to part 0 and renames it over the target. */
function joinParts(target: string, parts: readonly string[]): void {
  const first = parts[0] as string;
  if (parts.length > 1) {
    const fd = openSync(first, "a");
    try {
      const buf = Buffer.allocUnsafe(1 << 22);
      for (const part of parts.slice(1)) {
        const src = openSync(part, "r");
        try {
          for (let n = readSync(src, buf, 0, buf.length, null); n > 0; n = readSync(src, buf, 0, buf.length, null)) {
            let off = 0;
            while (off < n) off += writeSync(fd, buf, off, n - off);
          }
        } finally {
          closeSync(src);
        }
      }
    } finally {
      closeSync(fd);
    }
  }
  renameSync(first, target);
}
