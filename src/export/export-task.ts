/**
 * One task of a parallel export: an output, or one part of it, written to the file the task names (the
 * header only in a first part). The main thread and the worker threads run tasks the same way.
 */
import type { ObservationTable } from "../core/observation-table.js";
import { type ExportKind, exportTableOf } from "./export-kind.js";
import type { ExportPart } from "./export-part.js";
import type { TaskBoard } from "./task-board.js";
import { writeCsvFile } from "./write-csv-file.js";

export interface ExportTask {
  output: number;
  kind: ExportKind;
  group?: string;
  part: ExportPart;
  path: string;
}

export interface TaskResult {
  rows: number;
  /** Null growths for a missing or zero prior figure (year over year only; 0 otherwise). */
  gaps: number;
}

/**
 * What a task needs made from the whole table before its first row: year over year the series order
 * (8 bytes a row while sorting), shares and the audit the table with its derived subtotals (a copy of
 * a 2019+ table with rows added) and its reports' order and runs. The main thread makes each once, on
 * shared memory, and hands it to every thread, instead of every thread making its own: at 50M rows on
 * two threads that is over a gigabyte less. Workers start on tasks whose needs are met while the main thread makes the next one.
 */
export type TaskNeed = "order" | "derived";
export const TASK_NEEDS: Record<ExportKind, TaskNeed | null> = { yoy: "order", observations: null, shares: "derived", audit: "derived" };

/** Writes a task's rows of `table`; `order` is the table's series order when a year-over-year task needs it. */
export function runExportTask(
  table: ObservationTable,
  task: ExportTask,
  order: Int32Array | undefined,
  onProgress: (fraction: number) => void,
): TaskResult {
  let gaps = 0;
  const exportable = exportTableOf(task.kind, table, {
    group: task.group,
    part: task.part,
    seriesOrder: order,
    onGaps: (n) => {
      gaps = n;
    },
  });
  const rows = writeCsvFile(task.path, exportable, {
    guardFormulas: true,
    header: task.part.index === 0,
    // The part path is a temporary file the main thread made, and joins or removes.
    inPlace: true,
    onProgress: (_done, _rows, fraction) => onProgress(fraction),
  });
  return { rows, gaps };
}

/**
 * Runs task `t` of a board as any thread does: its progress goes on the board (where a report throws
 * BoardStopped once another thread has failed), then, its file written and closed, the mark that lets
 * whichever thread is between tasks join its output.
 */
export function runBoardTask(
  board: TaskBoard,
  t: number,
  table: ObservationTable,
  task: ExportTask,
  order: Int32Array | undefined,
  onProgress: () => void,
): TaskResult {
  const result = runExportTask(table, task, order, (fraction) => {
    board.report(t, fraction);
    onProgress();
  });
  board.markWritten(t);
  return result;
}
