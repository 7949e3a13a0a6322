#!/usr/bin/env node
import { processIO } from "./cli-context.js";
import { runCli } from "./run-cli.js";

// No top-level await: the bundled CLI is a CommonJS script (see scripts/build.mjs).
async function main(argv: string[]): Promise<void> {
  // An export may run on threads: their start-up overlaps this one's (see export-thread.ts).
  if (argv[0] === "export") (await import("./export-thread.js")).startExportThreadEarly(argv[1]);
  process.exitCode = await runCli(argv, processIO);
}

void main(process.argv.slice(2));
