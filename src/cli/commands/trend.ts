import type { Command } from "commander";
import { trend } from "../../compute/trend.js";
import { UsageError } from "../../errors.js";
import { formatTable } from "../../format/format-table.js";
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
import { metricYearsText, yearsHeld } from "../empty-answers.js";
import { required } from "../help-text.js";
import { cellLabel } from "../labels.js";
import { listText } from "../list-text.js";
import { loadForCommand } from "../load-for-command.js";
import { writeOutput, writeTable, writeTables } from "../output.js";
import { printWarnings } from "../print-warnings.js";
import { applyTableView, DEFAULT_VIEW, withRowFilter } from "../tables/table-view.js";
import { trendSummaryTable, trendTable } from "../tables/trend-table.js";
import type { CommandModule } from "./command-module.js";

const POINTS_SHEET = { zh: "趋势", en: "trend" };
const SUMMARY_SHEET = { zh: "汇总", en: "summary" };

interface TrendCommandOptions extends OutputOptions {
  metric?: string;
  entity?: string[];
  year?: string[];
  applicant?: string;
  baseYear?: string;
  crosswalk: boolean;
  summary?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export const trendCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("trend")
        .description(say("table.help.trend"))
        .argument("<path>", say("table.help.option.path"))
        .requiredOption("--metric <id>", required(say("table.help.option.metric")))
        .option("--entity <ids...>", say("table.help.option.entities"))
        .option("--year <years...>", say("table.help.option.years_filter"))
        .option("--applicant <type>", say("table.help.option.applicant"))
        .option("--base-year <year>", say("table.help.trend.base_year"))
        .option("--no-crosswalk", say("table.help.trend.no_crosswalk"))
        .option("--summary", say("table.help.trend.summary"))
        .option("--verbose", say("table.help.option.verbose"))
        .option("--quiet", say("table.help.option.quiet"))
        .addHelpText("after", say("table.help.trend.examples")),
    ).action(async (path: string, opts: TrendCommandOptions) => {
      // --year keeps rows of the result: changes and the index are still worked out from every year.
      const out = withRowFilter(
        parseOutput(opts),
        "--year",
        ["year"],
        opts.year?.map((y) => String(parseYear(y, "--year"))),
      );
      const metric = parseMetric(opts.metric ?? "");
      const applicant = parseApplicant(opts.applicant);
      const baseYear = opts.baseYear === undefined ? undefined : parseYear(opts.baseYear, "--base-year");
      const table = await loadForCommand(ctx, path);
      if (!table) return;
      const entities = resolveEntities(table, opts.entity);
      const result = trend(table, { metric, applicant, baseYear, entities, crosswalk: opts.crosswalk });
      if (!opts.quiet) printWarnings(ctx, result.warnings, opts.verbose === true);
      // Never an empty table without a word: which bodies state nothing, and in which layouts the metric exists.
      const what = applicant === null ? metric : `${metric} (${applicant})`;
      const held = yearsHeld(table, entities);
      const known = result.series.filter((s) => s.points.some((p) => p.value !== null));
      if (known.length === 0) {
        throw new UsageError(
          say("cli.trend_nothing", {
            whose: entities ? say("cli.trend_nothing_whose", { entities: listText(entities) }) : say("cli.trend_nothing_whose_all"),
            what,
            layouts: metricYearsText(metric),
            crosswalk: opts.crosswalk ? say("cli.trend_nothing_crosswalk") : "",
            held: held.length ? listText(held) : say("cli.none"),
          }),
        );
      }
      const missing = (entities ?? []).filter((e) => !known.some((s) => s.entity === e));
      if (missing.length > 0 && !opts.quiet) {
        const names = listText(missing.map((e) => table.entityInfo.get(e)?.name_zh ?? e));
        ctx.io.stderr(`${say("cli.warning", { message: say("cli.trend_left_out", { what, entities: names }) })}\n`);
      }
      const title = `${cellLabel(metric, applicant, out.lang)} (${metric})`;
      if (opts.summary) {
        await writeTable(ctx, out, SUMMARY_SHEET, trendSummaryTable(table, result.series, out), { sources: table });
        return;
      }
      if (out.format === "xlsx") {
        const sheets = [
          { name: POINTS_SHEET, table: trendTable(table, result.rows(), out) },
          { name: SUMMARY_SHEET, table: trendSummaryTable(table, result.series, out) },
        ];
        await writeTables(ctx, out, sheets, { sources: table });
        return;
      }
      if ((out.format !== "table" && out.format !== "md") || out.wide) {
        await writeTable(ctx, out, POINTS_SHEET, trendTable(table, result.rows(), out), { head: `${title}\n\n` });
        return;
      }
      const points = formatTable(
        applyTableView(trendTable(table, result.rows(), out), out.view ?? DEFAULT_VIEW, out.format === "table"),
        out.format,
      );
      const summary = formatTable(
        applyTableView(trendSummaryTable(table, result.series, out), DEFAULT_VIEW, out.format === "table"),
        out.format,
      );
      writeOutput(ctx, `${title}\n\n${points}\n${summary}`, out.out);
    });
  },
};
