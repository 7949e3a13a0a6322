/**
 * CSV exports on several threads, the calling one among them (in the CLI, the export thread of
 * cli/export-thread.ts; below, "the main thread" is the calling one). The outputs (observations, year over
 * year, shares, audit) become tasks on a shared board (task-board.ts) that each thread takes from as it
 * gets free; a table of many rows has each output cut into one part per thread (consecutive rows, walk
 * positions or reports: see export-part.ts), a smaller one gives each output to one thread whole, since
 * each thread pays once for what a task needs before its first row (compiled code, mostly). Every
 * thread reads the same shared table, and the same series order, derived subtotals and report order,
 * each made once by the main thread (see TASK_NEEDS) before it takes tasks itself. An output's parts
 * are joined in order into a temporary file beside the target that is renamed over it as soon as they
 * are all written: the result is byte for byte what one thread writes, and a failure leaves no part
 * behind (outputs finished before it stay, as when one thread writes them one by one).
 *
 * Worker threads are started before the table is loaded, so they ready themselves while the main
 * thread reads. Threads take tasks themselves rather than being handed them: the main thread, busy
 * writing, could not answer a message that asks for the next one.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { reportOrder } from "../compute/report-order.js";
import { reportRuns } from "../compute/report-runs.js";
import { seriesOrder } from "../compute/series-order.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type SharedTable, shareTable } from "../core/shared-table.js";
import { tempPathBeside } from "../io/temp-files.js";
import type { ExportKind } from "./export-kind.js";
import { type ExportTask, runBoardTask, TASK_NEEDS, type TaskResult } from "./export-task.js";
import type { FromThread, ToThread } from "./export-worker.js";
import { BoardStopped, TaskBoard } from "./task-board.js";
import { errorOfThread } from "./thread-error.js";

export interface CsvOutput {
  kind: ExportKind;
  path: string;
  /** Shares of this breakdown group only. */
  group?: string;
}

/** An output's rows, and its null growths for a missing or zero prior figure (year over year only). */
export type OutputResult = TaskResult;

/** Tables of at least this many rows have each output cut into parts; smaller ones share out whole outputs. */
export const SPLIT_MIN_ROWS = 1_000_000;

/** Rough cost of a row of each output, relative to year over year: whole outputs go out heaviest first. */
const COST: Record<ExportKind, number> = { audit: 1.3, yoy: 1, shares: 0.8, observations: 0.6 };

/**
 * The order parts go out in: as what they need is made (see TASK_NEEDS), the series order first (one
 * sort), then the derived subtotals, which the main thread makes while the threads write year over year.
 */
const PART_ORDER: Record<ExportKind, number> = { yoy: 0, observations: 1, shares: 2, audit: 3 };

export class ExportThreads {
  private readonly workers: Worker[];
  private used = false;

