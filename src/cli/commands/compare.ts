import type { Command } from "commander";
import { changeBetween } from "../../compute/change-between.js";
import { UsageError } from "../../errors.js";
import { formatTable } from "../../format/format-table.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseMetric, parseOutput, parseYear, resolveEntities } from "../command-options.js";
import { loadForCommand } from "../load-for-command.js";
import { writeOutput } from "../output.js";
import { printWarnings } from "../print-warnings.js";
import { compareTable } from "../tables/compare-table.js";
import type { CommandModule } from "./command-module.js";

interface CompareOptions extends OutputOptions {
  from?: string;
  to?: string;
  metric?: string[];
  entity?: string[];
  applicants?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export const compareCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("compare")
        .description("change of every figure between two years: both values, change and percent change")
        .argument("<path>", "a dataset folder or a folder of them (datasets/)")
        .option("--from <year>", "the earlier year")
        .option("--to <year>", "the later year")
        .option("--metric <ids...>", "only these metric ids")
        .option("--entity <ids...>", "only these bodies (id or name)")
        .option("--applicants", "also list table 三 applicant columns (default: 总计 only)")
        .option("--verbose", "list every warning in full")
        .option("--quiet", "print no warnings"),
    ).action(async (path: string, opts: CompareOptions) => {
      const out = parseOutput(opts);
      const from = parseYear(opts.from, "--from");
      const to = parseYear(opts.to, "--to");
      if (from >= to) throw new UsageError(`--from ${from} must be earlier than --to ${to}`);
      const metrics = opts.metric?.map(parseMetric);
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const result = changeBetween(table, from, to, { metrics, entities: resolveEntities(table, opts.entity) });
      const rows = result.rows().filter((r) => opts.applicants || r.applicant === null);
      const shownWarnings = result.warnings.filter((w) => opts.applicants || w.applicant === null);
      if (!opts.quiet) printWarnings(ctx, shownWarnings, opts.verbose === true);
      const head = out.format === "table" ? `${from} → ${to}: ${rows.length} series\n\n` : "";
      writeOutput(ctx, head + formatTable(compareTable(table, rows, from, to, out), out.format), out.out);
    });
  },
};
