/**
 * A worker thread of a parallel CSV export: receives the shared table once and, as the main thread
 * makes them, the series order and the derived subtotals with their value index; then one task at a
 * time (an output, or a part of one), which it writes to the file the task names (the header only in a
 * first part), reporting progress and its row count. See export-threads.ts for the other side.
 */
import { parentPort } from "node:worker_threads";
import { adoptDerived } from "../compute/derive-subtotals.js";
import { type IndexParts, ValueIndex } from "../compute/value-index.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type SharedTable, tableOfShared } from "../core/shared-table.js";
import type { ExportKind } from "./export-kind.js";
import { exportTableOf } from "./export-kind.js";
import type { ExportPart } from "./export-part.js";
import { writeCsvFile } from "./write-csv-file.js";

/** An output, or one part of it, as a thread writes it. */
export interface ExportTask {
  output: number;
  kind: ExportKind;
  group?: string;
  part: ExportPart;
  path: string;
}

export type ToThread =
  | { type: "table"; table: SharedTable }
  /** The table with its derived subtotals (null: the table itself) and its value index, built once for all threads. */
  | { type: "derived"; full: SharedTable | null; index: IndexParts }
  /** The table's series order, made once for all threads; null once no year-over-year task is left. */
  | { type: "order"; order: Int32Array | null }
  | { type: "task"; task: ExportTask };

export type FromThread =
  | { type: "progress"; fraction: number }
  | { type: "done"; rows: number; gaps: number }
  | { type: "failed"; message: string; stack: string };

const port = parentPort;
if (port !== null) {
  let table: ObservationTable | null = null;
  let order: Int32Array | undefined;
  const post = (m: FromThread) => port.postMessage(m);
  port.on("message", (m: ToThread) => {
    if (m.type === "table") {
      table = tableOfShared(m.table);
      return;
    }
    if (m.type === "derived" && table !== null) {
      const full = m.full === null ? table : tableOfShared(m.full);
      if (full !== table) adoptDerived(table, full);
      ValueIndex.adopt(full, m.index);
      return;
    }
    if (m.type === "order") {
      order = m.order ?? undefined;
      return;
    }
    if (m.type !== "task") return;
    try {
      if (table === null) throw new Error("a task arrived before the table");
      const task = m.task;
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
        onProgress: (_done, _rows, fraction) => post({ type: "progress", fraction }),
      });
      post({ type: "done", rows, gaps });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      post({ type: "failed", message: e.message, stack: e.stack ?? e.message });
    }
  });
}
