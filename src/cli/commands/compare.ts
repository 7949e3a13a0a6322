import type { Command } from "commander";
import { changeBetween } from "../../compute/change-between.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseMetric, parseOutput, parseYear, resolveEntities } from "../command-options.js";
import { layoutReasons, requireYears, yearsByEntity } from "../empty-answers.js";
import { required } from "../help-text.js";
import { listText } from "../list-text.js";
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
      if (from >= to) throw new UsageError(say("cli.from_not_before_to", { from, to }));
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
        const reasons = (metrics ?? []).map((m) => layoutReasons(m, [from, to])).join("");
        throw new UsageError(
          metrics === undefined
            ? say("cli.compare_nothing", { from, to, reasons })
            : say("cli.compare_nothing_of", { from, to, reasons, metrics: listText(metrics) }),
        );
      }
      if (!opts.quiet) {
        for (const m of unstated) {
          const message = say("cli.compare_unstated", { metric: m, from, to, reasons: layoutReasons(m, [from, to]) });
          ctx.io.stderr(`${say("cli.warning", { message })}\n`);
        }
        const years = yearsByEntity(table);
        const oneSided = (entities ?? [...new Set(all.map((r) => r.entity))]).flatMap((e) => {
          const held = years.get(e);
          const missing = [from, to].filter((y) => !held?.has(y));
          const entity = table.entityInfo.get(e)?.name_zh ?? e;
          return missing.length === 1 && held !== undefined ? [say("cli.compare_no_report", { entity, year: missing[0] as number })] : [];
        });
        if (oneSided.length > 0)
          ctx.io.stderr(`${say("cli.warning", { message: say("cli.compare_one_sided", { entities: listText(oneSided) }) })}\n`);
      }
      const head = out.format === "table" ? `${say("cli.compare_head", { from, to, count: rows.length })}\n\n` : "";
      await writeTable(ctx, out, { zh: "比较", en: "compare" }, compareTable(table, rows, from, to, out), { head, sources: table });
    });
  },
};
