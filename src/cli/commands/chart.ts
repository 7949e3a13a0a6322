import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { checkOutputs } from "../../io/check-outputs.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { parseLangOption, parseMetric, parseYear, resolveEntities } from "../command-options.js";
import { required } from "../help-text.js";
import { loadForCommand } from "../load-for-command.js";
import type { CommandModule } from "./command-module.js";

interface ChartCommandOptions {
  metric?: string[];
  entity?: string[];
  group?: string;
  year?: string;
  from?: string;
  to?: string;
  lang?: string;
  title?: string;
  out?: string;
}

export const chartCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("chart")
      .description(say("table.help.chart"))
      .addHelpText("after", say("table.help.chart.examples"))
      .argument("<kind>", say("table.help.chart.kind"))
      .argument("<path>", say("table.help.option.path"))
      .option("--metric <ids...>", say("table.help.chart.metric"))
      .option("--entity <ids...>", say("table.help.option.entities"))
      .option("--group <id>", say("table.help.chart.group"))
      .option("--year <year>", say("table.help.chart.year"))
      .option("--from <year>", say("table.help.chart.from"))
      .option("--to <year>", say("table.help.chart.to"))
      .option("--lang <lang>", say("table.help.option.lang"))
      .option("--title <text>", say("table.help.chart.title"))
      .requiredOption("--out <file>", required(say("table.help.chart.out")))
      .action(async (kindArg: string, path: string, opts: ChartCommandOptions) => {
        // Drawing modules load only here, so commands that draw nothing stay quick.
        const { chartForKind, parseChartKind } = await import("../../report/chart-for-kind.js");
        const { chartFormatOf } = await import("../../render/chart-file-format.js");
        const kind = parseChartKind(kindArg);
        const out = opts.out as string;
        chartFormatOf(out);
        checkOutputs([out], [path]);
        const lang = parseLangOption(opts.lang);
        const year = opts.year === undefined ? undefined : parseYear(opts.year, "--year");
        const from = opts.from === undefined ? undefined : parseYear(opts.from, "--from");
        const to = opts.to === undefined ? undefined : parseYear(opts.to, "--to");
        if (from !== undefined && to !== undefined && from >= to) throw new UsageError(say("cli.chart_from_not_before_to", { from, to }));
        const metrics = opts.metric?.map(parseMetric);
        const table = await loadForCommand(ctx, path);
        if (!table) return;
        const entities = resolveEntities(table, opts.entity);
        const spec = chartForKind(table, kind, {
          lang,
          ...(metrics ? { metrics } : {}),
          ...(entities ? { entities } : {}),
          ...(opts.group === undefined ? {} : { group: opts.group }),
          ...(year === undefined ? {} : { year }),
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(opts.title === undefined ? {} : { title: opts.title }),
        });
        const { writeChart } = await import("../../render/write-chart.js");
        const format = await writeChart(spec, out, { lang });
        ctx.io.stderr(`${say("cli.chart_wrote", { path: out, format })}\n`);
      });
  },
};
