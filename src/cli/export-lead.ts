/**
 * The thread an export on several threads runs in: it loads the datasets, makes what the outputs need
 * and writes its share of them, while the main thread only waits for it (see export-thread.ts for why).
 * Its output goes to the main thread's stdout and stderr.
 */
import { parentPort } from "node:worker_threads";
import { type ThreadError, threadError } from "../export/thread-error.js";
import type { CliContext } from "./cli-context.js";
import { exportOnThreads, type ThreadedExport } from "./export-on-threads.js";

/** What the export thread is asked to do: its one message. */
export interface ExportLeadData extends ThreadedExport {
  /** Whether the main thread's stdout and stderr are terminals: a thread's own are pipes. */
  stdoutTTY: boolean;
  stderrTTY: boolean;
}

export type FromLead = { type: "done"; exitCode: number } | { type: "failed"; error: ThreadError };

const port = parentPort;
port?.once("message", (data: ExportLeadData) => {
  if (port === null) return;
  // Progress bars are drawn only on a terminal (progress-bar.ts asks process.stderr).
  Object.defineProperty(process.stderr, "isTTY", { value: data.stderrTTY });
  const ctx: CliContext = {
    io: { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), isTTY: data.stdoutTTY },
    exitCode: 0,
  };
  exportOnThreads(ctx, data).then(
    () => port.postMessage({ type: "done", exitCode: ctx.exitCode } satisfies FromLead),
    (err) => port.postMessage({ type: "failed", error: threadError(err) } satisfies FromLead),
  );
});