  /** `count` threads write: the main thread and count − 1 workers. */
  constructor(readonly count: number) {
    // Beside this module: dist/export/ when compiled, dist/bin/ in the bundled CLI (scripts/build.mjs).
    const script = new URL("./export-worker.js", import.meta.url);
    this.workers = Array.from({ length: Math.max(0, count - 1) }, () => new Worker(script));
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
    // Everything from here on inside: whatever fails, the workers are stopped (live ones would keep the
    // process from exiting) and no part is left.
    try {
      const tasks: ExportTask[] = taskOrder(
        outputs.flatMap((o, k) =>
          (partPaths[k] as string[]).map((path, p) => ({
            output: k,
            kind: o.kind,
            group: o.group,
            part: { index: p, count: parts },
            path,
          })),
        ),
        parts,
      );
      const lastOrderTask = tasks.findLastIndex((t) => TASK_NEEDS[t.kind] === "order");
      const board = TaskBoard.create(tasks.length);
      const results: OutputResult[] = outputs.map(() => ({ rows: 0, gaps: 0 }));
      const report = () => onProgress?.(board.fraction());
      // An output is joined and renamed once the board says all its parts are written, checked whenever
      // this thread is between tasks, so while other threads still write theirs (they cannot tell it by
      // message: it reads messages only when idle). Joining appends parts (gigabytes at 50M rows), and
      // renaming over an old file frees its blocks, milliseconds a megabyte on some disks.
      const joined = outputs.map(() => false);
      const joinWritten = () => {
        outputs.forEach((o, k) => {
          if (joined[k] || !tasks.every((t, i) => t.output !== k || board.written(i))) return;
          joined[k] = true;
          joinParts(o.path, partPaths[k] as string[]);
        });
      };
      const taskDone = (t: number, r: TaskResult) => {
        const sum = results[(tasks[t] as ExportTask).output] as OutputResult;
        sum.rows += r.rows;
        sum.gaps += r.gaps;
        report();
        joinWritten();
      };
      const shared = this.workers.length > 0 ? shareTable(table) : null;
      const finished = Promise.all(
        this.workers.map(
          (worker, w) =>
            new Promise<void>((resolve, reject) => {
              let finishedHere = false;
              worker.on("message", (m: FromThread) => {
                if (m.type === "progress") report();
                else if (m.type === "done") {
                  try {
                    taskDone(m.task, m);
                  } catch (err) {
                    board.stop();
                    reject(err);
                  }
                } else if (m.type === "finished") {
                  finishedHere = true;
                  resolve();
                } else reject(errorOfThread(m.error, `export thread ${w + 1} of ${this.workers.length}`));
              });
              worker.once("error", (err) => {
                board.stop();
                reject(err);
              });
              worker.once("exit", (code) => {
                // Working or waiting for work: either way its tasks would never be done.
                if (finishedHere) return;
                board.stop();
                reject(new Error(`export thread ${w + 1} of ${this.workers.length} stopped (exit code ${code}) before it finished`));
              });
              worker.postMessage({
                type: "start",
                table: shared as SharedTable,
                tasks,
                board: board.memory,
                lastOrderTask,
              } satisfies ToThread);
            }),
        ),
      );
      // Marked handled here: if the main thread's own work throws, the workers are stopped and their
      // promises reject with nobody left to await them.
      finished.catch(() => undefined);
      let order: Int32Array | undefined;
      if (tasks.some((t) => TASK_NEEDS[t.kind] === "order")) {
        order = seriesOrder(table, { shared: shared !== null });
        this.post({ type: "order", order });
      }
      if (tasks.some((t) => TASK_NEEDS[t.kind] === "derived")) {
        const full = deriveSubtotals(table, { shared: shared !== null });
        // Made here once: every shares or audit task reads the reports in this order, from these runs.
        const reports = reportOrder(full, { shared: shared !== null });
        const runs = reportRuns(full, { shared: shared !== null });
        this.post({ type: "derived", full: full === table ? null : shareTable(full), reports, runs });
      }
      // The main thread's own share of the tasks, until none is left or a worker failed.
      for (let t = board.claim(); t >= 0; t = board.claim()) {
        if (t > lastOrderTask) order = undefined;
        let result: TaskResult;
        try {
          result = runBoardTask(board, t, table, tasks[t] as ExportTask, order, report);
        } catch (err) {
          if (err instanceof BoardStopped) break;
          board.stop();
          throw err;
        }
        taskDone(t, result);
      }
      order = undefined;
      await finished;
      // Every worker said it has finished, so none writes any more: they stop while the caller goes on
      // (stopping a thread takes some 10 ms, at the end of every export).
      this.close().catch(() => undefined);
      return results;
    } catch (err) {
      // A worker may still be writing its part: stopped before the parts are removed.
      await this.close();
      for (const path of partPaths.flat()) rmSync(path, { force: true });
      throw err;
    }
  }

  private post(message: ToThread): void {
    for (const worker of this.workers) worker.postMessage(message);
  }

  private async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The order threads take tasks in. Parts: year over year first (the series order is made first, and
 * is freed once its last part is taken), then the rest, each output's parts together. Whole outputs:
 * year over year first for the same reason (a worker starts on it while the main thread derives the
 * subtotals), then the heaviest first, so that the last one to finish is a light one.
 */
function taskOrder(tasks: ExportTask[], parts: number): ExportTask[] {
  const needsOrder = (t: ExportTask) => (TASK_NEEDS[t.kind] === "order" ? 0 : 1);
  return tasks.sort((a, b) =>
    parts > 1
      ? PART_ORDER[a.kind] - PART_ORDER[b.kind] || a.output - b.output || a.part.index - b.part.index
      : needsOrder(a) - needsOrder(b) || COST[b.kind] - COST[a.kind] || a.output - b.output,
  );
}

/** Appends parts 1… to part 0, each removed once copied (a part can be gigabytes), and renames part 0 over the target. */
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
        rmSync(part);
      }
    } finally {
      closeSync(fd);
    }
  }
  renameSync(first, target);
}
