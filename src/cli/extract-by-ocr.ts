import { UsageError } from "../errors.js";
import { toOcrDatasetCsv } from "../extract/ocr/ocr-dataset-csv.js";
import { ocrPdf } from "../extract/ocr/ocr-pdf.js";
import type { OcrReport } from "../extract/ocr/ocr-report.js";
import { readReportBytes } from "../extract/read-report-file.js";
import { sniffReportKind } from "../extract/sniff-report-kind.js";
import { say } from "../messages/catalogue.js";
import type { CliContext } from "./cli-context.js";
import { listText } from "./list-text.js";
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
  if (sniffReportKind(bytes, name) !== "pdf") throw new UsageError(say("extract.ocr_not_pdf", { name }));
  const bar = progressBar(ctx.io);
  let report: OcrReport;
  try {
    report = await ocrPdf(bytes, {
      ...(opts.pages === undefined ? {} : { pages: parsePages(opts.pages) }),
      onProgress: (done, total) => bar.update(done / total, say("extract.ocr_progress", { done, total })),
    });
  } finally {
    bar.done();
  }
  if (report.figures.length === 0) {
    throw new UsageError(
      say("extract.ocr_no_figure", {
        name,
        pages: listText(report.pages),
        why: report.warnings.join(say("extract.ocr_warning_separator")) || say("extract.ocr_no_ruled_table"),
      }),
    );
  }
  if (opts.format === "json") writeOutput(ctx, `${JSON.stringify({ report: name, ...report }, null, 2)}\n`, opts.out);
  else writeOutput(ctx, toOcrDatasetCsv(report), opts.out);
  const broken = report.figures.filter((f) => f.identity === "broken").length;
  const lines = [
    say("extract.ocr_summary", {
      name,
      pages: report.pages.length,
      seconds: report.seconds.toFixed(1),
      layout: report.layout,
      reason: report.layoutReason,
      figures: report.figures.length,
      broken,
    }),
    ...report.straightened.map((s) => say("extract.ocr_straightened", { page: s.page, degrees: s.degrees.toFixed(1) })),
    ...report.warnings.map((w) => say("cli.warning", { message: w })),
    say("extract.ocr_check_by_hand"),
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
    if (!m || from < 1 || to < from || to - from > 10_000) throw new UsageError(say("extract.pages_invalid", { value: text }));
    for (let p = from; p <= to; p++) pages.push(p);
  }
  return pages;
}
