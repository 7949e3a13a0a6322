/**
 * Reads an .xlsx workbook into plain sheets of cell texts, through the bounded zip reader and the
 * DTD-free XML scanner: no spreadsheet library sees the file. Each cell keeps what the analyst sees:
 * the shared or inline string, the number's own digits (a %-formatted number as "41.4%"), TRUE/FALSE,
 * or an error for an error value (#DIV/0!) and for a formula whose result was never saved, which is
 * never read as 0. Hidden rows are marked, merged ranges listed; the bounds of WorkbookLimits apply.
 */
import { posix } from "node:path";
import { say } from "../../messages/catalogue.js";
import type { MergedRange, Sheet, SheetCell, SheetRow } from "../sheet/sheet.js";
import { numberText } from "./number-text.js";
import { WorkbookError } from "./workbook-error.js";
import { DEFAULT_LIMITS, type WorkbookLimits } from "./workbook-limits.js";
import { XmlScanner } from "./xml-scanner.js";
import { ZipArchive } from "./zip-archive.js";

export function readWorkbook(bytes: Buffer, limits: WorkbookLimits = DEFAULT_LIMITS): Sheet[] {
  const zip = new ZipArchive(bytes, limits);
  const xml = (part: string): string | null => {
    const b = zip.read(part);
    return b === null ? null : b.toString("utf8").replace(/^\uFEFF/, "");
  };
  const bookPart = officeDocument(xml("_rels/.rels"));
  const book = xml(bookPart);
  if (book === null) throw new WorkbookError(say("io.workbook_no_book_part"), say("io.workbook_no_book_part.hint"));
  const rels = relationships(xml(relsPath(bookPart)), bookPart);
  const strings = sharedStrings(xml(rels.byType("sharedStrings") ?? "xl/sharedStrings.xml"));
  const percentStyles = percentStyleIndexes(xml(rels.byType("styles") ?? "xl/styles.xml"));
  const sheets: Sheet[] = [];
  for (const s of sheetList(book, bookPart)) {
    const target = rels.byId(s.rid);
    if (target === undefined) throw new WorkbookError(say("io.workbook_sheet_no_part", { sheet: s.name }), saveAgain(), bookPart);
    const sheetXml = xml(target);
    if (sheetXml === null) {
      // A chart sheet or dialog sheet has other part types; a worksheet's part must be there.
      if (!/worksheets\//i.test(target)) continue;
      throw new WorkbookError(say("io.workbook_sheet_missing_part", { sheet: s.name, part: target }), saveAgain(), target);
    }
    if (!/worksheets\//i.test(target)) continue;
    sheets.push(readSheet(sheetXml, s.name, s.hidden, target, strings, percentStyles, limits));
  }
  return sheets;
}

function officeDocument(rels: string | null): string {
  if (rels === null) return "xl/workbook.xml";
  const scanner = new XmlScanner(rels, "_rels/.rels");
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "open" && e.name === "Relationship" && /\/officeDocument$/.test(e.attrs.Type ?? "")) {
      return (e.attrs.Target ?? "xl/workbook.xml").replace(/^\//, "");
    }
  }
  return "xl/workbook.xml";
}

function relsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

function relationships(rels: string | null, from: string) {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  if (rels !== null) {
    const scanner = new XmlScanner(rels, relsPath(from));
    for (let e = scanner.next(); e !== null; e = scanner.next()) {
      if (e.kind !== "open" || e.name !== "Relationship" || e.attrs.TargetMode === "External") continue;
      const t = e.attrs.Target ?? "";
      const target = t.startsWith("/") ? t.slice(1) : posix.normalize(posix.join(posix.dirname(from), t));
      if (e.attrs.Id) byId.set(e.attrs.Id, target);
      const type = /\/([A-Za-z]+)$/.exec(e.attrs.Type ?? "")?.[1];
      if (type !== undefined && !byType.has(type)) byType.set(type, target);
    }
  }
  return { byId: (id: string) => byId.get(id), byType: (type: string) => byType.get(type) };
}

function sheetList(book: string, part: string): { name: string; rid: string; hidden: boolean }[] {
  const out: { name: string; rid: string; hidden: boolean }[] = [];
  const scanner = new XmlScanner(book, part);
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "open" && e.name === "sheet") {
      out.push({
        name: e.attrs.name ?? `Sheet${out.length + 1}`,
        rid: e.attrs.id ?? "",
        hidden: (e.attrs.state ?? "visible") !== "visible",
      });
    }
  }
  return out;
}

