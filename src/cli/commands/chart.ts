import type { Command } from "commander";
import { UsageError } from "../../errors.js";
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
      .argument("<kind>", "trend, growth, heatmap, breakdown, donut, slope or audit")
      .argument("<path>", "a dataset folder or a folder of them (datasets/)")
      .option("--metric <ids...>", "metric ids (trend, slope; growth and heatmap default to the top-level figures)")
      .option("--entity <ids...>", "only these bodies (id or name)")
      .option("--group <id>", "the breakdown group (breakdown, donut, slope, audit)")
      .option("--year <year>", "one report year (donut, audit; growth: the later year)")
      .option("--from <year>", "first year")
      .option("--to <year>", "last year")
      .option("--lang <lang>", "zh (Chinese) or en (English); default: the locale's, Chinese unless it names another language")
      .option("--title <text>", "the chart title")
      .requiredOption("--out <file>", required("the chart file; its extension picks the format"))
      .action(async (kindArg: string, path: string, opts: ChartCommandOptions) => {
        // Drawing modules load only here, so commands that draw nothing stay quick.
        const { chartForKind, parseChartKind } = await import("../../report/chart-for-kind.js");
        const { chartFormatOf } = await import("../../render/chart-file-format.js");
        const kind = parseChartKind(kindArg);
        const out = opts.out as string;
        chartFormatOf(out);
        const lang = parseLangOption(opts.lang);
        const year = opts.year === undefined ? undefined : parseYear(opts.year, "--year");
        const from = opts.from === undefined ? undefined : parseYear(opts.from, "--from");
        const to = opts.to === undefined ? undefined : parseYear(opts.to, "--to");
        if (from !== undefined && to !== undefined && from >= to) throw new UsageError(`--from ${from} must be before --to ${to}`);
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
        ctx.io.stderr(`wrote ${out} (${format})\n`);
      });
  },
};
