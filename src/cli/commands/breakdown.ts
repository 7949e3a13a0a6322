import type { Command } from "commander";
import { breakdown } from "../../compute/breakdown.js";
import { BREAKDOWN_SPECS } from "../../compute/breakdown-specs.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseGroup, parseOutput, parseYear, resolveEntities } from "../command-options.js";
import { requireYears } from "../empty-answers.js";
import { loadForCommand } from "../load-for-command.js";
import { writeTable } from "../output.js";
import { breakdownTable } from "../tables/breakdown-table.js";
import { withRowFilter } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

interface BreakdownCommandOptions extends OutputOptions {
  year?: string;
  group?: string;
  metric?: string[];
  entity?: string[];
}

export const breakdownCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("breakdown")
        .description(say("table.help.breakdown"))
        .argument("<path>", say("table.help.option.path"))
        .option("--year <year>", say("table.help.breakdown.year"))
        .option("--group <id>", say("table.help.breakdown.group", { groups: BREAKDOWN_SPECS.map((s) => s.id).join(", ") }))
        .option("--metric <ids...>", say("table.help.breakdown.metric"))
        .option("--entity <ids...>", say("table.help.option.entities"))
        .addHelpText("after", say("table.help.breakdown.examples")),
    ).action(async (path: string, opts: BreakdownCommandOptions) => {
      const out = withRowFilter(parseOutput(opts), "--metric", ["metric"], opts.metric);
      const year = opts.year === undefined ? undefined : parseYear(opts.year, "--year");
      parseGroup(opts.group);
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const entities = resolveEntities(table, opts.entity);
      if (year !== undefined) requireYears(table, [year], entities);
      const rows = breakdown(table, { year, group: opts.group, entities });
      // An empty answer is an error that says why, not an empty table.
      if (rows.length === 0) {
        throw new UsageError(
          say("cli.breakdown_nothing", {
            group: opts.group === undefined ? say("cli.breakdown_nothing_any") : say("cli.breakdown_nothing_group", { group: opts.group }),
            year: year === undefined ? "" : say("cli.breakdown_nothing_year", { year }),
          }),
        );
      }
      const head = out.format === "table" ? `${say("cli.breakdown_head")}\n\n` : "";
      await writeTable(ctx, out, { zh: "构成", en: "breakdown" }, breakdownTable(table, rows, out), { head, sources: table });
    });
  },
};
