import { basename } from "node:path";
import { listText } from "../cli/list-text.js";
import { UnusableInputError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { type ExtractOptions, extractReport } from "./extract-report.js";
import { type LocatedReport, locateFigures } from "./locate-figures.js";
import { noFiguresMessage } from "./no-figures-message.js";
import type { ReportFile } from "./read-report-file.js";

/**
 * Extracts a report file's figures (see readReportFile), each with the page and line it was printed on.
 * A report in which no figure is found is an UnusableInputError saying why (a scan, a text cut off, tables not
 * recognised, no statistics), never an empty answer; pages of a PDF that are images only are a warning.
 */
export function extractReportFile(file: ReportFile, opts: { html?: boolean; year?: number } = {}): LocatedReport {
  const options: ExtractOptions = {
    format: opts.html && file.kind === "text" ? "html" : file.format,
    ...(opts.year === undefined ? {} : { year: opts.year }),
    // The file name helps the extractor find the body and year when the title does not say them.
    ...(file.name === "stdin" ? {} : { fileName: basename(file.name) }),
  };
  const report = locateFigures(extractReport(file.text, options), file);
  if (report.figures.length === 0) throw new UnusableInputError(noFiguresMessage(report, file));
  const images = file.pdf?.imagePages ?? [];
  if (images.length > 0) {
    report.warnings.push(say("extract.image_pages", { pages: listText(images) }));
  }
  return report;
}
