import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { dropRunningHeads } from "./drop-running-heads.js";
import { layoutPdfText, type PdfText } from "./layout-pdf-text.js";
import { pageLines } from "./page-lines.js";
import { readPdfPages } from "./read-pdf-pages.js";
import { uprightPage } from "./upright-page.js";

/** A page with fewer visible characters than this has no text layer worth the name. */
const SCANNED_PAGE_CHARS = 20;

/** A PDF's text laid out like `pdftotext -layout`, and which pages carry no text (scanned images). */
export interface PdfReport extends PdfText {
  /** 1-based numbers of the pages with (almost) no text layer. */
  imagePages: number[];
}

/**
 * Reads a published report PDF's text layer into layout text the text readers take as they take
 * pdftotext output. A PDF none of whose pages has text is a scan: that is an error saying so, since
 * only OCR can read it.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfReport> {
  const pages = (await readPdfPages(bytes, name)).map(uprightPage);
  if (pages.length === 0) throw new UsageError(say("extract.pdf_no_pages", { name }));
  const imagePages = pages.filter((p) => visibleChars(p.runs) < SCANNED_PAGE_CHARS).map((p) => p.number);
  if (imagePages.length === pages.length) throw new UsageError(scanMessage(name, pages.length));
  return { ...layoutPdfText(dropRunningHeads(pages, pages.map(pageLines))), imagePages };
}

function visibleChars(runs: readonly { str: string }[]): number {
  let n = 0;
  for (const r of runs) n += r.str.replace(/\s/g, "").length;
  return n;
}

/** What to say about a PDF whose pages are images only. */
export function scanMessage(name: string, pages: number): string {
  return say("extract.pdf_scanned", { name, pages });
}
