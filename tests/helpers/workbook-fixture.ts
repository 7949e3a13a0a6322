/**
 * Builds .xlsx workbooks for tests from hand-written sheet XML, the way Excel lays the parts out, so the
 * reader is tested on what a spreadsheet writes rather than on what this project's writer writes.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ZipPart, zipParts } from "../../src/io/xlsx/zip-writer.js";

export interface FixtureSheet {
  name: string;
  /** The <sheetData> content (rows and cells), and optionally what follows it (mergeCells). */
  rows: string;
  after?: string;
  state?: "hidden";
}

export interface FixtureBook {
  sheets: FixtureSheet[];
  sharedStrings?: string[];
  /** The whole xl/styles.xml; a default with a 0.0% cell format at index 1 otherwise. */
  styles?: string;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function workbookParts(book: FixtureBook): ZipPart[] {
  const part = (name: string, text: string): ZipPart => ({ name, data: Buffer.from(text, "utf8") });
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const rels = book.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  const n = book.sheets.length;
  const parts = [
    part(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    part(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    part(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${(book.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join("")}</sst>`,
    ),
    part("xl/styles.xml", book.styles ?? DEFAULT_STYLES),
    ...book.sheets.map((s, i) =>
      part(
        `xl/worksheets/sheet${i + 1}.xml`,
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`,
      ),
    ),
  ];
  return parts;
}

export function workbookBytes(book: FixtureBook): Buffer {
  return zipParts(workbookParts(book));
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
}

/** A number cell with the number's text as stored. */
export function numberCell(ref: string, stored: string, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${stored}</v></c>`;
}

/** A row of cells given as [ref → cell XML]. */
export function row(r: number, cells: string[], attrs = ""): string {
  return `<row r="${r}"${attrs ? ` ${attrs}` : ""}>${cells.join("")}</row>`;
}

/** A temporary folder holding `files` (name → content); entities.json with 佳木斯市 unless given. */
export function tempFolder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "dt-xlsx-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  return root;
}
