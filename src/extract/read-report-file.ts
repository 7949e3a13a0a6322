import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { UsageError } from "../errors.js";
import { detectEncoding } from "../io/detect-encoding.js";

/** A report's text and how to read it. */
export interface ReportFile {
  text: string;
  format: "text" | "html" | "auto";
  /** The name shown in messages: the path, or "stdin". */
  name: string;
}

/**
 * Reads a report from a file or, for "-", from standard input: UTF-8 (with or without BOM), UTF-16 with
 * BOM or GB18030, as Chinese government sites serve them. `.html`/`.htm` files are read as HTML, other
 * names are guessed from the content.
 */
export function readReportFile(path: string): ReportFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === "-" ? 0 : path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `no such report file: ${path}`
        : code === "EISDIR"
          ? `${path} is a folder; give one report file (or use --bulk)`
          : `cannot read ${path}: ${(err as Error).message}`,
    );
  }
  const encoding = detectEncoding(bytes.subarray(0, 65536));
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UsageError(`${path === "-" ? "stdin" : path} is empty: expected the text of a report`);
  const ext = extname(path).toLowerCase();
  return { text, format: ext === ".html" || ext === ".htm" ? "html" : "auto", name: path === "-" ? "stdin" : path };
}
