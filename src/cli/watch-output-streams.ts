import { writeSync } from "node:fs";
import { say } from "../messages/catalogue.js";
import { fileErrorText } from "./file-error-text.js";
import { EXIT } from "./run-cli.js";

/**
 * Ends the process the way a command-line tool should when its output cannot be written: a reader that
 * went away (`disclosure-trends extract … | head`, EPIPE) ends it quietly with exit 0, as `cat` would;
 * any other failed write (a full disk, ENOSPC; a device error) says so on stderr and exits 3, the
 * input/output failure of run-cli.ts's EXIT, so a script never takes a half-written result for a whole one.
 *
 * Node reports a failed write to stdout as an 'error' event on the stream, never as an exception of
 * `write()`; without a listener that event would end the process with a stack trace.
 */
export function watchOutputStreams(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => endOnWriteError(err, say("cli.stdout_name")));
  process.stderr.on("error", (err: NodeJS.ErrnoException) => endOnWriteError(err, null));
}

function endOnWriteError(err: NodeJS.ErrnoException, stream: string | null): void {
  if (err.code === "EPIPE") process.exit(0);
  if (stream !== null) {
    const why = fileErrorText(err.code) ?? err.message;
    try {
      const code = err.code === undefined ? "" : say("cli.stream_code", { code: err.code });
      writeSync(2, `${say("general.error", { message: say("cli.stream_failed", { stream, why, code }) })}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left to say it.
    }
  }
  process.exit(EXIT.io);
}
