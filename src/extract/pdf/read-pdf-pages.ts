import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { UnusableInputError, UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { loadPdfjs, type PdfJs } from "./load-pdfjs.js";
import type { GlyphRun, PdfPage } from "./pdf-page.js";

/**
 * The most pages a report's PDF may have: annual reports run to a few dozen, and a page's text takes
 * about a millisecond to read (5,000 pages of a 1.5 MB file took 6 s).
 */
export const PDF_PAGE_LIMIT = 1000;

/**
 * The text layer of every page of a PDF, read with pdf.js (loaded on first use: most commands never
 * read a PDF). No rendering, nothing fetched, no code evaluated from the file. A damaged or
 * password-protected file is a UsageError naming it.
 */
export async function readPdfPages(bytes: Uint8Array, name: string): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  // Chinese PDFs often use fonts without their own character map but a standard one (UniGB-UCS2-H):
  // pdf.js reads those, and the standard fonts, from its own package, so nothing is fetched.
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    cMapUrl: join(root, "cmaps/"),
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts/"),
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const e = err as Error;
    if (e.name === "PasswordException") throw new UsageError(say("extract.pdf_password", { name }));
    throw new UsageError(say("extract.pdf_unreadable", { name, message: e.message }));
  }
  if (doc.numPages > PDF_PAGE_LIMIT) {
    await doc.destroy();
    throw new UnusableInputError(say("extract.pdf_too_many_pages", { name, pages: doc.numPages, limit: PDF_PAGE_LIMIT }));
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { page, content } = await readPage(doc, n, name);
      const [, , width, height] = page.view as [number, number, number, number];
      const runs: GlyphRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const t = item.transform as number[];
        runs.push({
          str: item.str,
          x: t[4] as number,
          y: t[5] as number,
          width: item.width,
          size: Math.hypot(t[2] as number, t[3] as number),
          angle: quarterTurns(t),
        });
      }
      pages.push({ number: n, width, height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

/**
 * One page and its text. A file whose cross-reference table reads but whose page objects or content
 * streams are damaged (a cut or corrupted download) fails here, with pdf.js's own error classes: it is
 * the user's file that is broken, so the error names the file and the page.
 */
async function readPage(doc: PdfDocument, n: number, name: string) {
  try {
    const page = await doc.getPage(n);
    return { page, content: await page.getTextContent() };
  } catch (err) {
    const why = err instanceof Error && err.message !== "" ? err.message : err instanceof Error ? err.name : String(err);
    throw new UsageError(say("extract.pdf_page_unreadable", { name, page: n, why }));
  }
}

/** The direction of a text matrix's baseline, to the nearest quarter turn. */
function quarterTurns(t: readonly number[]): 0 | 90 | 180 | 270 {
  const degrees = (Math.atan2(t[1] as number, t[0] as number) * 180) / Math.PI;
  return ((((Math.round(degrees / 90) % 4) + 4) % 4) * 90) as 0 | 90 | 180 | 270;
}
