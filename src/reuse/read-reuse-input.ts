import { statSync } from "node:fs";
import { listText } from "../cli/list-text.js";
import { UsageError } from "../errors.js";
import { htmlToText, looksLikeHtml } from "../extract/html-to-text.js";
import { readReportFile } from "../extract/read-report-file.js";
import { say } from "../messages/catalogue.js";

/** A report's text as reuse compares it, and where its pages start when it was a PDF. */
export interface ReuseInput {
  name: string;
  /** The text: the file's own text, a PDF's text laid out, or an HTML page or Word document rendered to text. */
  text: string;
  /** For a PDF: where each line of `text` starts, its page and its line on that page. */
  pdfLines?: readonly { start: number; page: number; line: number }[];
  /** What of the report could not be read as text (pages that are pictures), for the reader of the result. */
  warnings: string[];
}

/**
 * Reads a report for reuse through the project's one report reader (text, HTML, PDF, Word .docx). HTML,
 * and Word documents (which the reader gives as HTML), are rendered to text first, so tags and attributes
 * are never compared and line numbers point into the text a reader sees.
 */
export async function readReuseInput(path: string, html = false): Promise<ReuseInput> {
  if (path !== "-" && isFolder(path)) throw new UsageError(say("cli.reuse_folder", { path }));
  const file = await readReportFile(path);
  const isHtml = html || file.format === "html" || (file.format === "auto" && looksLikeHtml(file.text));
  const text = isHtml ? htmlToText(file.text).text : file.text;
  if (file.pdf === undefined) return { name: file.name, text, warnings: [] };
  // A scanned page has no text layer: its words are missing from both counts, so the share is of the rest.
  const pictures = file.pdf.imagePages;
  const warnings =
    pictures.length === 0
      ? []
      : [
          pictures.length === 1
            ? say("cli.reuse_picture_page", { name: file.name, page: pictures[0] as number })
            : say("cli.reuse_picture_pages", { name: file.name, pages: listText(pictures) }),
        ];
  return { name: file.name, text, pdfLines: file.pdf.lines, warnings };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // A path that cannot be read is the reader's to report.
    return false;
  }
}
