import type { Command } from "commander";
import { summarize } from "../../core/summarize.js";
import { type DataProblem, formatProblems } from "../../errors.js";
import type { TableData } from "../../format/table-data.js";
import { loadDatasets } from "../../io/load-datasets.js";
import { say } from "../../messages/catalogue.js";
import type { Lang } from "../../messages/lang.js";
import type { CliContext } from "../cli-context.js";
import { addLangOption, addTableViewOptions, outputFormat, parseLangOption, parseYear } from "../command-options.js";
import { listText } from "../list-text.js";
import { printLoadNotes } from "../load-for-command.js";
import { writeOutput, writeTable } from "../output.js";
import { loadProgressBar } from "../progress-bar.js";
import { columnTitle } from "../tables/column-title.js";
import { parseTableView, shapesTable, type TableViewOptions, withRowFilter } from "../tables/table-view.js";
import type { CommandModule } from "./command-module.js";

/** Problems as a table: where (file, cell or line and column), what, and the hint. */
function problemsTable(problems: readonly DataProblem[], lang: Lang): TableData {
  const t = (key: string, as?: string) => columnTitle(key, lang, as);
  return {
    columns: [
      { key: "code", title: t("code") },
      { key: "file", title: t("file") },
      { key: "cell", title: t("cell") },
      { key: "line", title: t("line") },
      { key: "column", title: t("column") },
      { key: "message", title: t("message", "problem") },
      { key: "expected", title: t("expected") },
      { key: "found", title: t("found") },
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

interface ValidateOptions extends TableViewOptions {
  format?: string;
  maxProblems: string;
  out?: string;
  bom?: boolean;
  lang?: string;
  entity?: string[];
  year?: string[];
}

export const validateCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    const command = program
      .command("validate")
      .description(say("table.help.validate"))
      .argument("<path>", say("table.help.option.path_validate"))
      .option("--format <format>", say("table.help.option.format"))
      .option("--max-problems <n>", say("table.help.validate.max_problems"), "100")
      .option("--out <file>", say("table.help.option.out"))
      .option("--bom", say("table.help.option.bom"))
      .option("--entity <ids...>", say("table.help.validate.entity"))
      .option("--year <years...>", say("table.help.option.years_filter"));
    addTableViewOptions(addLangOption(command))
      .addHelpText("after", say("table.help.validate.examples"))
      .action(async (path: string, opts: ValidateOptions) => {
        const lang = parseLangOption(opts.lang);
        const years = opts.year?.map((y) => String(parseYear(y, "--year")));
        const view = withRowFilter(
          withRowFilter({ view: parseTableView(opts) }, "--entity", ["entity"], opts.entity),
          "--year",
          ["year"],
          years,
        ).view;
        const format = outputFormat(opts.format, opts.out);
        const progress = loadProgressBar(ctx.io);
        const result = await loadDatasets(path, { maxProblems: Number(opts.maxProblems) || 100, onProgress: progress.onProgress });
        progress.done();
        printLoadNotes(ctx, result.notes);
        const summary = summarize(result.table);
        if (result.problems.length > 0) ctx.exitCode = 1;
        // JSON is the whole record (problems, summary) unless the summary table is shaped with no problems to tell.
        if (format === "json" && (result.problems.length > 0 || !shapesTable(view))) {
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
          writeOutput(ctx, `${JSON.stringify({ problems, omitted: result.omitted, notes: result.notes, summary }, null, 2)}\n`, opts.out);
          return;
        }
        if (result.problems.length > 0) {
          ctx.io.stderr(
            `${formatProblems(result.problems, result.omitted)}\n\n${say("cli.validate_problems", { count: result.problems.length + result.omitted, files: result.files.length })}\n`,
          );
          // A workbook asked for gets the problems, one a row, to work through beside the data.
          if (format === "xlsx") {
            const out = { format, out: opts.out, lang, digits: null, bom: false, wide: false, view };
            await writeTable(ctx, out, { zh: "问题", en: "problems" }, problemsTable(result.problems, lang));
          }
          return;
        }
        const t = (key: string) => columnTitle(key, lang);
        const table = {
          columns: [
            { key: "entity", title: t("entity") },
            { key: "name_zh", title: t("name_zh") },
            { key: "year", title: t("year"), align: "right" as const },
            { key: "rows", title: t("rows"), align: "right" as const },
            { key: "printed", title: t("printed"), align: "right" as const },
            { key: "derived", title: t("derived"), align: "right" as const },
            { key: "unknown", title: t("unknown"), align: "right" as const },
          ],
          rows: summary.byEntityYear,
        };
        const head =
          format === "table"
            ? `${say("cli.validate_summary", {
                rows: summary.rows,
                entities: summary.entities === 1 ? say("cli.entity_count_one") : say("cli.entity_count", { count: summary.entities }),
                years: listText(summary.years),
                metrics: summary.metrics,
                printed: summary.printed,
                derived: summary.derived,
                unknown: summary.unknown,
              })}\n\n`
            : "";
        const out = { format, out: opts.out, lang, digits: null, bom: opts.bom === true, wide: false, view };
        await writeTable(ctx, out, { zh: "校验", en: "validate" }, table, { head });
      });
  },
};
