#!/usr/bin/env node
import { processIO } from "./cli-context.js";
import { runCli } from "./run-cli.js";
import { watchOutputStreams } from "./watch-output-streams.js";

// No top-level await: the bundled CLI is a CommonJS script (see scripts/build.mjs).
async function main(argv: string[]): Promise<void> {
  // An export may run on threads: their start-up overlaps this one's (see export-thread.ts).
  if (argv[0] === "export") (await import("./export-thread.js")).startExportThreadEarly(argv[1]);
  watchOutputStreams();
  const code = await runCli(argv, processIO);
  // A write that failed is reported on the next turn of the event loop: let it be seen before ending.
  await new Promise((resolve) => setImmediate(resolve));
  process.exitCode = code;
  // Every command's work is done and awaited by now: ending at once skips Node's tear-down of the
  // heap and of the export threads, 10–15 ms of a 200k-row export. Not while output is still
  // queued: stdout and stderr are written asynchronously where they are pipes on some systems.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}

void main(process.argv.slice(2));
