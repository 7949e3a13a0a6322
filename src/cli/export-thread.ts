/**
 * Runs the writing of an export on several threads in a thread of its own (export-lead.ts): the main
 * thread loads the table onto shared memory, then waits.
 *
 * Why not on the main thread: V8 compiles hot code either on a background thread while the code runs
 * on unoptimised (the default), or at once, the thread waiting. With a thread per core busy, the
 * background compiler has no core of its own and hot loops run unoptimised for longer: on the 200k
 * benchmark, compiling at once (`--no-concurrent-recompilation`) made the full pipeline 10–15 % faster
 * (ratio to DuckDB 1.33 against 1.53, median of 20 interleaved runs), while with `--threads 1` it made
 * it slower (2.11 against 1.78). The flag is read when a thread's isolate is created: the main thread,
 * made before any code runs, keeps the default, and the threads made after it is set compile at once.
 * (Set on the command line instead, it would slow every command that runs on one thread.)
 *
 * The load stays on the main thread, while the export thread and its workers start: loading in the
 * export thread, after its own start-up, measured 4 % slower (1.34 against 1.28 × DuckDB, 20 runs).
 */

import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { ObservationTable } from "../core/observation-table.js";
import { shareTable } from "../core/shared-table.js";
import type { CsvOutput } from "../export/export-threads.js";
import { errorOfThread } from "../export/thread-error.js";
import type { BackChunksResult } from "../io/read-back-chunks.js";
import type { BackChunksReader } from "../io/read-from-both-ends.js";
import { currentLang } from "../messages/lang.js";
import type { CliContext } from "./cli-context.js";
import type { FromLead, ToLead } from "./export-lead.js";

/**
 * Below this much CSV (about 100,000 rows of a long corpus) outputs are written on the main thread
 * unless --threads asks otherwise: a thread costs a start-up and code compiled afresh, and two threads
 * on this workload run well short of twice as fast (they share memory bandwidth). Measured here: at
 * 50,000 rows (2 MB) two threads took 10 % longer than one, at 200,000 rows (8 MB) 20 % less.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/** The export thread started before the command line was read (startExportThreadEarly), not yet used. */
let early: Worker | null = null;

/**
 * Starts the export thread at once, before the command line is parsed and the datasets listed: its
 * own start-up (Node's, then the export's code, 0.1 s and more) then overlaps the main thread's,
 * instead of coming after it on every threaded export. Only for a long corpus CSV big
 * enough for threads (a folder's size would take a listing to know); an export that turns out to need
 * no threads stops it, and it never keeps the process alive on its own.
 */
export function startExportThreadEarly(path: string | undefined): void {
  if (early !== null || path === undefined) return;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile() || stat.size < PARALLEL_MIN_BYTES) return;
  early = newExportThread();
  early.unref();
}

/** Stops the early export thread when the export runs on the main thread alone. */
export function stopEarlyExportThread(): void {
  void early?.terminate();
  early = null;
}

function newExportThread(): Worker {
  compileAtOnce();
  // Beside this module: dist/cli/ when compiled, dist/bin/ in the bundled CLI (scripts/build.mjs).
  return new Worker(new URL("./export-lead.js", import.meta.url));
}

/**
 * The main thread's side of an export on `count` threads: the export thread starts its workers at
 * once, while this thread loads the table onto shared memory; `run` then hands it over and waits.
 * `cancel` stops the thread whatever state it is in (after the load found problems, say).
 */
export function prepareThreadedExport(
  ctx: CliContext,
  count: number,
): {
  /** Reads the back of a corpus in the export thread (see read-from-both-ends.ts). */
  readBack: BackChunksReader;
  run: (table: ObservationTable, outputs: CsvOutput[]) => Promise<void>;
  cancel: () => Promise<void>;
} {
  const lead = early ?? newExportThread();
  early = null;
  lead.ref();
  lead.postMessage({
    type: "prepare",
    count,
    stdoutTTY: ctx.io.isTTY,
    stderrTTY: Boolean(process.stderr.isTTY),
    lang: currentLang(),
  } satisfies ToLead);
  let backRead: ((result: BackChunksResult | null) => void) | null = null;
  let ended = false;
  // Listened to from the start: an error while the table loads is not lost.
  const result = new Promise<FromLead>((resolve, reject) => {
    lead.on("message", (m: FromLead) => {
      if (m.type === "back-read") backRead?.(m.result);
      else if (m.type === "stdout") ctx.io.stdout(m.text);
      else if (m.type === "stderr") ctx.io.stderr(m.text);
      else {
        // Its last word, after everything it printed (see export-lead.ts).
        ended = true;
        resolve(m);
      }
    });
    lead.once("error", reject);
    lead.once("exit", (code) => {
      if (!ended) reject(new Error(`the export thread stopped (exit code ${code}) before it finished`));
    });
  });
  // Marked handled at once (run awaits it later); a thread that stops while reading leaves its chunks to
  // the main thread.
  result.catch(() => backRead?.(null));
  return {
    readBack(request) {
      lead.postMessage({ type: "read-back", request } satisfies ToLead);
      return new Promise<BackChunksResult | null>((resolve) => {
        backRead = resolve;
      }).then((result) => result ?? { ok: false, chunks: [], table: null });
    },
    async run(table, outputs) {
      lead.postMessage({ type: "run", table: shareTable(table), outputs } satisfies ToLead);
      const message = await result;
      if (message.type === "failed") throw errorOfThread(message.error, "the export thread");
    },
    async cancel() {
      // Once it has said its last word it has nothing left to do: the process ends without waiting for
      // it to stop (some 10 ms, at the end of every export), which ending stops it.
      if (ended) lead.unref();
      else await lead.terminate();
    },
  };
}

/** Threads made from now on compile hot code at once; known to V8 11 to 13 (Node 20 to 24), else left alone. */
function compileAtOnce(): void {
  const major = Number(process.versions.v8.split(".")[0]);
  // An unknown flag would print an error: only where the flag is known to exist.
  if (major >= 11 && major <= 13) setFlagsFromString("--no-concurrent-recompilation");
}
