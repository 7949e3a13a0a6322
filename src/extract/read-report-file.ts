import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { UsageError } from "../errors.js";
import { decodeReportText } from "../io/decode-report-text.js";
import { say } from "../messages/catalogue.js";
import { readDocx } from "./docx/read-docx.js";
import type { PdfLineSource } from "./pdf/layout-pdf-text.js";
import { readPdf } from "./pdf/read-pdf.js";
import { type ReportKind, sniffReportKind } from "./sniff-report-kind.js";

/** A report's text and how to read it. */
export interface ReportFile {
  /** The text the extractor reads: the file's text, the PDF's text laid out, or the Word document as HTML. */
  text: string;
  format: "text" | "html" | "auto";
  /** The name shown in messages: the path, or "stdin". */
  name: string;
  /** What the file was: plain text or HTML, a PDF, or a Word .docx. */
  kind: ReportKind;
  /** For a PDF: each line's page and line number, the page count, and the pages that are images only. */
  pdf?: { lines: PdfLineSource[]; pages: number; imagePages: number[] };
  /** For a Word document: how many pictures it holds (their text, if any, cannot be read). */
  images?: number;
}

/**
 * Reads a report from a file or, for "-", from standard input, whatever its kind, told by its bytes:
 * - a PDF: its text layer laid out like `pdftotext -layout` (a scan, with no text layer, is an error);
 * - a Word .docx: as HTML, tables with their merged cells;
 * - text or HTML: UTF-8 (with or without BOM), UTF-16 with BOM or GB18030, decoded strictly (a damaged
 *   byte is an error naming where); `.html`/`.htm` files are read as HTML, other names guessed from the
 *   content.
 * Old Word/WPS/Excel files, spreadsheets, presentations and images are errors saying how to convert them.
 */
export async function readReportFile(path: string): Promise<ReportFile> {
  const name = path === "-" ? "stdin" : path;
  const bytes = readReportBytes(path);
  const kind = sniffReportKind(bytes, name);
  if (kind === "pdf") {
    const pdf = await readPdf(bytes, name);
    return { text: pdf.text, format: "text", name, kind, pdf: { lines: pdf.lines, pages: pdf.pages, imagePages: pdf.imagePages } };
  }
  if (kind === "docx") {
    const { html, images } = await readDocx(bytes, name);
    return { text: html, format: "html", name, kind, images };
  }
  const text = decodeReportText(bytes, name).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UsageError(say("extract.blank", { name }));
  const ext = extname(path).toLowerCase();
  return { text, format: ext === ".html" || ext === ".htm" ? "html" : "auto", name, kind };
}

/**
 * A report file's bytes, or standard input's for "-". A missing file, a folder or an empty file is a
 * UsageError saying so.
 */
export function readReportBytes(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === "-" ? 0 : path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? say("extract.no_such_file", { path })
        : code === "EISDIR"
          ? say("extract.is_folder", { path })
          : say("extract.cannot_read", { path, message: (err as Error).message }),
    );
  }
  if (bytes.length === 0) throw new UsageError(say("extract.empty", { name: path === "-" ? "stdin" : path }));
  return bytes;
}
