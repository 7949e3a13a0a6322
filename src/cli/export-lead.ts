/**
 * The thread an export on several threads runs in (see export-thread.ts for why not the main thread):
 * it starts the workers as soon as it knows how many, receives the table the main thread loaded onto
 * shared memory, makes what the outputs need and writes its share of them. What it prints goes to the
 * main thread as messages, on the port its last word (done or failed) comes by: the main thread then
 * has all of it once that word comes, and need not wait for the thread to stop (a thread's own stdout
 * reaches the main thread by another channel, so only its exit would say that all of it came).
 */

import { parentPort } from "node:worker_threads";
import { prepareCollation } from "../compute/report-order.js";
import type { ObservationTable } from "../core/observation-table.js";
import { type SharedTable, tableOfShared } from "../core/shared-table.js";
import { type CsvOutput, ExportThreads, type OutputResult } from "../export/export-threads.js";
import { type ThreadError, threadError } from "../export/thread-error.js";
import type { BackChunksRequest, BackChunksResult } from "../io/read-back-chunks.js";
import { say } from "../messages/catalogue.js";
import { type Lang, setLang } from "../messages/lang.js";
import type { CliContext } from "./cli-context.js";
import { progressBar } from "./progress-bar.js";
import { reportWritten } from "./report-written.js";

export type ToLead =
  /** How many threads to write on (this one and count − 1 workers), and whether the main thread's
   *  stdout and stderr are terminals: a thread's own are pipes. */
  | { type: "prepare"; count: number; stdoutTTY: boolean; stderrTTY: boolean; lang: Lang }
  /** Read chunks from the back of the corpus while the main thread reads its front. */
  | { type: "read-back"; request: BackChunksRequest }
  | { type: "run"; table: SharedTable; outputs: CsvOutput[] };

export type FromLead =
  /** Text for the main thread's stdout or stderr: on the same port as `done`, so it arrives before it. */
  | { type: "stdout" | "stderr"; text: string }
  | { type: "done" }
  | { type: "failed"; error: ThreadError }
  /** The answer to read-back (null: it failed; the main thread then reads those chunks itself). */
  | { type: "back-read"; result: BackChunksResult | null };

const port = parentPort;
if (port !== null) {
  let pool: ExportThreads | null = null;
  let ctx: CliContext | null = null;
  const post = (m: FromLead) => port.postMessage(m);
  port.on("message", (m: ToLead) => {
    if (m.type === "prepare") {
      // A thread has its own copy of every module: it speaks the command line's language only when told.
      setLang(m.lang);
      // Progress bars are drawn only on a terminal (progress-bar.ts asks process.stderr).
      Object.defineProperty(process.stderr, "isTTY", { value: m.stderrTTY });
      ctx = {
        io: {
          stdout: (text) => post({ type: "stdout", text }),
          stderr: (text) => post({ type: "stderr", text }),
          isTTY: m.stdoutTTY,
        },
        exitCode: 0,
      };
      // The workers start now, so they ready themselves while the main thread loads the table.
      pool = new ExportThreads(m.count);
      prepareCollation();
      return;
    }
    if (m.type === "read-back") {
      // Loaded only when asked: the export's own start-up does not pay for the loader's code.
      import("../io/read-back-chunks.js")
        .then(({ readBackChunks }) => readBackChunks(m.request))
        .then(
          (result) => post({ type: "back-read", result }),
          () => post({ type: "back-read", result: null }),
        );
      return;
    }
    if (pool === null || ctx === null) return;
    // The one task: once it is done, nothing more is awaited here, and the thread may end.
    port.unref();
    write(ctx, pool, tableOfShared(m.table), m.outputs).then(
      () => post({ type: "done" }),
      (err) => post({ type: "failed", error: threadError(err) }),
    );
  });
}

/** Writes the outputs on the pool's threads (which run stops, whatever happens) and says what it wrote. */
async function write(ctx: CliContext, pool: ExportThreads, table: ObservationTable, outputs: CsvOutput[]): Promise<void> {
  const bar = progressBar(ctx.io);
  const what = outputs.map((o) => o.kind).join(", ");
  const results = await pool.run(table, outputs, (fraction) =>
    bar.update(fraction, say("cli.progress_threads", { kinds: what, count: pool.count })),
  );
  bar.done();
  outputs.forEach((o, k) => {
    reportWritten(ctx, o, results[k] as OutputResult);
  });
}
