import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { formatTable } from "../../format/format-table.js";
import type { Layout } from "../../types.js";
import type { CliContext } from "../cli-context.js";
import { addOutputOptions, type OutputOptions, parseOutput } from "../command-options.js";
import { writeOutput, writeTable, writeTables } from "../output.js";
import { crosswalkTable, groupsTable, metricsTable } from "../tables/catalogue-tables.js";
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
        .description("print the metric catalogue, the whole → parts groups and the crosswalk between report layouts")
        .option("--section <name>", "all, metrics, groups or crosswalk (csv needs one; all gives metrics)", "all")
        .option("--layout <layout>", "only the 2008, 2019 or 2021 layout"),
    ).action(async (opts: CatalogueOptions) => {
      const out = parseOutput(opts);
      if (!SECTIONS.includes(opts.section)) throw new UsageError(`unknown --section "${opts.section}": expected ${SECTIONS.join(", ")}`);
      if (opts.layout !== undefined && !["2008", "2019", "2021"].includes(opts.layout)) {
        throw new UsageError(`unknown --layout "${opts.layout}": expected 2008, 2019 or 2021`);
      }
      const layout = opts.layout as Layout | undefined;
      const tables = {
        metrics: metricsTable(out.lang, layout),
        groups: groupsTable(out.lang, layout),
        crosswalk: crosswalkTable(layout),
      };
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
      const text = [
        heading(`Metrics (${tables.metrics.rows.length})`) + formatTable(tables.metrics, out.format),
        heading(`Groups (${tables.groups.rows.length})`) + formatTable(tables.groups, out.format),
        heading(`Crosswalk (${tables.crosswalk.rows.length})`) + formatTable(tables.crosswalk, out.format),
      ].join("\n");
      writeOutput(ctx, text, out.out);
    });
  },
};
