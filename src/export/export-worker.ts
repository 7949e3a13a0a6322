/**
 * A worker thread of a parallel CSV export: receives the shared table, the task list and the task board
 * once and, as the main thread makes them, the series order, then the derived subtotals with the
 * reports' order and runs; then takes tasks from the board one after another until none is left,
 * waiting when a task needs what is not made yet. See export-threads.ts for the other side.
 */
import { parentPort } from "node:worker_threads";
import { adoptDerived } from "../compute/derive-subtotals.js";
import { adoptReportOrder, prepareCollation, type ReportList } from "../compute/report-order.js";
import { adoptReportRuns, type ReportRuns } from "../compute/report-runs.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type SharedTable, tableOfShared } from "../core/shared-table.js";
import { type ExportTask, runBoardTask, TASK_NEEDS } from "./export-task.js";
import { BoardStopped, TaskBoard, type TaskBoardMemory } from "./task-board.js";
import { type ThreadError, threadError } from "./thread-error.js";

export type ToThread =
  | {
      type: "start";
      table: SharedTable;
      tasks: readonly ExportTask[];
      board: TaskBoardMemory;
      /** Tasks after this one do not need the series order: a thread lets go of it past there. */
      lastOrderTask: number;
    }
  /**
   * The table with its derived subtotals (null: the table itself), its reports in reading order and
   * where their rows lie, made once for all threads.
   */
  | { type: "derived"; full: SharedTable | null; reports: ReportList; runs: ReportRuns }
  /** The table's series order, made once for all threads. */
  | { type: "order"; order: Int32Array };

export type FromThread =
  | { type: "progress" }
  | { type: "done"; task: number; rows: number; gaps: number }
  /** No task is left for this thread. */
  | { type: "finished" }
  | { type: "failed"; error: ThreadError };

const port = parentPort;
if (port !== null) {
  // While the main thread still loads the table (see prepareCollation).
  prepareCollation();
  const post = (m: FromThread) => port.postMessage(m);
  let table: ObservationTable | null = null;
  let tasks: readonly ExportTask[] = [];
  let board: TaskBoard | null = null;
  let lastOrderTask = -1;
  let order: Int32Array | undefined;
  let derivedMade = false;
  /** The task taken and not yet run (it waits for what it needs), or −1. */
  let taken = -1;
  let finished = false;
  const finish = () => {
    finished = true;
    order = undefined;
    post({ type: "finished" });
  };

  const ready = (task: ExportTask) => {
    const need = TASK_NEEDS[task.kind];
    return need === null || (need === "order" ? order !== undefined : derivedMade);
  };

  /** Runs tasks until none is left, or until the one taken needs what is not made yet (a message resumes it). */
  const work = () => {
    if (table === null || board === null || finished) return;
    for (;;) {
      if (taken < 0) {
        taken = board.claim();
        if (taken < 0) {
          finish();
          return;
        }
        // Past the last year-over-year task the series order is not needed here: let go of it, so it
        // is freed once every thread has (4 bytes a row).
        if (taken > lastOrderTask) order = undefined;
      }
      const t = taken;
      const task = tasks[t] as ExportTask;
      if (!ready(task)) return;
      try {
        const result = runBoardTask(board, t, table, task, order, () => post({ type: "progress" }));
        post({ type: "done", task: t, ...result });
      } catch (err) {
        if (err instanceof BoardStopped) {
          finish();
        } else {
          board.stop();
          finished = true;
          post({ type: "failed", error: threadError(err) });
        }
        return;
      }
      taken = -1;
    }
  };

  port.on("message", (m: ToThread) => {
    if (m.type === "start") {
      table = tableOfShared(m.table);
      tasks = m.tasks;
      board = TaskBoard.of(m.board);
      lastOrderTask = m.lastOrderTask;
    } else if (m.type === "derived" && table !== null) {
      const full = m.full === null ? table : tableOfShared(m.full);
      if (full !== table) adoptDerived(table, full);
      adoptReportOrder(full, m.reports);
      adoptReportRuns(full, m.runs);
      derivedMade = true;
    } else if (m.type === "order") {
      // Not taken again once this thread is past the last task that needs it.
      if (!finished && taken <= lastOrderTask) order = m.order;
    }
    work();
  });
}
