import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { ENTITY_ID_PATTERN, entityIdFromFileName } from "../../extract/entity-id-from-file-name.js";
import { extractReportFile } from "../../extract/extract-report-file.js";
import { type LocatedReport, placeFinder, placeText, type ReportPlace } from "../../extract/locate-figures.js";
import { type ReportFile, readReportFile } from "../../extract/read-report-file.js";
import { scopeLine } from "../../extract/scope-line.js";
import { datasetTable, toDatasetCsv } from "../../extract/to-dataset-csv.js";
import { checkOutputs } from "../../io/check-outputs.js";
import { say } from "../../messages/catalogue.js";
import type { CliContext } from "../cli-context.js";
import { addLangOption, parseLangOption } from "../command-options.js";
import { orText } from "../list-text.js";
import { writeOutput, writeTable } from "../output.js";
import type { CommandModule } from "./command-module.js";

interface ExtractOptions {
  format?: string;
  out?: string;
  year?: string;
  entity?: string;
  html?: boolean;
  ocr?: boolean;
  pages?: string;
  lang?: string;
}

export const extractCommand: CommandModule = {
  register(program: Command, ctx: CliContext) {
    addLangOption(
      program
        .command("extract")
        .description(say("table.help.extract"))
        .argument("<report>", say("table.help.extract.report"))
        .option("--format <format>", say("table.help.extract.format"))
        .option("--out <file>", say("table.help.extract.out"))
        .option("--year <year>", say("table.help.extract.year"))
        .option("--entity <id>", say("table.help.extract.entity"))
        .option("--html", say("table.help.extract.html"))
        .option("--ocr", say("table.help.extract.ocr"))
        .option("--pages <list>", say("table.help.extract.pages"))
        .addHelpText("after", say("table.help.extract.examples")),
    ).action(async (path: string, opts: ExtractOptions) => {
      parseLangOption(opts.lang);
      const format = extractFormat(opts.format, opts.out);
      if (opts.out !== undefined) checkOutputs([opts.out], [path]);
      if (opts.pages !== undefined && opts.ocr !== true) throw new UsageError(say("extract.pages_without_ocr"));
      if (opts.ocr === true) {
        const { extractByOcr } = await import("../extract-by-ocr.js");
        if (format === "xlsx") throw new UsageError(say("extract.ocr_no_xlsx"));
        await extractByOcr(ctx, path, {
          format,
          ...(opts.out === undefined ? {} : { out: opts.out }),
          ...(opts.pages === undefined ? {} : { pages: opts.pages }),
        });
        return;
      }
      const year = opts.year === undefined ? undefined : parseYearOption(opts.year);
      if (opts.entity !== undefined && !ENTITY_ID_PATTERN.test(opts.entity))
        throw new UsageError(say("extract.entity_invalid", { value: opts.entity }));
      const file = await readReportFile(path);
      const report = extractReportFile(file, { html: opts.html === true, ...(year === undefined ? {} : { year }) });
      const entity = opts.entity ?? (path === "-" ? null : entityIdFromFileName(path).entity);
      if (format === "json") writeOutput(ctx, `${JSON.stringify(reportJson(report, file.name, entity), null, 2)}\n`, opts.out);
      else if (format === "xlsx") await writeDatasetWorkbook(ctx, report, opts.out as string);
      else writeOutput(ctx, toDatasetCsv(report), opts.out);
      ctx.io.stderr(extractSummary(report, file));
    });
  },
};

type ExtractFormat = "csv" | "json" | "xlsx";
const EXTRACT_FORMATS: readonly ExtractFormat[] = ["csv", "json", "xlsx"];

/**
 * What extract writes: --out's extension decides (.csv, .json, .xlsx), --format may repeat it but not
 * contradict it, and any other extension is an error rather than a file of another format under its name.
 */
function extractFormat(format: string | undefined, out: string | undefined): ExtractFormat {
  if (format !== undefined && !EXTRACT_FORMATS.includes(format as ExtractFormat))
    throw new UsageError(say("cli.option_unknown_value", { option: "--format", value: format, expected: orText(EXTRACT_FORMATS) }));
  const toFile = out !== undefined && out !== "-" && !out.startsWith("/dev/");
  if (!toFile) {
    if (format === "xlsx") throw new UsageError(say("cli.xlsx_needs_file"));
    return (format as ExtractFormat | undefined) ?? "csv";
  }
  const ext = /\.([A-Za-z0-9]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === undefined || !EXTRACT_FORMATS.includes(ext as ExtractFormat))
    throw new UsageError(ext === undefined ? say("extract.out_no_extension", { out }) : say("extract.out_unknown_extension", { out, ext }));
  if (format !== undefined && format !== ext) throw new UsageError(say("extract.format_contradicts_out", { format, out }));
  return ext as ExtractFormat;
}

/** The dataset as a one-sheet workbook, its figures real number cells (see writeTable). */
function writeDatasetWorkbook(ctx: CliContext, report: LocatedReport, out: string): Promise<void> {
  return writeTable(
    ctx,
    { format: "xlsx", out, lang: "zh", digits: null, bom: false, wide: false },
    { zh: "数据集", en: "dataset" },
    datasetTable(report.figures),
  );
}

function parseYearOption(s: string): number {
  if (!/^\d{4}$/.test(s.trim())) throw new UsageError(say("cli.year_invalid", { option: "--year", value: s }));
  return Number(s);
}

/** The JSON form: what was detected, every figure with offsets (and page and line), the unassigned numbers, the warnings. */
export function reportJson(report: LocatedReport, name: string, entity: string | null = null) {
  return {
    report: name,
    entity,
    body: report.body,
    year: report.year,
    year_from: report.yearFrom,
    layout: report.layout,
    layout_reason: report.layoutReason,
    scope: report.scope,
    figures: report.figures,
    unassigned: report.unassigned,
    warnings: report.warnings,
  };
}

/**
 * What a reader of the terminal needs after an extraction: what was detected, how many figures, and
 * each number no metric took, with where it is in the report (line and column of a text, page and line
 * of a PDF) and its context.
 */
export function extractSummary(report: LocatedReport, file: ReportFile): string {
  const kind = file.pdf ? say("extract.summary_pdf", { pages: file.pdf.pages }) : file.kind === "docx" ? say("extract.summary_docx") : "";
  const lines = [
    say("extract.summary", {
      name: file.name,
      kind,
      body: report.body ?? say("extract.summary_no_body"),
      year: report.year ?? say("extract.summary_no_year"),
      layout: report.layout,
      reason: report.layoutReason,
      figures: report.figures.length,
      unassigned: report.unassigned.length,
    }),
  ];
  const place = placeFinder(file);
  lines.push(scopeLine(report.scope, place));
  for (const w of report.warnings) lines.push(say("cli.warning", { message: w }));
  for (const u of report.unassigned) lines.push(`  ${where(file, u.start, place(u.start))}: ${u.text}  …${u.context}…  (${u.reason})`);
  return `${lines.join("\n")}\n`;
}

/** "report.txt:12:5" for a text, "report.pdf (page 2, line 14)" for a PDF, the name alone otherwise. */
function where(file: ReportFile, offset: number, p: ReportPlace): string {
  if (file.pdf) return `${file.name} (${placeText(p)})`;
  if (file.kind === "docx" || p.line === undefined) return file.name;
  const lineStart = file.text.lastIndexOf("\n", offset - 1) + 1;
  return `${file.name}:${p.line}:${offset - lineStart + 1}`;
}
