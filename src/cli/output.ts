import { writeFileAtomic } from "../io/write-file-atomic.js";
import type { CliContext } from "./cli-context.js";

/** Sends a command's result to --out (written atomically) or to stdout. */
export function writeOutput(ctx: CliContext, text: string, out: string | undefined): void {
  if (out === undefined || out === "-") {
    ctx.io.stdout(text);
    return;
  }
  writeFileAtomic(out, text);
  ctx.io.stderr(`wrote ${out}\n`);
}
