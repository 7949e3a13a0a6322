import { createRequire } from "node:module";

// require(), not import: see csv-chunks.ts (CommonJS packages are scanned for export names on import).
const { Command, CommanderError } = createRequire(import.meta.url)("commander") as typeof import("commander");

import { DataError, formatProblems, UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { currentLang, langFromEnvironment, setLang } from "../messages/lang.js";
import { langFromArgv } from "../messages/lang-from-argv.js";
import type { CliContext, CliIO } from "./cli-context.js";
import { commandsFor } from "./commands/index.js";
import { fileErrorText } from "./file-error-text.js";
import { configureHelpText } from "./help-text.js";

/**
 * Runs the command line in-process: argv in; output through `io`; the exit code out. 0 success, 1 a
 * problem with the user's data or usage (printed without a stack trace), 2 an unexpected failure.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  // The language is the process's while this command line runs, and given back after it (a library user
  // or test that runs several command lines keeps its own).
  const before = currentLang();
  setLang(langFromArgv(argv) ?? langFromEnvironment());
  try {
    return await runCommandLine(argv, io);
  } finally {
    setLang(before);
  }
}

async function runCommandLine(argv: readonly string[], io: CliIO): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
  const program = configureHelpText(new Command("disclosure-trends"))
    .description(say("table.help.program"))
    .addHelpText("after", say("table.help.program.examples"))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError(say("general.see_help"));
  try {
    for (const command of await commandsFor(argv)) command.register(program, ctx);
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    return reportFailure(err, io);
  }
}

function reportFailure(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    // Help and version print through configureOutput and exit 0; usage mistakes were already printed.
    return err.exitCode === 0 ? 0 : 1;
  }
  if (err instanceof DataError) {
    io.stderr(`${formatProblems(err.problems, err.omitted)}\n`);
    return 1;
  }
  if (err instanceof UsageError) {
    io.stderr(`${say("general.error", { message: err.message })}\n`);
    return 1;
  }
  const file = fileProblem(err);
  if (file !== null) {
    io.stderr(`${say("general.error", { message: file })}\n`);
    return 1;
  }
  io.stderr(`${say("general.unexpected", { details: err instanceof Error ? (err.stack ?? err.message) : String(err) })}\n`);
  return 2;
}

function fileProblem(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const e = err as NodeJS.ErrnoException & { dest?: string };
  const why = fileErrorText(e.code);
  if (why === null) return null;
  const path = e.dest ?? e.path;
  // A rename or mkdir is how an output is written, whatever the system call's name.
  const verb = e.syscall === "rename" || e.syscall === "mkdir" || e.syscall === "write" ? "write" : (e.syscall ?? "use");
  return `cannot ${verb} ${path ?? "a file"}: ${why} (${e.code})`;
}
