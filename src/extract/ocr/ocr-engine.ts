import { importPackage } from "../../core/import-package.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";

type Tesseract = typeof import("tesseract.js");

/** A word the engine read, with its box in the image it was given. */
export interface OcrWord {
  text: string;
  /** 0–100, as the engine rates its reading. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How an image is read: as a block of lines (labels and numbers), or as one line of figures only. */
export type ReadMode = "block" | "figures";

/** A running OCR engine with the Simplified Chinese model. */
export interface OcrEngine {
  /** The words of an image (a PGM or PNG file's bytes). */
  read(image: Uint8Array, mode: ReadMode): Promise<OcrWord[]>;
  terminate(): Promise<void>;
}

/** What to install for OCR, in the current language. */
export function ocrInstallHint(): string {
  return say("extract.ocr_install");
}

/**
 * Starts tesseract.js with the chi_sim model of @tesseract.js-data/chi_sim, read from the package's own
 * folder: nothing is downloaded, and nothing is cached outside the process. Both packages are optional
 * dependencies, loaded only here; when either is missing the error says how to install them.
 */
export async function startOcrEngine(): Promise<OcrEngine> {
  let tesseract: Tesseract;
  let langPath: string;
  try {
    tesseract = await importPackage<Tesseract>("tesseract.js");
    const model = await importPackage<{ default?: { langPath: string }; langPath?: string }>("@tesseract.js-data/chi_sim");
    langPath = (model.default?.langPath ?? model.langPath) as string;
  } catch (err) {
    throw new UsageError(say("extract.ocr_missing", { hint: ocrInstallHint(), message: (err as Error).message.split("\n")[0] ?? "" }));
  }
  const createWorker = tesseract.createWorker ?? (tesseract as unknown as { default: Tesseract }).default.createWorker;
  const worker = await createWorker("chi_sim", 1, { langPath, gzip: true, cacheMethod: "none" });
  let mode: ReadMode | null = null;
  return {
    async read(image, want) {
      if (mode !== want) {
        // Block mode reads labels and figures alike; figures mode takes only digits and the decimal point,
        // on one line, for a second reading of a figure the first one was unsure of.
        await worker.setParameters(
          want === "block"
            ? { tessedit_pageseg_mode: "6" as never, tessedit_char_whitelist: "" }
            : { tessedit_pageseg_mode: "7" as never, tessedit_char_whitelist: "0123456789." },
        );
        mode = want;
      }
      const result = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { blocks: true });
      return wordsOf(result.data.blocks);
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

function wordsOf(blocks: import("tesseract.js").Block[] | null): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        for (const w of line.words)
          words.push({ text: w.text, confidence: w.confidence, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 });
  return words;
}
