import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { UnusableInputError, UsageError } from "../errors.js";
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
  return withinTextLimit(await readReportText(path));
}

async function readReportText(path: string): Promise<ReportFile> {
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
 * The most text a report may have: 2 Mi characters, some fifty times the longest report read so far
 * (the 2024 reports run to 10–40 thousand characters). The rules read a text in time that grows with
 * it, a second or two a megabyte of tables or separators: a bound keeps any file answered in seconds.
 */
export const REPORT_TEXT_LIMIT = 2 * 1024 * 1024;

/** The file, or an UnusableInputError when its text is past REPORT_TEXT_LIMIT (a file that is no report). */
function withinTextLimit(file: ReportFile): ReportFile {
  if (file.text.length <= REPORT_TEXT_LIMIT) return file;
  const chars = (n: number) => n.toLocaleString("en-US");
  throw new UnusableInputError(
    say("extract.text_too_long", { name: file.name, chars: chars(file.text.length), limit: chars(REPORT_TEXT_LIMIT) }),
  );
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
