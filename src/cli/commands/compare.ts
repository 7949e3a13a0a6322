import type { Command } from "commander";
import { changeBetween } from "../../compute/change-between.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseMetric, parseOutput, parseYear, resolveEntities } from "../command-options.js";
import { layoutReasons, requireYears, yearsByEntity } from "../empty-answers.js";
import { required } from "../help-text.js";
import { loadForCommand } from "../load-for-command.js";
import { writeTable } from "../output.js";
import { printWarnings } from "../print-warnings.js";
import { compareTable } from "../tables/compare-table.js";
import { inSections } from "../tables/in-sections.js";
import type { CommandModule } from "./command-module.js";

interface CompareOptions extends OutputOptions {
  from?: string;
  to?: string;
  metric?: string[];
  entity?: string[];
  section?: string[];
  applicants?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export const compareCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("compare")
        .description(say("table.help.compare"))
        .argument("<path>", say("table.help.option.path"))
        .option("--from <year>", required(say("table.help.compare.from")))
        .option("--to <year>", required(say("table.help.compare.to")))
        .option("--metric <ids...>", say("table.help.option.metrics"))
        .option("--entity <ids...>", say("table.help.option.entities"))
        .option("--section <names...>", say("table.help.compare.section"))
        .option("--applicants", say("table.help.compare.applicants"))
        .option("--verbose", say("table.help.option.verbose"))
        .option("--quiet", say("table.help.option.quiet"))
        .addHelpText("after", say("table.help.compare.examples")),
    ).action(async (path: string, opts: CompareOptions) => {
      const out = parseOutput(opts);
      const from = parseYear(opts.from, "--from");
      const to = parseYear(opts.to, "--to");
      if (from >= to) throw new UsageError(`--from ${from} must be earlier than --to ${to}`);
      const metrics = opts.metric?.map(parseMetric);
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const entities = resolveEntities(table, opts.entity);
      requireYears(table, [from, to], entities);
      const result = changeBetween(table, from, to, { metrics, entities });
      const all = result.rows();
      const rows = inSections(
        all.filter((r) => opts.applicants || r.applicant === null),
        opts.section,
      );
      const shownWarnings = result.warnings.filter((w) => opts.applicants || w.applicant === null);
      if (!opts.quiet) printWarnings(ctx, shownWarnings, opts.verbose === true);
      // Never a silent gap: metrics asked for that no body states in either year, and bodies with only
      // one of the two reports, are named.
      const unstated = (metrics ?? []).filter((m) => !all.some((r) => r.metric === m && (r.from_value !== null || r.to_value !== null)));
      if (rows.length === 0 || (metrics !== undefined && unstated.length === metrics.length)) {
        const what = metrics === undefined ? "figure" : `figure of ${metrics.join(", ")}`;
        throw new UsageError(
          `no ${what} is stated in ${from} or ${to}.${(metrics ?? []).map((m) => layoutReasons(m, [from, to])).join("")}`,
        );
      }
      if (!opts.quiet) {
        for (const m of unstated) ctx.io.stderr(`warning: no body states ${m} in ${from} or ${to}.${layoutReasons(m, [from, to])}\n`);
        const years = yearsByEntity(table);
        const oneSided = (entities ?? [...new Set(all.map((r) => r.entity))]).flatMap((e) => {
          const held = years.get(e);
          const missing = [from, to].filter((y) => !held?.has(y));
          return missing.length === 1 && held !== undefined ? [`${table.entityInfo.get(e)?.name_zh ?? e} (no ${missing[0]} report)`] : [];
        });
        if (oneSided.length > 0)
          ctx.io.stderr(`warning: compared on one year only: ${oneSided.join(", ")}; add the missing year's dataset to compare them.\n`);
      }
      const head = out.format === "table" ? `${from} → ${to}: ${rows.length} series\n\n` : "";
      await writeTable(ctx, out, { zh: "比较", en: "compare" }, compareTable(table, rows, from, to, out), { head, sources: table });
    });
  },
};
