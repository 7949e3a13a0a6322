import { importPackage } from "../../core/import-package.js";
import { UsageError } from "../../errors.js";
import { say } from "../../messages/catalogue.js";
import { checkDocxParts } from "./check-docx-parts.js";

type Mammoth = typeof import("mammoth");

/**
 * A Word .docx report as HTML (mammoth, loaded on first use), for the HTML reader: paragraphs as <p>,
 * tables as <table> with their merged cells as colspan/rowspan, so the grid reader sees the tables as
 * Word draws them. Pictures are left out (a table pasted as a picture holds no text to read).
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<{ html: string; images: number }> {
  const damage = checkDocxParts(bytes);
  if (damage !== null) throw new UsageError(say("extract.docx_unreadable", { name, message: damage }));
  const mod = await importPackage<Mammoth & { default?: Mammoth }>("mammoth");
  const mammoth = mod.default ?? mod;
  let images = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: "" };
        }),
        externalFileAccess: false,
      },
    );
    return { html: result.value, images };
  } catch (err) {
    throw new UsageError(say("extract.docx_unreadable", { name, message: (err as Error).message }));
  }
}
