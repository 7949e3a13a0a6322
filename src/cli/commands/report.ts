import type { Command } from "commander";
import { UsageError } from "../../errors.js";
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
}

export const reportCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("report")
      .description(say("table.help.report"))
      .addHelpText("after", say("table.help.report.examples"))
      .argument("<path>", "a dataset folder or a folder of them (datasets/)")
      .requiredOption("--out <dir>", required("the folder to write the report into"))
      .option("--lang <lang>", "zh (Chinese) or en (English); default: the locale's, Chinese unless it names another language")
      .option("--png", "also write a PNG of every chart (about 0.3 s a chart)")
      .action(async (path: string, opts: ReportCommandOptions) => {
        const lang = parseLangOption(opts.lang);
        const table = await loadForCommand(ctx, path);
        if (!table) return;
        // Drawing modules load only here, so commands that draw nothing stay quick.
        const { writeReport } = await import("../../report/write-report.js");
        const { reportSummaryText } = await import("../../report/report-summary-text.js");
        const summary = await writeReport(table, opts.out, { lang, png: opts.png === true });
        ctx.io.stdout(reportSummaryText(summary, lang));
      });
  },
};
