import { availableParallelism } from "node:os";
import type { Command } from "commander";
import type { ObservationTable } from "../../core/observation-table.js";
import { UsageError } from "../../errors.js";
import type { ExportFormat } from "../../export/export-file.js";
import type { ExportKind } from "../../export/export-kind.js";
import type { CsvOutput } from "../../export/export-threads.js";
import { checkOutputs } from "../../io/check-outputs.js";
import { fileSizes, findDatasetFiles } from "../../io/find-dataset-files.js";
import { sweepStaleTemps } from "../../io/temp-files.js";
import { isSpecialFile } from "../../io/write-file-atomic.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addLangOption, parseGroup, parseLangOption } from "../command-options.js";
import { PARALLEL_MIN_BYTES, prepareThreadedExport, stopEarlyExportThread } from "../export-thread.js";
import { required } from "../help-text.js";
import { listText } from "../list-text.js";
import { loadForCommand } from "../load-for-command.js";
import { progressBar } from "../progress-bar.js";
import { reportWritten } from "../report-written.js";
import { countText } from "../tables/number-formats.js";
import type { CommandModule } from "./command-module.js";

interface ExportCommandOptions {
  what: string[];
  out: string[];
  format?: string;
  group?: string;
  threads?: string;
  lang?: string;
}

const KINDS: readonly string[] = ["observations", "yoy", "shares", "audit"] satisfies ExportKind[];

export const exportCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addLangOption(
      program
        .command("export")
        .description(say("table.help.export"))
        .argument("<path>", say("table.help.export.path"))
        .requiredOption("--what <kinds...>", required(say("table.help.export.what", { kinds: KINDS.join(", ") })))
        .requiredOption("--out <files...>", required(say("table.help.export.out")))
        .option("--format <format>", say("table.help.export.format"))
        .option("--group <id>", say("table.help.export.group"))
        .option("--threads <n>", say("table.help.export.threads", { cores: availableParallelism(), mb: PARALLEL_MIN_BYTES / 1024 / 1024 }))
        .addHelpText("after", say("table.help.export.examples")),
    ).action(async (path: string, opts: ExportCommandOptions) => {
      parseLangOption(opts.lang);
      const unknown = opts.what.filter((w) => !KINDS.includes(w));
      if (unknown.length > 0)
        throw new UsageError(say("cli.option_one_of", { option: "--what", value: unknown[0] as string, expected: listText(KINDS) }));
      if (opts.out.length !== opts.what.length) {
        throw new UsageError(say("cli.export_what_count", { what: opts.what.length, out: opts.out.length }));
      }
      checkOutputs(opts.out, [path]);
      const group = parseGroup(opts.group);
      const threads = parseThreads(opts.threads);
      // Loaded here, not at start-up: DuckDB and the export code cost nothing to the other commands.
      const { exportFormatOf } = await import("../../export/export-file.js");
      const formats = opts.out.map((out) => exportFormatOf(out, opts.format));
      const outputs: CsvOutput[] = opts.what.map((what, k) => ({ kind: what as ExportKind, path: opts.out[k] as string, group }));
      for (const o of outputs) {
        const swept = sweepStaleTemps(o.path);
        if (swept.length > 0) ctx.io.stderr(`${say("cli.export_swept", { count: swept.length, path: o.path })}\n`);
      }
      // Threads write CSV only. The datasets' size is looked at only when it decides; their files are
      // then listed here once and handed to the load.
      const csv = formats.every((f) => f === "csv");
      const layout = csv && threads === undefined ? findDatasetFiles(path) : undefined;
      const bytes = layout === undefined ? 0 : fileSizes(layout).reduce((sum, n) => sum + n, 0);
      // Threads join their parts by renaming over the output: a device or pipe is written by one.
      const special = opts.out.some(isSpecialFile);
      const count = !csv || special ? 1 : (threads ?? (bytes >= PARALLEL_MIN_BYTES ? availableParallelism() : 1));
      if (count <= 1) stopEarlyExportThread();
      const threaded = count > 1 ? prepareThreadedExport(ctx, count) : null;
      try {
        const table = await loadForCommand(ctx, path, {
          shared: threaded !== null,
          layout,
          bothEnds: threaded === null ? undefined : { read: threaded.readBack },
        });
        if (table === null) return;
        if (threaded !== null) await threaded.run(table, outputs);
        else await writeOneByOne(ctx, table, outputs, formats);
      } finally {
        // Whatever happened: a live export thread would keep the process from exiting.
        await threaded?.cancel();
      }
    });
  },
};

function parseThreads(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s.trim()) || n < 1 || n > 256)
    throw new UsageError(say("cli.whole_number_invalid", { option: "--threads", value: s, min: 1, max: 256 }));
  return n;
}

async function writeOneByOne(ctx: CliContext, table: ObservationTable, outputs: CsvOutput[], formats: ExportFormat[]): Promise<void> {
  const { exportFile } = await import("../../export/export-file.js");
  const { exportTableOf } = await import("../../export/export-kind.js");
  for (const [k, o] of outputs.entries()) {
    let gaps = 0;
    const result = exportTableOf(o.kind, table, {
      group: o.group,
      onGaps: (n) => {
        gaps = n;
      },
    });
    const bar = progressBar(ctx.io);
    const rows = await exportFile(o.path, result, formats[k] as ExportFormat, (done, all, fraction) =>
      bar.update(
        fraction,
        say("cli.progress_export", { kind: o.kind, path: o.path, rows: `${countText(done)}${all === null ? "" : `/${countText(all)}`}` }),
      ),
    );
    bar.done();
    reportWritten(ctx, o, { rows, gaps });
  }
}
