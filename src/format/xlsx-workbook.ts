/**
 * Result tables as an .xlsx workbook, one sheet per table: real number cells (the shortest text that
 * reads back as the same double, never a display rounding), percent columns in a % format (the value
 * moved two places in its decimal text, so 41.4 is stored as 0.414 exactly as typed), signed changes
 * shown with their sign, headings in the chosen language, the heading row frozen, column widths that
 * fit Chinese text (two columns a character). Written by this project's own zip writer: the workbook
 * needs no spreadsheet package.
 */
import { zipParts } from "../io/xlsx/zip-writer.js";
import { stringWidth } from "../text/string-width.js";
import { columnHeading } from "./column-headings.js";
import type { Cell, TableColumn, TableData } from "./table-data.js";

export interface WorkbookSheet {
  name: string;
  table: TableData;
}

export interface WorkbookOptions {
  lang: "zh" | "en";
  /** Decimals shown in percent formats (the stored value is exact); null shows up to 6. */
  digits: number | null;
}

/** How a column's numbers are shown; also picks the cell style. */
type NumberStyle = "general" | "percent" | "signedPercent" | "signed" | "points" | "year";

const STYLE_INDEX: Record<NumberStyle, number> = { general: 0, percent: 2, signedPercent: 3, signed: 4, points: 5, year: 6 };

export function workbookBytes(sheets: readonly WorkbookSheet[], o: WorkbookOptions): Buffer {
  const names = sheetNames(sheets.map((s) => s.name));
  const part = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });
  return zipParts([
    part("[Content_Types].xml", contentTypes(sheets.length)),
    part("_rels/.rels", ROOT_RELS),
    part("xl/workbook.xml", workbookXml(names)),
    part("xl/_rels/workbook.xml.rels", workbookRels(sheets.length)),
    part("xl/styles.xml", stylesXml(o.digits)),
    ...sheets.map((s, i) => part(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.table, o))),
  ]);
}

/** The number style of a column, from its key: the result tables name their columns consistently. */
export function numberStyle(key: string): NumberStyle {
  if (/_pct$/.test(key)) return /change|cagr/.test(key) ? "signedPercent" : "percent";
  if (/_pp$/.test(key)) return "points";
  if (key === "change" || key === "difference") return "signed";
  return key === "year" || key.endsWith("_year") ? "year" : "general";
}

function sheetXml(t: TableData, o: WorkbookOptions): string {
  const cols = t.columns;
  const styles = cols.map((c) => numberStyle(c.key));
  const headings = cols.map((c) => columnHeading(c, o.lang));
  const widths = headings.map((h) => stringWidth(h) + 2);
  const rows: string[] = [];
  rows.push(`<row r="1">${headings.map((h, j) => `<c r="${ref(j, 1)}" s="1" t="inlineStr"><is><t>${xml(h)}</t></is></c>`).join("")}</row>`);
  t.rows.forEach((r, i) => {
    const n = i + 2;
    let cells = "";
    cols.forEach((c, j) => {
      const value: Cell = r[c.key] ?? null;
      const text = cellText(value, styles[j] as NumberStyle);
      if (text === null) return;
      widths[j] = Math.max(widths[j] as number, stringWidth(shown(c, value)) + 2);
      if (typeof value === "number") cells += `<c r="${ref(j, n)}"${styleAttr(styles[j] as NumberStyle)}><v>${text}</v></c>`;
      else cells += `<c r="${ref(j, n)}" t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
    });
    rows.push(`<row r="${n}">${cells}</row>`);
  });
  const last = `${ref(Math.max(0, cols.length - 1), Math.max(1, t.rows.length + 1))}`;
  const colXml = widths
    .map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${Math.min(60, Math.max(6, w))}" customWidth="1"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length > 0 ? `<cols>${colXml}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    `</worksheet>`
  );
}

/** The text a cell is stored as: a number's digits (percent moved two places), or the text; null for blank. */
function cellText(value: Cell, style: NumberStyle): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const text = String(value);
    return style === "percent" || style === "signedPercent" ? shiftPoint(text, -2) : text;
  }
  return value;
}

/** The text as a terminal table would show it, for the width of its column. */
function shown(c: TableColumn, value: Cell): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? (c.format ? c.format(value) : String(value)) : value;
}

/** Moves the decimal point of a number's text (exponent form included) by `places`, in decimal. */
export function shiftPoint(text: string, places: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (m === null) return text;
  const digits = (m[2] as string) + (m[3] ?? "");
  const point = (m[2] as string).length + Number(m[4] ?? 0) + places;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, "");
  if (out.includes(".")) out = out.replace(/\.?0+$/, "");
  return (m[1] === "-" && /[1-9]/.test(out) ? "-" : "") + out;
}

function styleAttr(style: NumberStyle): string {
  return style === "general" ? "" : ` s="${STYLE_INDEX[style]}"`;
}

function ref(col: number, row: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}

/** XML text: the five escapes, and characters XML 1.0 cannot hold dropped. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Sheet names as Excel allows them: at most 31 characters, none of : \ / ? * [ ], each name once. */
export function sheetNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((w, i) => {
    const base = (w.replace(/[:\\/?*[\]]/g, " ").trim() || `Sheet${i + 1}`).slice(0, 31);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)} ${k}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`
  );
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${rels}<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

/** Cell formats, in STYLE_INDEX order after the default (0) and the heading (1). */
function stylesXml(digits: number | null): string {
  const d = digits === null ? "0.######" : digits === 0 ? "0" : `0.${"0".repeat(digits)}`;
  const formats = [
    [164, `${d}%`],
    [165, `+${d}%;-${d}%;${d}%`],
    [166, "+General;-General;0"],
    [167, `+${d}" pp";-${d}" pp";${d}" pp"`],
    [168, "0"],
  ] as const;
  const numFmts = formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${xml(code)}"/>`).join("");
  const xf = (fmt: number, font = 0) =>
    `<xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${fmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
    `<numFmts count="${formats.length}">${numFmts}</numFmts>` +
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="7">${xf(0)}${xf(0, 1)}${xf(164)}${xf(165)}${xf(166)}${xf(167)}${xf(168)}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}
