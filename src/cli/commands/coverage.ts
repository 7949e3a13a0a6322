import type { Command } from "commander";
import { buildCoverage, type CoverageExpectation } from "../../coverage/coverage.js";
import { coverageGridText } from "../../coverage/coverage-grid-text.js";
import { coverageGridTable, coverageLegendTable, coverageLongTable } from "../../coverage/coverage-tables.js";
import { coverageWarnings } from "../../coverage/coverage-warnings.js";
import { coverageWord } from "../../coverage/coverage-words.js";
import { parseYearList } from "../../coverage/parse-year-list.js";
import { readCoverageFacts } from "../../coverage/read-coverage-facts.js";
import { UsageError } from "../../errors.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput } from "../command-options.js";
import { writeOutput, writeTables } from "../output.js";
import { loadProgressBar } from "../progress-bar.js";
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
        .description("bodies × years: which reports are present, missing, failing validation or of a changed scope")
        .argument("<path>", "a folder of dataset folders (datasets/), or one body's folder")
        .option("--years <years>", "only these years, each expected of every body (2019-2025, or 2023,2025)")
        .option("--expect <years>", "years expected of every body besides each body's own span (default: the latest year in the datasets)"),
    ).action(async (path: string, opts: CoverageCommandOptions) => {
      const out = parseOutput(opts);
      if (opts.years !== undefined && opts.expect !== undefined)
        throw new UsageError(
          "give --years (the grid's years, all expected) or --expect (years expected besides each body's span), not both",
        );
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
      if (out.format === "table") writeOutput(ctx, coverageGridText(coverage, lang), out.out);
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
