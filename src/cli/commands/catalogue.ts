import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { formatTable } from "../../format/format-table.js";
import { say } from "../../messages/catalogue.js";
import type { Layout } from "../../types.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput } from "../command-options.js";
import { orText } from "../list-text.js";
import { writeOutput, writeTable, writeTables } from "../output.js";
import { crosswalkTable, groupsTable, metricsTable } from "../tables/catalogue-tables.js";
import { applyTableView, DEFAULT_VIEW } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

interface CatalogueOptions extends OutputOptions {
  section: string;
  layout?: string;
}

const SECTIONS = ["all", "metrics", "groups", "crosswalk"];

export const catalogueCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addOutputOptions(
      program
        .command("catalogue")
        .description(say("table.help.catalogue"))
        .option("--section <name>", say("table.help.catalogue.section"), "all")
        .option("--layout <layout>", say("table.help.catalogue.layout"))
        .addHelpText("after", say("table.help.catalogue.examples")),
    ).action(async (opts: CatalogueOptions) => {
      const out = parseOutput(opts);
      if (!SECTIONS.includes(opts.section))
        throw new UsageError(say("cli.option_unknown_value", { option: "--section", value: opts.section, expected: orText(SECTIONS) }));
      if (opts.layout !== undefined && !["2008", "2019", "2021"].includes(opts.layout)) {
        throw new UsageError(
          say("cli.option_unknown_value", { option: "--layout", value: opts.layout, expected: orText(["2008", "2019", "2021"]) }),
        );
      }
      const layout = opts.layout as Layout | undefined;
      const tables = {
        metrics: metricsTable(out.lang, layout),
        groups: groupsTable(out.lang, layout),
        crosswalk: crosswalkTable(layout, out.lang),
      };
      // Columns, sort and top shape one table: with all three, the user picks which (CSV of all is the metrics).
      const view = out.view ?? DEFAULT_VIEW;
      if (opts.section === "all" && out.format !== "csv" && (view.columns !== null || view.sort !== null || view.top !== null)) {
        const option = view.columns !== null ? "--columns" : view.sort !== null ? "--sort" : "--top";
        throw new UsageError(say("table.view.section_all", { option }));
      }
      const sheetNames = {
        metrics: { zh: "指标", en: "metrics" },
        groups: { zh: "分组", en: "groups" },
        crosswalk: { zh: "模板对照", en: "crosswalk" },
      };
      if (out.format === "xlsx") {
        const names = (opts.section === "all" ? Object.keys(tables) : [opts.section]) as (keyof typeof tables)[];
        await writeTables(
          ctx,
          out,
          names.map((n) => ({ name: sheetNames[n], table: tables[n] })),
        );
        return;
      }
      if (out.format === "json" && opts.section === "all") {
        const json = Object.fromEntries(
          Object.entries(tables).map(([k, t]) => [
            k,
            t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, r[c.key] ?? null]))),
          ]),
        );
        writeOutput(ctx, `${JSON.stringify(json, null, 2)}\n`, out.out);
        return;
      }
      if (opts.section !== "all" || out.format === "csv") {
        const name = (opts.section === "all" ? "metrics" : opts.section) as keyof typeof tables;
        await writeTable(ctx, out, sheetNames[name], tables[name]);
        return;
      }
      const heading = (s: string) => (out.format === "md" ? `## ${s}\n\n` : `${s}\n\n`);
      const shown = (t: (typeof tables)[keyof typeof tables]) =>
        formatTable(applyTableView(t, view, out.format === "table"), out.format as "table" | "md");
      const text = [
        heading(say("cli.catalogue_metrics", { count: tables.metrics.rows.length })) + shown(tables.metrics),
        heading(say("cli.catalogue_groups", { count: tables.groups.rows.length })) + shown(tables.groups),
        heading(say("cli.catalogue_crosswalk", { count: tables.crosswalk.rows.length })) + shown(tables.crosswalk),
      ].join("\n");
      writeOutput(ctx, text, out.out);
    });
  },
};
