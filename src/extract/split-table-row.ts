import type { ReportLine } from "./report-lines.js";

/** A table cell holding a number, or a placeholder for "not stated" (—, /, an empty `|` cell). */
export interface CellToken {
  raw: string;
  /** null for a placeholder: the report does not state this cell (never read as zero). */
  value: number | null;
  /** The unit printed after the number (元, 万元), if any. */
  unit: string;
  /** Offsets in the text the line came from. */
  start: number;
  end: number;
}

/** A table line split into its label (leading text) and its trailing numeric cells. */
export interface TableRow {
  label: string;
  cells: CellToken[];
  line: ReportLine;
}

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(万元|元)?$/;
const PLACEHOLDER = /^(?:—+|-{1,2}|\/|\\|无|\*)$/;

/**
 * Splits one line into label and numeric cells. `|`-separated lines (Markdown tables, rendered HTML) are
 * split at the bars, where an empty cell is a cell that states nothing (kept in its place, also right after
 * the label or at the end: fitRowCells decides whether it is a column of the template, and a row of a label
 * and blank cells is a row that states nothing, not a label for the row below); other lines at runs of spaces
 * (pdftotext -layout), where a blank cell simply leaves no token. Cells are read from the end of the line
 * back to the first one that is not a number, so digits inside a label ("1.属于国家秘密") stay label.
 */
export function splitTableRow(line: ReportLine): TableRow {
  const pieces = line.text.includes("|") && (line.text.match(/\|/g)?.length ?? 0) >= 2 ? barPieces(line) : spacePieces(line);
  let k = pieces.length;
  while (k > 0 && isCell((pieces[k - 1] as Piece).text)) k--;
  // A line of words and empty `|` cells only is a header (a title spanning the table), not a row of blanks.
  if (pieces.slice(k).every((p) => p.text === "") && pieces.slice(0, k).filter((p) => p.text !== "").length !== 1) k = pieces.length;
  const cells = pieces.slice(k).map(toCell);
  const label = pieces
    .slice(0, k)
    .map((p) => p.text)
    .filter((t) => t !== "")
    .join(" ");
  return { label, cells, line };
}

interface Piece {
  text: string;
  start: number;
}

function barPieces(line: ReportLine): Piece[] {
  const pieces: Piece[] = [];
  const t = line.text;
  let from = 0;
  const first = t.indexOf("|");
  const last = t.lastIndexOf("|");
  // Text before the first bar and after the last one is not a cell when the line is framed by bars.
  const framedLeft = t.slice(0, first).trim() === "";
  const framedRight = t.slice(last + 1).trim() === "";
  const bounds: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === "|") bounds.push(i);
  const edges = [framedLeft ? (bounds[0] as number) : -1, ...bounds.slice(framedLeft ? 1 : 0)];
  if (!framedRight) edges.push(t.length);
  for (let i = 0; i + 1 < edges.length; i++) {
    from = (edges[i] as number) + 1;
    const to = edges[i + 1] as number;
    const raw = t.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    pieces.push({ text: raw.trim(), start: line.start + from + lead });
  }
  return pieces;
}

function spacePieces(line: ReportLine): Piece[] {
  const pieces: Piece[] = [];
  for (const m of line.text.matchAll(/\S+/g)) pieces.push({ text: m[0], start: line.start + (m.index ?? 0) });
  return pieces;
}

/** True for a cell with nothing in it (not a `—` or `/`, which are printed marks of a column). */
export function isBlankCell(c: CellToken): boolean {
  return c.raw === "";
}

/** True when a cell's text is a number or says "not stated" (blank, —, /): a value cell, not a label. */
export function isCell(t: string): boolean {
  return t === "" || NUMBER.test(t) || PLACEHOLDER.test(t);
}

/** A cell's text (trimmed) starting at `start` as a token: its number and unit, or null when not stated. */
export function cellToken(text: string, start: number): CellToken {
  return toCell({ text, start });
}

function toCell(p: Piece): CellToken {
  const m = NUMBER.exec(p.text);
  const end = p.start + p.text.length;
  if (!m) return { raw: p.text, value: null, unit: "", start: p.start, end };
  const digits = m[1] as string;
  return { raw: p.text, value: Number(digits.replace(/,/g, "")), unit: m[2] ?? "", start: p.start, end: p.start + digits.length };
}
