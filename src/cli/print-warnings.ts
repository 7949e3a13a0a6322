/**
 * Prints compute warnings to stderr. Many warnings of one kind for one body and year (a prior-year
 * dataset holding a single figure leaves dozens of growths null) are folded into one line naming the
 * metrics; --verbose prints each warning in full.
 */

import { type ComputeWarning, outsideLayout } from "../compute/compute-warning.js";
import { say } from "../messages/catalogue.js";
import { currentLang } from "../messages/lang.js";
import type { Applicant } from "../types.js";
import type { CliContext } from "./cli-context.js";
import { cellLabel } from "./labels.js";
import { listText } from "./list-text.js";

export function printWarnings(ctx: CliContext, warnings: readonly ComputeWarning[], verbose: boolean): void {
  if (warnings.length === 0) return;
  if (verbose) {
    for (const w of warnings) ctx.io.stderr(`${say("cli.warning", { message: w.message })}\n`);
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
      ctx.io.stderr(`${say("cli.warning", { message: w.message })}\n`);
      continue;
    }
    // Chinese readers get the catalogue's labels (通过政府网站公开), English readers the ids the datasets use.
    const names = g.map((x) => cellLabelOrId(x.metric, x.applicant));
    const metrics = listText(names.length > 6 ? [...names.slice(0, 6), "…"] : names);
    const at = { entity: w.entity_name, count: g.length, missing_year: w.missing_year, year: w.year, metrics };
    const line =
      w.code === "W_ZERO_PRIOR"
        ? say("cli.warn_zero_group", at)
        : w.code === "W_NO_BASE"
          ? say("cli.warn_no_base_group", at)
          : say("cli.warn_no_prior_group", {
              ...at,
              fix: w.file
                ? say("cli.warn_no_prior_group_fix_file", { file: w.file })
                : say("cli.warn_no_prior_group_fix_rows", { missing_year: w.missing_year }),
            });
    ctx.io.stderr(`${say("cli.warning", { message: line })}\n`);
  }
  ctx.io.stderr(`${warnings.length === 1 ? say("cli.warnings_count_one") : say("cli.warnings_count", { count: warnings.length })}\n`);
}

function cellLabelOrId(metric: string, applicant: Applicant | null): string {
  if (currentLang() === "zh") return cellLabel(metric, applicant, "zh");
  return applicant === null ? metric : `${metric} (${applicant})`;
}
