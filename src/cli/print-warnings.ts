/**
 * Prints compute warnings to stderr. Many warnings of one kind for one body and year (a prior-year
 * dataset holding a single figure leaves dozens of growths null) are folded into one line naming the
 * metrics; --verbose prints each warning in full.
 */
import { type ComputeWarning, outsideLayout } from "../compute/compute-warning.js";
import type { CliContext } from "./cli-context.js";

export function printWarnings(ctx: CliContext, warnings: readonly ComputeWarning[], verbose: boolean): void {
  if (warnings.length === 0) return;
  if (verbose) {
    for (const w of warnings) ctx.io.stderr(`warning: ${w.message}\n`);
    return;
  }
  const groups = new Map<string, ComputeWarning[]>();
  for (const w of warnings) {
    // Each its own line: a missing figure or a series break says what is missing and why, and a figure
    // the prior year's layout cannot hold gets that reason, not "add it".
    const alone = w.code === "W_NOT_STATED" || w.code === "W_SERIES_BREAK" || outsideLayout(w.metric, w.missing_year) !== null;
    const key = alone ? `${groups.size}` : `${w.code}\u0000${w.entity}\u0000${w.missing_year}\u0000${w.year}`;
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  for (const g of groups.values()) {
    const w = g[0] as ComputeWarning;
    if (g.length === 1) {
      ctx.io.stderr(`warning: ${w.message}\n`);
      continue;
    }
    const names = g.map((x) => (x.applicant === null ? x.metric : `${x.metric} (${x.applicant})`));
    const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, …` : names.join(", ");
    const line =
      w.code === "W_ZERO_PRIOR"
        ? `${w.entity_name} has ${g.length} figures equal to 0 in ${w.missing_year} (${shown}); their ${w.year} percent growth is null.`
        : w.code === "W_NO_BASE"
          ? `${w.entity_name} has no usable ${w.missing_year} base for ${g.length} series (${shown}); their index is null.`
          : `${w.entity_name} has no ${w.missing_year} value for ${g.length} metrics (${shown}); their ${w.year} growth is null. ${w.file ? `Add them to ${w.file}.` : `Add ${w.missing_year} rows for them.`}`;
    ctx.io.stderr(`warning: ${line}\n`);
  }
  ctx.io.stderr(`(${warnings.length} warning${warnings.length === 1 ? "" : "s"}; --verbose lists each, --quiet hides them)\n`);
}
