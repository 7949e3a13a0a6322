import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { ExportFormat } from "../../export/export-file.js";
import type { ExportKind } from "../../export/export-kind.js";
import type { CliContext } from "../cli-context.js";
import { loadForCommand } from "../load-for-command.js";
import { progressBar } from "../progress-bar.js";
import type { CommandModule } from "./command-module.js";

interface ExportCommandOptions {
  what: string[];
  out: string[];
  format?: string;
  group?: string;
}

const KINDS: readonly string[] = ["observations", "yoy", "shares", "audit"] satisfies ExportKind[];

export const exportCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("export")
      .description(
        "write the tidy observations, year over year, shares or audit findings as CSV or Parquet, for DuckDB, Spark or a warehouse",
      )
      .argument("<path>", "a dataset folder, a folder of them, or a long corpus CSV beside entities.json")
      .requiredOption("--what <kinds...>", `what to write, one or more of ${KINDS.join(", ")}`)
      .requiredOption("--out <files...>", "one output file per --what, in the same order (.csv or .parquet)")
      .option("--format <format>", "csv or parquet for every output (default: from each file's extension)")
      .option("--group <id>", "shares of this breakdown group only (e.g. proactive_channels)")
      .action(async (path: string, opts: ExportCommandOptions) => {
        const unknown = opts.what.filter((w) => !KINDS.includes(w));
        if (unknown.length > 0) throw new UsageError(`unknown --what "${unknown[0]}": expected ${KINDS.join(", ")}`);
        if (opts.out.length !== opts.what.length) {
          throw new UsageError(`${opts.what.length} --what but ${opts.out.length} --out: give one output file per kind, in the same order`);
        }
        // Loaded here, not at start-up: DuckDB and the export code cost nothing to the other commands.
        const { exportFile, exportFormatOf } = await import("../../export/export-file.js");
        const { exportTableOf } = await import("../../export/export-kind.js");
        const formats = opts.out.map((out) => exportFormatOf(out, opts.format));
        const table = await loadForCommand(ctx, path);
        if (!table) return;
        for (const [k, what] of opts.what.entries()) {
          const out = opts.out[k] as string;
          let gaps = 0;
          const result = exportTableOf(what as ExportKind, table, {
            group: opts.group,
            onGaps: (n) => {
              gaps = n;
            },
          });
          const bar = progressBar(ctx.io);
          const written = await exportFile(out, result, formats[k] as ExportFormat, (done, rows, fraction) =>
            bar.update(
              fraction,
              `${what} → ${out}  ${done.toLocaleString("en")}${rows === null ? "" : `/${rows.toLocaleString("en")}`} rows`,
            ),
          );
          bar.done();
          const note = gaps > 0 ? ` (${gaps.toLocaleString("en")} growths null: prior year missing, not stated or 0)` : "";
          ctx.io.stderr(`wrote ${written.toLocaleString("en")} ${what} rows to ${out}${note}\n`);
        }
      });
  },
};
