import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { importPackage } from "../../core/import-package.js";
import { type GrayImage, grayFromRgba } from "./gray-image.js";

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** A canvas made by pdf.js's own factory: the @napi-rs/canvas build its Path2D and DOMMatrix come from. */
interface FactoryCanvas {
  canvas: { width: number; height: number };
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface CanvasFactory {
  create(width: number, height: number): FactoryCanvas;
  destroy(canvasAndContext: FactoryCanvas): void;
}

/** A PDF opened for rendering: its page count, and a way to draw one page. */
export interface PdfImages {
  pages: number;
  /** Page `page` (1-based) drawn on white at `dpi`, in grey levels. */
  render(page: number, dpi: number): Promise<GrayImage>;
  close(): Promise<void>;
}

/**
 * Opens a PDF for drawing its pages with pdf.js onto @napi-rs/canvas canvases. The canvases come from
 * the document's own canvas factory: pdf.js fills paths with the Path2D of the @napi-rs/canvas build it
 * loads itself, and a canvas of another build rejects those paths. The fonts' character maps and the
 * standard fonts are read from the pdf.js package, so nothing is fetched.
 */
export async function openPdfImages(bytes: Uint8Array): Promise<PdfImages> {
  const pdfjs = await importPackage<Pdfjs>("pdfjs-dist/legacy/build/pdf.mjs");
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy (pdf.js takes it over), and never a Buffer, which pdf.js refuses
    isEvalSupported: false,
    cMapUrl: join(root, "cmaps/"),
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts/"),
    verbosity: 0,
  }).promise;
  const factory = doc.canvasFactory as unknown as CanvasFactory;
  return {
    pages: doc.numPages,
    async render(pageNumber, dpi) {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const width = Math.ceil(viewport.width);
      const height = Math.ceil(viewport.height);
      const target = factory.create(width, height);
      try {
        target.context.fillStyle = "#ffffff";
        target.context.fillRect(0, 0, width, height);
        await page.render({ canvasContext: target.context as never, canvas: target.canvas as never, viewport }).promise;
        return grayFromRgba(target.context.getImageData(0, 0, width, height).data, width, height);
      } finally {
        factory.destroy(target);
        page.cleanup();
      }
    },
    close: () => doc.destroy(),
  };
}
