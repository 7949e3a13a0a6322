import { extname } from "node:path";
import { UsageError } from "../errors.js";
import { say } from "../messages/catalogue.js";
import { looksBinary } from "../text/looks-binary.js";

/** The kinds of report file the extractor reads. */
export type ReportKind = "pdf" | "docx" | "text";

/**
 * What a report file is, from its first bytes rather than its name (a download saved as .pdf can be a
 * web page; a .doc can be a .docx renamed): PDF, Word .docx, or text/HTML. Formats the extractor cannot
 * read (old binary Word/WPS and Excel files, spreadsheets, presentations, images, archives) are a
 * UsageError naming the format and how to convert it.
 */
export function sniffReportKind(bytes: Uint8Array, name: string): ReportKind {
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) || indexOfAscii(bytes.subarray(0, 1024), "%PDF-") >= 0) return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new UsageError(oleMessage(bytes, name, ext));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes, name);
  const image = imageFormat(bytes);
  if (image !== null) {
    throw new UsageError(say("extract.kind_image", { name, format: image }));
  }
  if (indexOfAscii(bytes.subarray(0, 16), "{\\rtf") === 0)
    throw new UsageError(say("extract.kind_rtf", { name, convert: say("extract.convert_word") }));
  if (ext === ".pdf") {
    throw new UsageError(say("extract.kind_fake_pdf", { name, start: preview(bytes) }));
  }
  if (ext === ".docx" || ext === ".doc" || ext === ".wps")
    throw new UsageError(say("extract.kind_fake_word", { name, ext, start: preview(bytes) }));
  if (!hasUtf16Bom(bytes) && binaryHead(bytes)) {
    throw new UsageError(say("extract.kind_binary", { name, start: preview(bytes) }));
  }
  return "text";
}

/** An OLE compound file: old Word (.doc), WPS (.wps), Excel (.xls) or PowerPoint (.ppt). */
function oleMessage(bytes: Uint8Array, name: string, ext: string): string {
  // The stream names sit in the file's directory as UTF-16LE.
  const has = (stream: string) => indexOfUtf16(bytes, stream) >= 0;
  if (has("Workbook") || has("Book") || ext === ".xls" || ext === ".et") return say("extract.kind_xls", { name });
  if (has("PowerPoint Document") || ext === ".ppt" || ext === ".dps") return say("extract.kind_ppt", { name });
  const what = ext === ".wps" ? say("extract.kind_wps_what") : say("extract.kind_doc_what");
  return say("extract.kind_old_word", { name, what, convert: say("extract.convert_word") });
}

/** A zip: Word .docx (word/), or an Excel, PowerPoint or OpenDocument file, or any other archive. */
function zipKind(bytes: Uint8Array, name: string): ReportKind {
  // Entry names are stored as plain bytes in the local and central headers.
  if (indexOfAscii(bytes, "word/document.xml") >= 0 || indexOfAscii(bytes, "word/") >= 0) return "docx";
  if (indexOfAscii(bytes, "xl/workbook.xml") >= 0 || indexOfAscii(bytes, "xl/") >= 0) return fail(say("extract.kind_xlsx", { name }));
  if (indexOfAscii(bytes, "ppt/") >= 0) return fail(say("extract.kind_pptx", { name }));
  if (indexOfAscii(bytes.subarray(0, 200), "application/vnd.oasis.opendocument.text") >= 0) return fail(say("extract.kind_odt", { name }));
  if (indexOfAscii(bytes.subarray(0, 200), "application/vnd.oasis.opendocument") >= 0) return fail(say("extract.kind_odf", { name }));
  return fail(say("extract.kind_zip", { name }));
}

function fail(message: string): never {
  throw new UsageError(message);
}

function imageFormat(b: Uint8Array): string | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "PNG";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "JPEG";
  if (indexOfAscii(b.subarray(0, 6), "GIF87a") === 0 || indexOfAscii(b.subarray(0, 6), "GIF89a") === 0) return "GIF";
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return "TIFF";
  if (startsWith(b, [0x42, 0x4d]) && b.length >= 14 && readLe32(b, 2) === b.length) return "BMP";
  if (indexOfAscii(b.subarray(0, 4), "RIFF") === 0 && indexOfAscii(b.subarray(8, 12), "WEBP") === 0) return "WebP";
  return null;
}

/** NUL bytes, or many control characters, in the first 8 KiB: not text in any encoding read here. */
function binaryHead(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  return head.includes(0) || looksBinary(head);
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]);
}

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  if (b.length < sig.length) return false;
  return sig.every((x, i) => b[i] === x);
}

function readLe32(b: Uint8Array, at: number): number {
  return ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16) | ((b[at + 3] as number) << 24)) >>> 0;
}

function indexOfAscii(b: Uint8Array, s: string): number {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(s, 0, "latin1");
}

function indexOfUtf16(b: Uint8Array, s: string): number {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(Buffer.from(s, "utf16le"));
}

/** The first bytes as a person can read them: printable ASCII as is, the rest as hex. */
function preview(b: Uint8Array): string {
  const head = [...b.subarray(0, 12)];
  if (head.every((x) => x >= 0x20 && x < 0x7f)) return `"${String.fromCharCode(...head)}"`;
  return head.map((x) => x.toString(16).padStart(2, "0")).join(" ");
}
