import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { UsageError } from "../../src/errors.js";
import { ocrPdf } from "../../src/extract/ocr/ocr-pdf.js";
import { inEnglish } from "../helpers/in-english.js";

// These tests check the English wording of the extractor's reasons and warnings.
inEnglish();

// As if the optional packages were not installed: importing them fails as Node fails for a missing package.
vi.mock("../../src/core/import-package.js", () => ({
  importPackage: async (specifier: string) => {
    if (specifier === "tesseract.js" || specifier.startsWith("@tesseract.js-data/")) {
      throw Object.assign(new Error(`Cannot find package '${specifier}' imported from the toolkit`), { code: "ERR_MODULE_NOT_FOUND" });
    }
    return import(specifier);
  },
}));

describe("ocrPdf without the optional OCR packages", () => {
  it("fails with a usage error that says which packages to install and how", async () => {
    const pdf = new Uint8Array(readFileSync("../shared/reports/pdf/huaian-hongze-2024.pdf"));
    const failure = ocrPdf(pdf, { pages: [3] });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(
      "OCR needs the optional packages tesseract.js 7.0.0 and @tesseract.js-data/chi_sim 1.0.0 (the Simplified Chinese model, read offline): " +
        "install them with `npm install tesseract.js@7.0.0 @tesseract.js-data/chi_sim@1.0.0` (Cannot find package 'tesseract.js' imported from the toolkit)",
    );
  });
});
