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
import { countText } from "./tables/number-formats.js";

/** Loads `path` into shared memory and writes the CSV outputs on `count` threads, this one and count − 1 workers. */
export async function exportOnThreads(
  ctx: CliContext,
  path: string,
  outputs: readonly CsvOutput[],
  count: number,
  layout?: DatasetLayout,
): Promise<void> {
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

/** The line `export` prints for each output written. */
export function reportWritten(ctx: CliContext, o: CsvOutput, r: OutputResult): void {
  const note = r.gaps > 0 ? ` (${countText(r.gaps)} growths null: prior year missing, not stated or 0)` : "";
  ctx.io.stderr(`wrote ${countText(r.rows)} ${o.kind} rows to ${o.path}${note}\n`);
}
