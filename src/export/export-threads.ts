/**
 * CSV exports on several threads. The outputs (observations, year over year, shares, audit) become
 * tasks that idle threads take, heaviest first; a table of many rows has each output cut into one part
 * per thread (consecutive rows, walk positions or reports: see export-part.ts), a smaller one gives each
 * output to one thread whole, since each thread pays once for what a task needs before its first row
 * (compiled code, mostly). Every thread reads the same shared table, and the same series order, derived
 * subtotals and value index, each made once by the main thread (see NEEDS). Parts are joined
 * in order into a temporary file beside the target that is renamed over it: the result is byte for
 * byte what one thread writes, and a failure leaves no output and no part behind.
 *
 * Threads are started before the table is loaded, so they ready themselves while the main thread reads.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { seriesOrder } from "../compute/series-order.js";
import { ValueIndex } from "../compute/value-index.js";
import type { ObservationTable } from "../core/observation-table.js";
import { shareTable } from "../core/shared-table.js";
import { tempPathBeside } from "../io/temp-files.js";
import type { ExportKind } from "./export-kind.js";
import type { ExportTask, FromThread, ToThread } from "./export-worker.js";

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

/** Rough cost of a row of each output, relative to year over year: whole outputs go out heaviest first. */
const COST: Record<ExportKind, number> = { audit: 1.3, yoy: 1, shares: 0.8, observations: 0.6 };

/**
 * The order parts go out in: as what they need is made (see NEEDS), the series order first (one sort),
 * then the value index, which the main thread builds while the threads write year over year.
 */
const PART_ORDER: Record<ExportKind, number> = { yoy: 0, observations: 1, shares: 2, audit: 3 };

/**
 * What a task needs made from the whole table before its first row: year over year the series order
 * (8 bytes a row while sorting), shares and the audit the derived subtotals and their value index
 * (8–16 bytes a row). The main thread makes each once, on shared memory, and hands it to every thread,
 * instead of every thread making its own: at 50M rows on two threads that is over a gigabyte less.
 * The threads start on tasks whose needs are met while the main thread makes the next one.
 */
type Need = "order" | "index";
const NEEDS: Record<ExportKind, Need | null> = { yoy: "order", observations: null, shares: "index", audit: "index" };

export class ExportThreads {
  private readonly workers: Worker[];
  private used = false;

  constructor(readonly count: number) {
    // Beside this module: dist/export/ when compiled, dist/bin/ in the bundled CLI (scripts/build.mjs).
    const script = new URL("./export-worker.js", import.meta.url);
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
      .sort((a, b) =>
        parts > 1
          ? PART_ORDER[a.kind] - PART_ORDER[b.kind] || a.output - b.output || a.part.index - b.part.index
          : COST[b.kind] - COST[a.kind] || a.output - b.output,
      );
    const results: OutputResult[] = outputs.map(() => ({ rows: 0, gaps: 0 }));
    const fractions = new Float64Array(tasks.length);
    const report = () => onProgress?.(fractions.reduce((s, f) => s + f, 0) / fractions.length);
    const shared = shareTable(table);
    // Tasks not yet handed out, by position in `tasks`; a task waits until what it needs is made.
    const queue = tasks.map((_, t) => t);
    const made = new Set<Need>();
    const canRun = (t: number) => {
      const need = NEEDS[(tasks[t] as ExportTask).kind];
      return need === null || made.has(need);
    };
    const parked: (() => void)[] = [];
    // Once the last year-over-year task is handed out, the threads let go of the series order (4 bytes a
    // row), so it is freed when that task ends rather than held through shares and the audit.
    let orderHeld = false;
    const releaseOrder = () => {
      if (!orderHeld || queue.some((t) => NEEDS[(tasks[t] as ExportTask).kind] === "order")) return;
      orderHeld = false;
      for (const worker of this.workers) worker.postMessage({ type: "order", order: null } satisfies ToThread);
    };
    const finished = Promise.all(
      this.workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            let finishedHere = false;
            const give = () => {
              current = -1;
              if (queue.length === 0) {
                finishedHere = true;
                resolve();
                return;
              }
              const at = queue.findIndex(canRun);
              if (at < 0) {
                parked.push(give);
                return;
              }
              current = queue.splice(at, 1)[0] as number;
              worker.postMessage({ type: "task", task: tasks[current] as ExportTask } satisfies ToThread);
              releaseOrder();
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
              // Working or waiting for work: either way its tasks would never be done.
              if (!finishedHere)
                reject(new Error(`export thread ${w + 1} of ${this.count} stopped (exit code ${code}) before it finished`));
            });
            worker.postMessage({ type: "table", table: shared } satisfies ToThread);
            give();
          }),
      ),
    );
    // Marked handled here: if making what tasks need throws, the threads are stopped and their promises
    // reject with nobody left to await them.
    finished.catch(() => undefined);
    const makers: [Need, () => ToThread][] = [
      ["order", () => ({ type: "order", order: seriesOrder(table, { shared: true }) })],
      [
        "index",
        () => {
          const full = deriveSubtotals(table, { shared: true });
          const index = ValueIndex.of(full, { shared: true }).parts;
          return { type: "derived", full: full === table ? null : shareTable(full), index };
        },
      ],
    ];
    try {
      for (const [need, make] of makers) {
        if (!tasks.some((t) => NEEDS[t.kind] === need)) continue;
        const message = make();
        for (const worker of this.workers) worker.postMessage(message);
        made.add(need);
        if (need === "order") orderHeld = true;
        for (const give of parked.splice(0)) give();
      }
      await finished;
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
