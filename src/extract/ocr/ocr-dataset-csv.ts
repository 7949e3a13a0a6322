import { toCsvText } from "../../format/csv-text.js";
import type { OcrReport } from "./ocr-report.js";

/**
 * The figures OCR read as a dataset file (`datasets/<entity>/<year>.csv`): the standard columns, every
 * figure with basis `ocr` (printed in the report, read from its page image), its table row as read in
 * `source`, and in `note` its page, the engine's confidence and, when an identity it takes part in does
 * not add up, that it should be checked against the page.
 */
export function toOcrDatasetCsv(report: OcrReport): string {
  return toCsvText({
    columns: ["metric", "applicant", "value", "printed_share", "printed_change", "printed_change_pct", "basis", "source", "note"].map(
      (key) => ({ key, title: key }),
    ),
    rows: report.figures.map((f) => ({
      metric: f.metric,
      applicant: f.applicant,
      value: f.value,
      printed_share: null,
      printed_change: null,
      printed_change_pct: null,
      basis: "ocr",
      source: f.source,
      note: `page ${f.page}; OCR confidence ${Math.round(f.confidence)}${f.identity === "broken" ? "; an identity does not add up: check against the page" : ""}`,
    })),
  });
}
