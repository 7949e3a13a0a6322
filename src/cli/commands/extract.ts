import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { extractReport } from "../../extract/extract-report.js";
import type { ExtractedReport } from "../../extract/extracted-report.js";
import { readReportFile } from "../../extract/read-report-file.js";
import { toDatasetCsv } from "../../extract/to-dataset-csv.js";
import type { CliContext } from "../cli-context.js";
import { writeOutput } from "../output.js";
import type { CommandModule } from "./command-module.js";

interface ExtractOptions {
  format: string;
  out?: string;
  year?: string;
  html?: boolean;
}

export const extractCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    program
      .command("extract")
      .description("read a published report's text into a dataset, every figure with its sentence or table row and offsets")
      .argument("<report>", "the report as text (pdftotext -layout output, a web page's text), HTML (.html), or - for stdin")
      .option("--format <format>", "csv (a dataset file; offsets in the note column) or json (figures, offsets, unassigned numbers)", "csv")
      .option("--out <file>", "write the dataset to a file (atomically) instead of stdout")
      .option("--year <year>", "the report year, when the title does not give it")
      .option("--html", "read the input as HTML whatever its name")
      .action((path: string, opts: ExtractOptions) => {
        if (opts.format !== "csv" && opts.format !== "json")
          throw new UsageError(`unknown --format "${opts.format}": expected csv or json`);
        const year = opts.year === undefined ? undefined : parseYearOption(opts.year);
        const file = readReportFile(path);
        const report = extractReport(file.text, { format: opts.html ? "html" : file.format, ...(year === undefined ? {} : { year }) });
        if (opts.format === "json") writeOutput(ctx, `${JSON.stringify(reportJson(report, file.name), null, 2)}\n`, opts.out);
        else writeOutput(ctx, toDatasetCsv(report), opts.out);
        ctx.io.stderr(extractSummary(report, file.name, file.text));
      });
  },
};

function parseYearOption(s: string): number {
  if (!/^\d{4}$/.test(s.trim())) throw new UsageError(`invalid --year "${s}": expected a four-digit year such as 2017`);
  return Number(s);
}

/** The JSON form: what was detected, every figure with offsets, the unassigned numbers, the warnings. */
export function reportJson(report: ExtractedReport, name: string) {
  return {
    report: name,
    body: report.body,
    year: report.year,
    year_from: report.yearFrom,
    layout: report.layout,
    layout_reason: report.layoutReason,
    figures: report.figures,
    unassigned: report.unassigned,
    warnings: report.warnings,
  };
}

/**
 * What a reader of the terminal needs after an extraction: what was detected, how many figures, and
 * each number no metric took, with its line and column in the report and its context.
 */
export function extractSummary(report: ExtractedReport, name: string, text: string): string {
  const lines = [
    `${name}: ${report.body ?? "(body not found)"} ${report.year ?? "(year not found)"}, layout ${report.layout} (${report.layoutReason}); ${report.figures.length} figure(s), ${report.unassigned.length} number(s) unassigned`,
  ];
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  for (const u of report.unassigned) {
    const { line, column } = lineColumn(text, u.start);
    lines.push(`  ${name}:${line}:${column}: ${u.text}  …${u.context}…  (${u.reason})`);
  }
  return `${lines.join("\n")}\n`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
