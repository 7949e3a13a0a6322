import { createRequire } from "node:module";
import { commanderErrorText } from "./commander-error-text.js";

// require(), not import: see csv-chunks.ts (CommonJS packages are scanned for export names on import).
const { Command, CommanderError } = createRequire(import.meta.url)("commander") as typeof import("commander");

import { DataError, formatProblems, IoError, UnusableInputError, UsageError } from "../errors.js";
import { ioErrorOf } from "../io/io-error-of.js";
import { say } from "../messages/catalogue.js";
import { currentLang, langFromEnvironment, setLang } from "../messages/lang.js";
import { langFromArgv } from "../messages/lang-from-argv.js";
import type { CliContext, CliIO } from "./cli-context.js";
import { commandsFor } from "./commands/index.js";
import { fileErrorText } from "./file-error-text.js";
import { configureHelpText } from "./help-text.js";

/**
 * The exit codes, for scripts to tell what went wrong without reading the message (each failure is
 * printed without a stack trace, except an unexpected one).
 */
export const EXIT = {
  ok: 0,
  /** The data: a dataset or report with problems, an audit with findings where the command says so. */
  data: 1,
  /** The command line: an unknown option, a bad value, an output that would overwrite an input. */
  usage: 2,
  /** The system refused to read or write a file: a full disk, permission denied, a path under a file. */
  io: 3,
  /**
   * A bug of ours. 70 is EX_SOFTWARE of the BSD sysexits.h ("internal software error"), far from the
   * small codes above and from the 126–165 shells use for "cannot execute" and signals.
   */
  unexpected: 70,
} as const;

/**
 * Runs the command line in-process: argv in; output through `io`; the exit code out (see EXIT).
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
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // Commander words a mistaken command line in English: said again in the chosen language.
      outputError: (s, write) => write(commanderErrorText(s)),
    })
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
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof DataError) {
    io.stderr(`${formatProblems(err.problems, err.omitted)}\n`);
    return EXIT.data;
  }
  if (err instanceof UsageError) {
    io.stderr(`${say("general.error", { message: err.message })}\n`);
    return err instanceof UnusableInputError ? EXIT.data : EXIT.usage;
  }
  const file = fileProblem(err);
  if (file !== null) {
    io.stderr(`${say("general.error", { message: file })}\n`);
    return EXIT.io;
  }
  io.stderr(`${say("general.unexpected", { details: err instanceof Error ? (err.stack ?? err.message) : String(err) })}\n`);
  return EXIT.unexpected;
}

/** An IoError, or a file error a writer or reader let through unwrapped, in words; null for anything else. */
function fileProblem(err: unknown): string | null {
  let e = err;
  if (!(e instanceof IoError) && e instanceof Error) {
    const raw = e as NodeJS.ErrnoException & { dest?: string };
    // A rename, mkdir or write is how an output is written, whatever the system call's name.
    const write = raw.dest !== undefined || raw.syscall === "rename" || raw.syscall === "mkdir" || raw.syscall === "write";
    e = ioErrorOf(e, write ? "write" : "read", raw.dest ?? raw.path ?? "?");
  }
  if (!(e instanceof IoError)) return null;
  const why = fileErrorText(e.code) ?? (e.cause instanceof Error ? e.cause.message : (e.code ?? ""));
  return say(e.action === "write" ? "write.cannot_write" : "write.cannot_read", { path: e.path, why, code: e.code ?? "?" });
}
