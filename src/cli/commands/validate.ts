import type { Command } from "commander";
import { summarize } from "../../core/summarize.js";
import { type DataProblem, formatProblems } from "../../errors.js";
import type { TableData } from "../../format/table-data.js";
import { loadDatasets } from "../../io/load-datasets.js";
import type { CliContext } from "../cli-context.js";
import { outputFormat } from "../command-options.js";
import { writeOutput, writeTable } from "../output.js";
import { loadProgressBar } from "../progress-bar.js";
import type { CommandModule } from "./command-module.js";

/** Problems as a table: where (file, cell or line and column), what, and the hint. */
function problemsTable(problems: readonly DataProblem[]): TableData {
  return {
    columns: [
      { key: "code", title: "代码" },
      { key: "file", title: "文件" },
      { key: "cell", title: "单元格" },
      { key: "line", title: "行" },
      { key: "column", title: "列" },
      { key: "message", title: "问题" },
      { key: "expected", title: "应为" },
      { key: "found", title: "实为" },
      { key: "hint", title: "提示" },
    ],
    rows: problems.map((p) => ({
      code: p.code,
      file: p.file,
      cell: p.cell ?? null,
      line: p.line > 0 ? p.line : null,
      column: p.column > 0 ? p.column : null,
      message: p.message,
      expected: p.expected,
      found: p.found,
      hint: p.hint,
    })),
  };
}

export const validateCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("validate")
      .description("check datasets against the format and the catalogue; print every problem, or a summary")
      .argument("<path>", "a dataset file, an entity folder, or a folder of them (datasets/)")
      .option("--format <format>", "table, json, csv, md or xlsx (default: from --out's extension, else table)")
      .option("--max-problems <n>", "problems listed in full; the rest are counted", "100")
      .option("--out <file>", "write the result to a file instead of stdout; .csv, .xlsx, .json, .md or .txt picks the format")
      .option("--bom", "start CSV with a byte-order mark, so Excel on Windows shows its Chinese correctly")
      .action(async (path: string, opts: { format?: string; maxProblems: string; out?: string; bom?: boolean }) => {
        const format = outputFormat(opts.format, opts.out);
        const progress = loadProgressBar(ctx.io);
        const result = await loadDatasets(path, { maxProblems: Number(opts.maxProblems) || 100, onProgress: progress.onProgress });
        progress.done();
        const summary = summarize(result.table);
        if (result.problems.length > 0) ctx.exitCode = 1;
        if (format === "json") {
          const problems = result.problems.map(({ code, file, line, column, cell, message, expected, found, hint }) => ({
            code,
            file,
            line,
            column,
            ...(cell === undefined ? {} : { cell }),
            message,
            expected,
            found,
            hint,
          }));
          writeOutput(ctx, `${JSON.stringify({ problems, omitted: result.omitted, summary }, null, 2)}\n`, opts.out);
          return;
        }
        if (result.problems.length > 0) {
          ctx.io.stderr(
            `${formatProblems(result.problems, result.omitted)}\n\n${result.problems.length + result.omitted} problem(s) in ${result.files.length} file(s)\n`,
          );
          // A workbook asked for gets the problems, one a row, to work through beside the data.
          if (format === "xlsx") {
            const out = { format, out: opts.out, lang: "zh" as const, digits: null, bom: false, wide: false };
            await writeTable(ctx, out, { zh: "问题", en: "problems" }, problemsTable(result.problems));
          }
          return;
        }
        const table = {
          columns: [
            { key: "entity", title: "entity" },
            { key: "name_zh", title: "名称" },
            { key: "year", title: "year", align: "right" as const },
            { key: "rows", title: "rows", align: "right" as const },
            { key: "printed", title: "printed", align: "right" as const },
            { key: "derived", title: "derived", align: "right" as const },
            { key: "unknown", title: "not stated", align: "right" as const },
          ],
          rows: summary.byEntityYear,
        };
        const head =
          format === "table"
            ? `${summary.rows} rows, ${summary.entities} entit${summary.entities === 1 ? "y" : "ies"}, years ${summary.years.join(", ")}, ${summary.metrics} metrics: ${summary.printed} printed, ${summary.derived} derived, ${summary.unknown} not stated. No problems.\n\n`
            : "";
        const out = { format, out: opts.out, lang: "zh" as const, digits: null, bom: opts.bom === true, wide: false };
        await writeTable(ctx, out, { zh: "校验", en: "validate" }, table, { head });
      });
  },
};
