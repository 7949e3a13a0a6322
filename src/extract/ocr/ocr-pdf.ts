import { listText } from "../../cli/list-text.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import type { Layout } from "../../types.js";
import { checkOcrIdentities } from "./check-ocr-identities.js";
import { deskew } from "./deskew.js";
import { findTableCells } from "./find-table-cells.js";
import { startOcrEngine } from "./ocr-engine.js";
import { ocrLayout } from "./ocr-layout.js";
import type { OcrReport } from "./ocr-report.js";
import { placeOcrFigures, type ReadRow } from "./place-ocr-figures.js";
import { readBand } from "./read-band.js";
import { openPdfImages } from "./render-pdf-pages.js";
import { tableBands } from "./table-bands.js";

export interface OcrOptions {
  /** 1-based pages to read (default: all). Pages without ruled tables cost only their drawing. */
  pages?: number[];
  /** The report's layout, when known; otherwise told from the tables read. */
  layout?: Layout;
  /** Called after each page with the pages done and the pages to do. */
  onProgress?: (done: number, total: number) => void;
}

/** Page images are drawn at 300 dpi: at 150 dpi the tables' digits are not readable. */
const DPI = 300;

/**
 * Reads the statistical tables (二, 三, 四) of a scanned report (a PDF without a text layer, or one whose
 * text layer is to be ignored) by OCR: each page is drawn at 300 dpi, its ruled tables' cells are found
 * from the rules (a page scanned at a slant is first turned straight), each table row is read without its rules by tesseract.js (chi_sim, offline), and the
 * figures are placed by their rows' places in the known template. Every identity of the report is
 * checked on the figures read; a figure that could not be read or placed for sure is left out. Needs the
 * optional packages tesseract.js and @tesseract.js-data/chi_sim (a clear error says how to install them).
 */
export async function ocrPdf(bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrReport> {
  const started = performance.now();
  const pdf = await openPdf(bytes);
  const rows: ReadRow[] = [];
  const straightened: OcrReport["straightened"] = [];
  let pages: number[] = [];
  try {
    pages = choosePages(options.pages, pdf.pages);
    const engine = await startOcrEngine();
    try {
      for (const [done, page] of pages.entries()) {
        const { image, degrees } = deskew(await pdf.render(page, DPI));
        if (degrees !== 0) straightened.push({ page, degrees });
        for (const band of tableBands(findTableCells(image, DPI), DPI)) {
          if (band.cells.length < 2) continue;
          rows.push({ page, cells: await readBand(image, band, DPI, engine) });
        }
        options.onProgress?.(done + 1, pages.length);
      }
    } finally {
      await engine.terminate();
    }
  } finally {
    await pdf.close();
  }
  const warnings: string[] = [];
  const { layout, reason } = ocrLayout(rows, options.layout);
  const figures = checkOcrIdentities(placeOcrFigures(rows, layout, warnings), warnings);
  if (figures.length === 0) warnings.push(say("extract.ocr_nothing_read", { pages: listText(pages) }));
  return { layout, layoutReason: reason, figures, warnings, pages, straightened, seconds: (performance.now() - started) / 1000 };
}

async function openPdf(bytes: Uint8Array) {
  try {
    return await openPdfImages(bytes);
  } catch (err) {
    throw new UsageError(say("extract.ocr_cannot_open", { message: (err as Error).message }));
  }
}

function choosePages(wanted: readonly number[] | undefined, count: number): number[] {
  if (wanted === undefined || wanted.length === 0) return Array.from({ length: count }, (_, i) => i + 1);
  const bad = wanted.find((p) => !Number.isInteger(p) || p < 1 || p > count);
  if (bad !== undefined) throw new UsageError(say("extract.ocr_page_missing", { page: bad, count }));
  return [...new Set(wanted)].sort((a, b) => a - b);
}
