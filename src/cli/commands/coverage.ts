import type { Command } from "commander";
import { buildCoverage, type CoverageExpectation } from "../../coverage/coverage.js";
import { coverageGridText } from "../../coverage/coverage-grid-text.js";
import { coverageGridTable, coverageLegendTable, coverageLongTable } from "../../coverage/coverage-tables.js";
import { coverageWarnings } from "../../coverage/coverage-warnings.js";
import { coverageWord } from "../../coverage/coverage-words.js";
import { parseYearList } from "../../coverage/parse-year-list.js";
import { readCoverageFacts } from "../../coverage/read-coverage-facts.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput } from "../command-options.js";
import { writeOutput, writeTables } from "../output.js";
import { loadProgressBar } from "../progress-bar.js";
import { DEFAULT_VIEW, shapesTable } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

interface CoverageCommandOptions extends OutputOptions {
  years?: string;
  expect?: string;
}

export const coverageCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("coverage")
        .description(say("table.help.coverage"))
        .argument("<path>", say("table.help.option.path_coverage"))
        .option("--years <years>", say("table.help.coverage.years"))
        .option("--expect <years>", say("table.help.coverage.expect"))
        .addHelpText("after", say("table.help.coverage.examples")),
    ).action(async (path: string, opts: CoverageCommandOptions) => {
      const out = parseOutput(opts);
      if (opts.years !== undefined && opts.expect !== undefined) throw new UsageError(say("cli.coverage_years_and_expect"));
      const expectation: CoverageExpectation =
        opts.years !== undefined
          ? { years: parseYearList(opts.years, "--years") }
          : opts.expect !== undefined
            ? { expect: parseYearList(opts.expect, "--expect") }
            : {};
      const progress = loadProgressBar(ctx.io);
      const facts = await readCoverageFacts(path, progress.onProgress);
      progress.done();
      const coverage = buildCoverage(facts, expectation);
      const lang = out.lang;
      const name = { zh: coverageWord("coverage", "zh"), en: coverageWord("coverage", "en") };
      // The grid with its legend, unless the table is shaped: then the grid as a table, like the other formats.
      if (out.format === "table" && !shapesTable(out.view ?? DEFAULT_VIEW)) writeOutput(ctx, coverageGridText(coverage, lang), out.out);
      else if (out.format === "table") await writeTables(ctx, out, [{ name, table: coverageGridTable(coverage, lang, "symbol") }]);
      else if (out.format === "md")
        await writeTables(ctx, out, [
          { name, table: coverageGridTable(coverage, lang, "symbol") },
          { name: { zh: coverageWord("legend", "zh"), en: coverageWord("legend", "en") }, table: coverageLegendTable(lang) },
        ]);
      else if (out.format === "xlsx")
        await writeTables(ctx, out, [
          { name, table: coverageGridTable(coverage, lang, "status") },
          { name: { zh: "明细", en: "cells" }, table: coverageLongTable(coverage, lang) },
        ]);
      else
        await writeTables(ctx, { ...out, wide: false }, [
          { name, table: out.wide ? coverageGridTable(coverage, lang, "status") : coverageLongTable(coverage, lang) },
        ]);
      for (const line of coverageWarnings(coverage, lang)) ctx.io.stderr(`${line}\n`);
    });
  },
};
