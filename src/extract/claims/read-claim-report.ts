import { basename } from "node:path";
import { extractReport } from "../extract-report.js";
import { type LocatedReport, locateFigures } from "../locate-figures.js";
import { type ReportFile, readReportFile } from "../read-report-file.js";

/** A report file read for its claims: the file, and its figures with their places. */
export interface ClaimReportFile {
  file: ReportFile;
  report: LocatedReport;
}

/**
 * Reads a report file and extracts its figures for the claims audit. Unlike extract, a report with no
 * figure the extractor can read is not an error here: its text may still make claims (a share, a total
 * with its parts), which are checked against themselves.
 */
export async function readClaimReport(path: string, opts: { year?: number } = {}): Promise<ClaimReportFile> {
  const file = await readReportFile(path);
  const report = locateFigures(
    extractReport(file.text, {
      format: file.format,
      ...(opts.year === undefined ? {} : { year: opts.year }),
      ...(file.name === "stdin" ? {} : { fileName: basename(file.name) }),
    }),
    file,
  );
  return { file, report };
}