/** The shared string table: each <si>'s text runs joined, phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  const scanner = new XmlScanner(xml, "xl/sharedStrings.xml");
  let current: string | null = null;
  let skip = 0;
  let inText = false;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "open") {
      if (e.name === "si") {
        current = "";
        if (e.selfClosing) {
          out.push("");
          current = null;
        }
      } else if (e.name === "rPh" || e.name === "phoneticPr") skip += e.selfClosing ? 0 : 1;
      else if (e.name === "t") inText = !e.selfClosing;
    } else if (e.kind === "close") {
      if (e.name === "si" && current !== null) {
        out.push(current);
        current = null;
      } else if (e.name === "rPh" || e.name === "phoneticPr") skip--;
      else if (e.name === "t") inText = false;
    } else if (inText && skip === 0 && current !== null) current += e.text;
  }
  return out;
}

/** The indexes of the cell formats (cellXfs) that show numbers as percent. */
function percentStyleIndexes(xml: string | null): Set<number> {
  const out = new Set<number>();
  if (xml === null) return out;
  const percentFormats = new Set([9, 10]);
  const scanner = new XmlScanner(xml, "xl/styles.xml");
  let inXfs = false;
  let index = 0;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "open" && e.name === "numFmt") {
      // A % outside quotes and brackets in the format code scales the value by 100.
      const code = (e.attrs.formatCode ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
      if (code.includes("%")) percentFormats.add(Number(e.attrs.numFmtId));
    } else if (e.kind === "open" && e.name === "cellXfs") inXfs = !e.selfClosing;
    else if (e.kind === "close" && e.name === "cellXfs") inXfs = false;
    else if (inXfs && e.kind === "open" && e.name === "xf") {
      if (percentFormats.has(Number(e.attrs.numFmtId ?? 0))) out.add(index);
      index++;
    }
  }
  return out;
}

function readSheet(
  xml: string,
  name: string,
  hidden: boolean,
  part: string,
  strings: readonly string[],
  percentStyles: ReadonlySet<number>,
  limits: WorkbookLimits,
): Sheet {
  const sheet: Sheet = { name, hidden, rows: [], merged: [] };
  const scanner = new XmlScanner(xml, part);
  let row: SheetRow | null = null;
  let cells = 0;
  let nextRow = 1;
  let nextCol = 1;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "close" && e.name === "row") row = null;
    if (e.kind !== "open") continue;
    if (e.name === "row") {
      const r = e.attrs.r === undefined ? nextRow : Number(e.attrs.r);
      if (!Number.isInteger(r) || r < 1 || r > limits.maxRows) {
        throw new WorkbookError(
          say("io.workbook_row_past_bound", { sheet: name, row: e.attrs.r ?? r, max: limits.maxRows }),
          say("io.workbook_use_csv.hint"),
          part,
        );
      }
      if (sheet.rows.length >= limits.maxRows)
        throw new WorkbookError(
          say("io.workbook_too_many_rows", { sheet: name, max: limits.maxRows }),
          say("io.workbook_use_csv.hint"),
          part,
        );
      // The format keeps rows in ascending order; the readers after this one rely on it.
      if (r < nextRow && sheet.rows.length > 0)
        throw new WorkbookError(say("io.workbook_rows_out_of_order", { sheet: name, row: r, previous: nextRow - 1 }), saveAgain(), part);
      nextRow = r + 1;
      nextCol = 1;
      row = { row: r, hidden: e.attrs.hidden === "1" || e.attrs.hidden === "true", cells: new Map() };
      sheet.rows.push(row);
      if (e.selfClosing) row = null;
    } else if (e.name === "c") {
      if (row === null) throw new WorkbookError(say("io.workbook_cell_outside_row", { sheet: name }), saveAgain(), part);
      const ref = e.attrs.r;
      const col = ref === undefined ? nextCol : columnNumber(ref);
      if (col < 1)
        throw new WorkbookError(say("io.workbook_bad_cell_ref", { sheet: name, ref: JSON.stringify(ref) ?? "" }), saveAgain(), part);
      nextCol = col + 1;
      const cell = e.selfClosing ? null : readCell(scanner, e.attrs.t ?? "n", Number(e.attrs.s ?? 0), strings, percentStyles);
      if (cell === null) continue;
      if (++cells > limits.maxCells)
        throw new WorkbookError(
          say("io.workbook_too_many_cells", { sheet: name, max: limits.maxCells }),
          say("io.workbook_use_csv.hint"),
          part,
        );
      row.cells.set(col, cell);
    } else if (e.name === "mergeCell" && e.attrs.ref) {
      if (sheet.merged.length >= limits.maxMerged) {
        throw new WorkbookError(
          say("io.workbook_too_many_merged", { sheet: name, max: limits.maxMerged }),
          say("io.workbook_unmerge.hint"),
          part,
        );
      }
      const range = parseRange(e.attrs.ref);
      if (range !== null) sheet.merged.push(range);
    }
  }
  return sheet;
}

