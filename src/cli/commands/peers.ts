import type { Command } from "commander";
import { compareEntities } from "../../compute/compare-entities.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import {
  addOutputOptions,
  type OutputOptions,
  parseApplicant,
  parseMetric,
  parseOutput,
  parseYear,
  resolveEntities,
} from "../command-options.js";
import { requireYears } from "../empty-answers.js";
import { required } from "../help-text.js";
import { cellLabel } from "../labels.js";
import { loadForCommand } from "../load-for-command.js";
import { writeTable } from "../output.js";
import { printWarnings } from "../print-warnings.js";
import { peersTable } from "../tables/peers-table.js";
import type { CommandModule } from "./command-module.js";

interface PeersCommandOptions extends OutputOptions {
  year?: string;
  metric?: string;
  entity?: string[];
  applicant?: string;
  verbose?: boolean;
  quiet?: boolean;
}

export const peersCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("peers")
        .description(say("table.help.peers"))
        .argument("<path>", say("table.help.option.path_peers"))
        .requiredOption("--year <year>", required(say("table.help.peers.year")))
        .requiredOption("--metric <id>", required(say("table.help.option.metric")))
        .option("--entity <ids...>", say("table.help.option.entities"))
        .option("--applicant <type>", say("table.help.option.applicant"))
        .option("--verbose", say("table.help.option.verbose"))
        .option("--quiet", say("table.help.option.quiet"))
        .addHelpText("after", say("table.help.peers.examples")),
    ).action(async (path: string, opts: PeersCommandOptions) => {
      const out = parseOutput(opts);
      const year = parseYear(opts.year, "--year");
      const metric = parseMetric(opts.metric ?? "");
      const applicant = parseApplicant(opts.applicant);
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const entities = resolveEntities(table, opts.entity);
      // An empty peer set is an error that says why: no report of the year, or none states the figure.
      requireYears(table, [year], entities);
      const result = compareEntities(table, { year, metric, applicant, entities });
      if (!opts.quiet) printWarnings(ctx, result.warnings, opts.verbose === true);
      if (result.rows.every((r) => r.value === null)) {
        const what = applicant === null ? metric : `${metric} (${applicant})`;
        const why = opts.quiet ? say("cli.peers_nothing_quiet") : say("cli.peers_nothing_above");
        throw new UsageError(say("cli.peers_nothing", { what, year, why }));
      }
      const head = out.format === "table" ? `${cellLabel(metric, applicant, out.lang)} (${metric}), ${year}\n\n` : "";
      await writeTable(ctx, out, { zh: "同级比较", en: "peers" }, peersTable(table, result.rows, out), { head, sources: table });
    });
  },
};
