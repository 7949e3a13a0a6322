import { UsageError } from "../errors.js";
import { toOcrDatasetCsv } from "../extract/ocr/ocr-dataset-csv.js";
import { ocrPdf } from "../extract/ocr/ocr-pdf.js";
import type { OcrReport } from "../extract/ocr/ocr-report.js";
import { readReportBytes } from "../extract/read-report-file.js";
import { sniffReportKind } from "../extract/sniff-report-kind.js";
import type { CliContext } from "./cli-context.js";
import { writeOutput } from "./output.js";
import { progressBar } from "./progress-bar.js";

export interface OcrExtractOptions {
  format: "csv" | "json";
  out?: string;
  /** "3-4,6": the pages to read; all when absent. */
  pages?: string;
}

/**
 * `extract --ocr`: reads a scanned PDF's statistical tables by OCR (see ocrPdf) into a dataset whose
 * figures have basis `ocr`, or into JSON with each figure's page, confidence and what the report's
 * identities say of it. No figure read is an error, never an empty dataset.
 */
export async function extractByOcr(ctx: CliContext, path: string, opts: OcrExtractOptions): Promise<void> {
  const name = path === "-" ? "stdin" : path;
  const bytes = readReportBytes(path);
  if (sniffReportKind(bytes, name) !== "pdf") throw new UsageError(`${name}: --ocr reads the page images of a PDF; this is not a PDF`);
  const bar = progressBar(ctx.io);
  let report: OcrReport;
  try {
    report = await ocrPdf(bytes, {
      ...(opts.pages === undefined ? {} : { pages: parsePages(opts.pages) }),
      onProgress: (done, total) => bar.update(done / total, `OCR page ${done}/${total}`),
    });
  } finally {
    bar.done();
  }
  if (report.figures.length === 0) {
    throw new UsageError(
      `${name}: OCR read no figure of tables 二, 三 or 四 on page(s) ${report.pages.join(", ")}: ${report.warnings.join("; ") || "no ruled table was found"}`,
    );
  }
  if (opts.format === "json") writeOutput(ctx, `${JSON.stringify({ report: name, ...report }, null, 2)}\n`, opts.out);
  else writeOutput(ctx, toOcrDatasetCsv(report), opts.out);
  const broken = report.figures.filter((f) => f.identity === "broken").length;
  const lines = [
    `${name}: ${report.pages.length} page(s) read by OCR in ${report.seconds.toFixed(1)} s; layout ${report.layout} (${report.layoutReason}); ${report.figures.length} figure(s), basis ocr, ${broken} in an identity that does not add up`,
    ...report.straightened.map((s) => `page ${s.page} was scanned at a slant: turned ${s.degrees.toFixed(1)}° to read it`),
    ...report.warnings.map((w) => `warning: ${w}`),
    "check OCR'd figures against the page before relying on them",
  ];
  ctx.io.stderr(`${lines.join("\n")}\n`);
}

/** "3-4,6" → [3, 4, 6]. */
export function parsePages(text: string): number[] {
  const pages: number[] = [];
  for (const part of text.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const from = m ? Number(m[1]) : Number.NaN;
    const to = m?.[2] === undefined ? from : Number(m[2]);
    if (!m || from < 1 || to < from || to - from > 10_000)
      throw new UsageError(`invalid --pages "${text}": expected page numbers and ranges such as 3-4,6 (pages are numbered from 1)`);
    for (let p = from; p <= to; p++) pages.push(p);
  }
  return pages;
}