/** A cell's content up to </c>: null for an empty cell (only a style). */
function readCell(
  scanner: XmlScanner,
  type: string,
  style: number,
  strings: readonly string[],
  percentStyles: ReadonlySet<number>,
): SheetCell | null {
  let value: string | null = null;
  let inline: string | null = null;
  let formula = false;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "close" && e.name === "c") break;
    if (e.kind !== "open") continue;
    if (e.name === "v") value = e.selfClosing ? "" : scanner.textUntilClose("v");
    else if (e.name === "f") {
      formula = true;
      if (!e.selfClosing) scanner.textUntilClose("f");
    } else if (e.name === "is") inline = e.selfClosing ? "" : inlineText(scanner);
  }
  if (type === "inlineStr") return { text: inline ?? "", numeric: false };
  if (value === null || (value === "" && type !== "str")) {
    return formula ? { text: "", numeric: false, error: "a formula whose result was never saved" } : null;
  }
  switch (type) {
    case "s": {
      const s = strings[Number(value)];
      if (s === undefined) throw new WorkbookError(say("io.workbook_missing_shared_string", { index: value }), saveAgain());
      return { text: s, numeric: false };
    }
    case "str":
      return { text: value, numeric: false };
    case "b":
      return { text: value === "1" ? "TRUE" : "FALSE", numeric: false };
    case "e":
      return { text: value, numeric: false, error: `the error value ${value}` };
    default: {
      const percent = percentStyles.has(style);
      const text = numberText(value, percent ? 2 : 0);
      if (text === null) return { text: value, numeric: false, error: `a number cell holding ${JSON.stringify(value)}` };
      return { text: percent ? `${text}%` : text, numeric: true };
    }
  }
}

/** The text of an inline string (<is>), rich-text runs joined and phonetic runs left out. */
function inlineText(scanner: XmlScanner): string {
  let text = "";
  let depth = 1;
  let skip = 0;
  for (let e = scanner.next(); e !== null; e = scanner.next()) {
    if (e.kind === "open" && !e.selfClosing) {
      depth++;
      if (e.name === "rPh") skip++;
    } else if (e.kind === "close") {
      if (e.name === "rPh") skip--;
      if (--depth === 0) return text;
    } else if (e.kind === "text" && skip === 0) text += e.text;
  }
  return text;
}

/** "C" of "C7" → 3; 0 when the reference has no column letters. */
export function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
    if (n > 16384) return 0;
  }
  return n;
}

function parseRange(ref: string): MergedRange | null {
  const m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref);
  if (m === null) return null;
  const left = columnNumber(m[1] as string);
  const top = Number(m[2]);
  const right = m[3] === undefined ? left : columnNumber(m[3]);
  const bottom = m[4] === undefined ? top : Number(m[4]);
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right), ref };
}

/** The hint for a workbook whose structure is wrong: a fresh save from a spreadsheet program repairs it. */
function saveAgain(): string {
  return say("io.workbook_save_again.hint");
}
