import { WorkbookError } from "../../io/xlsx/workbook-error.js";
import { DEFAULT_LIMITS, type WorkbookLimits } from "../../io/xlsx/workbook-limits.js";
import { XmlScanner } from "../../io/xlsx/xml-scanner.js";
import { ZipArchive } from "../../io/xlsx/zip-archive.js";
import { type MessageKey, say } from "../../messages/catalogue.js";
import type { MessageParams } from "../../messages/message.js";

/**
 * Bounds for a Word report: above any annual report, below harm. The 2021 template with all its tables
 * is 250 KB of document XML. mammoth builds a tree of the whole document, at about a second and 150 MB
 * a megabyte of XML: 3 MB of XML a part keeps a Word file to some 3 s and 500 MB (a 4 MB .docx of
 * 28 MB of XML took 30 s and 3 GB). Pictures are other parts, not read here.
 */
const DOCX_LIMITS: WorkbookLimits = {
  ...DEFAULT_LIMITS,
  maxFileBytes: 64 * 1024 * 1024,
  maxPartBytes: 3 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
};

/**
 * Checks a .docx before mammoth sees it, with the bounded zip and XML readers the workbooks use: a zip
 * bomb, a damaged archive, a DTD, or a part whose XML is not well formed is found here in time linear in
 * the file. mammoth's own zip and XML libraries have no size bounds, and the XML parser's recovery from a
 * broken document is quadratic (a few flipped bytes in a 23 KB document cost it 30 s). Returns null when
 * the parts are sound, or what is wrong and in which part.
 */
export function checkDocxParts(bytes: Uint8Array, limits: WorkbookLimits = DOCX_LIMITS): string | null {
  try {
    const zip = new ZipArchive(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
    for (const part of zip.names()) {
      if (!/\.(xml|rels)$/i.test(part)) continue;
      const xml = zip.read(part);
      if (xml !== null) checkWellFormed(xml.toString("utf8").replace(/^\uFEFF/, ""), part);
    }
    return null;
  } catch (err) {
    if (!(err instanceof WorkbookError)) throw err;
    return err.part === undefined ? err.message : `${err.part}: ${err.message}`;
  }
}

/** One root element, every end tag matching its start tag, nothing but blank space outside the root. */
function checkWellFormed(xml: string, part: string): void {
  const scanner = new XmlScanner(xml, part);
  const open: string[] = [];
  let roots = 0;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "text") {
      if (open.length === 0) throw malformed(part, "io.workbook_xml_text_outside_root");
    } else if (e.kind === "open") {
      if (open.length === 0 && ++roots > 1) throw malformed(part, "io.workbook_xml_second_root");
      if (!e.selfClosing) open.push(e.name);
    } else if (open.pop() !== e.name) {
      throw malformed(part, "io.workbook_xml_end_tag_mismatch", { name: e.name });
    }
  }
  if (open.length > 0) throw malformed(part, "io.workbook_xml_never_closed", { name: open.at(-1) ?? "" });
  if (roots === 0) throw malformed(part, "io.workbook_xml_no_root");
}

/** Broken XML, worded like the scanner's own findings; a Word file's error shows no hint. */
function malformed(part: string, key: MessageKey, params?: MessageParams): WorkbookError {
  return new WorkbookError(say("io.workbook_xml_broken", { what: say(key, params) }), "", part);
}
