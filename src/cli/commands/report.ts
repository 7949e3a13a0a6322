import type { Command } from "commander";
import { findReportTexts } from "../../extract/find-report-texts.js";
import { checkOutputs } from "../../io/check-outputs.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { parseLangOption } from "../command-options.js";
import { required } from "../help-text.js";
import { loadForCommand } from "../load-for-command.js";
import type { CommandModule } from "./command-module.js";

interface ReportCommandOptions {
  out: string;
  lang?: string;
  png?: boolean;
  texts?: string;
}

export const reportCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("report")
      .description(say("table.help.report"))
      .addHelpText("after", say("table.help.report.examples"))
      .argument("<path>", say("table.help.option.path"))
      .requiredOption("--out <dir>", required(say("table.help.report.out")))
      .option("--lang <lang>", say("table.help.option.lang"))
      .option("--png", say("table.help.report.png"))
      .option("--texts <folder>", say("scope.help_report_texts"))
      .action(async (path: string, opts: ReportCommandOptions) => {
        const lang = parseLangOption(opts.lang);
        checkOutputs([opts.out], [path]);
        // The folder is read first: a wrong path stops the command before the datasets are loaded.
        const texts = opts.texts === undefined ? undefined : findReportTexts([opts.texts]);
        const table = await loadForCommand(ctx, path);
        if (!table) return;
        // Drawing modules load only here, so commands that draw nothing stay quick.
        const { writeReport } = await import("../../report/write-report.js");
        const { reportSummaryText } = await import("../../report/report-summary-text.js");
        const summary = await writeReport(table, opts.out, {
          lang,
          png: opts.png === true,
          ...(texts === undefined ? {} : { texts }),
          onStaleRemoved: (names) => ctx.io.stderr(`${say("write.stale_removed", { count: names.length, path: opts.out })}\n`),
        });
        ctx.io.stdout(reportSummaryText(summary, lang));
      });
  },
};
