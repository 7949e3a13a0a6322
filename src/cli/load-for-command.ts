import { deriveSubtotals } from "../compute/derive-subtotals.js";
import type { ObservationTable } from "../core/observation-table.js";
import { formatProblems } from "../errors.js";
import { type LoadOptions, loadDatasets } from "../io/load-datasets.js";
import { say } from "../messages/catalogue.js";
import type { CliContext } from "./cli-context.js";
import { loadProgressBar } from "./progress-bar.js";

/** The load's notes (litter passed over, blank rows skipped) on stderr, one line each: not problems. */
export function printLoadNotes(ctx: CliContext, notes: readonly string[]): void {
  for (const note of notes) ctx.io.stderr(`${say("problem.note", { note })}\n`);
}

/**
 * Loads the datasets under `path` for a command. When they have problems they are printed the way
 * `validate` prints them, the exit code becomes 1 and null is returned: no command computes on data
 * that failed validation.
 */
export async function loadForCommand(
  ctx: CliContext,
  path: string,
  options: Pick<LoadOptions, "shared" | "layout" | "bothEnds"> = {},
): Promise<ObservationTable | null> {
  const progress = loadProgressBar(ctx.io);
  const result = await loadDatasets(path, { ...options, onProgress: progress.onProgress });
  progress.done();
  printLoadNotes(ctx, result.notes);
  // With its derived subtotals, made once here: every command (and export's threads) reads the same figures.
  if (result.problems.length === 0) return deriveSubtotals(result.table, { shared: options.shared === true });
  ctx.io.stderr(
    `${formatProblems(result.problems, result.omitted)}\n\n${say("cli.load_problems", { count: result.problems.length + result.omitted, files: result.files.length, path })}\n`,
  );
  ctx.exitCode = 1;
  return null;
}
