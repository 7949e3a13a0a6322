/**
 * An export on several threads, from the load to the last output: the body of the export thread (see
 * export-lead.ts), which runs it on behalf of the `export` command.
 */
import type { CsvOutput, OutputResult } from "../export/export-threads.js";
import { ExportThreads } from "../export/export-threads.js";
import type { DatasetLayout } from "../io/find-dataset-files.js";
import type { CliContext } from "./cli-context.js";
import { loadForCommand } from "./load-for-command.js";
import { progressBar } from "./progress-bar.js";
import { reportWritten } from "./report-written.js";

/** What a threaded export is to do. */
export interface ThreadedExport {
  path: string;
  outputs: CsvOutput[];
  /** Threads in all: the one running the export and count − 1 workers. */
  count: number;
  /** The files under the path, when the main thread listed them already. */
  layout?: DatasetLayout;
}

/** Loads the datasets into shared memory and writes the CSV outputs on the export's threads. */
export async function exportOnThreads(ctx: CliContext, { path, outputs, count, layout }: ThreadedExport): Promise<void> {
  // The workers start before the load, so they ready themselves while the table is read.
  const pool = new ExportThreads(count);
  try {
    const table = await loadForCommand(ctx, path, { shared: true, layout });
    if (table === null) return;
    const bar = progressBar(ctx.io);
    const what = outputs.map((o) => o.kind).join(", ");
    const results = await pool.run(table, outputs, (fraction) => bar.update(fraction, `${what} on ${pool.count} threads`));
    bar.done();
    outputs.forEach((o, k) => {
      reportWritten(ctx, o, results[k] as OutputResult);
    });
  } finally {
    // Whatever happened: live threads would keep the process from exiting.
    await pool.close();
  }
}
