import { isPageNumberLine } from "../report-lines.js";
import { isCell } from "../split-table-row.js";
import type { GlyphRun, PdfPage } from "./pdf-page.js";

/** Text that stays together on a line: runs closer than a cell gap, joined with the spaces between words. */
export interface LineCell {
  text: string;
  x: number;
  end: number;
  /** Baseline of its first run. */
  y: number;
}

/** One rebuilt line of a page: its cells left to right, at the baseline of its first run. */
export interface PageLine {
  y: number;
  /** The largest font size on the line. */
  size: number;
  cells: LineCell[];
}

/** Runs whose baselines differ by less than this share of the smaller font size are on one line. */
const SAME_LINE = 0.4;
/** The baselines on one line span at most this share of its largest font size. */
const FLAT_LINE = 0.8;
/** A gap under this share of the font size is inside a word (no space). */
const WORD_GAP = 0.2;
/** A gap of at least this share of the font size separates two table cells. */
const CELL_GAP = 1;
/** A label line wrapped around its row's numbers sits within this share of its font size of them. */
const WRAP_NEAR = 1.5;
/** Further lines of one wrapped label follow each other within this share of the font size (tables
 * are often set with a line pitch of twice the font size). */
const WRAP_STEP = 2.2;
/** Page numbers are only looked for in this share of the page height at the top and the bottom. */
const MARGIN_BAND = 0.12;

/**
 * A page's text runs as lines of cells, read top to bottom: runs grouped into lines by baseline
 * (a tolerance, since a table's numbers are often set in another size than its labels), split into
 * cells at wide gaps; a table cell whose label wraps over two or three lines around its row's numbers
 * joined into that row; page numbers ("- 2 -", "-1-", "第 3 页") in the top and bottom margins dropped.
 */
export function pageLines(page: PdfPage): PageLine[] {
  const lines = groupLines(page.runs.filter((r) => r.str.trim() !== "" && r.size > 0));
  const kept = lines.filter((l) => !isFurniture(l, page));
  return joinWrappedLabels(kept);
}

function groupLines(runs: GlyphRun[]): { y: number; size: number; runs: GlyphRun[] }[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { top: number; size: number; runs: GlyphRun[] }[] = [];
  for (const run of sorted) {
    // Only the last few lines can hold it: the runs come top to bottom. A run joins a line when its
    // baseline is near one already on it (a table row's label, numbers and a merged cell's letter sit
    // a little apart), as long as the line stays flat.
    let home: (typeof lines)[number] | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const l = lines[i] as (typeof lines)[number];
      const near = l.runs.some((r) => Math.abs(r.y - run.y) <= SAME_LINE * Math.min(r.size, run.size));
      if (near && l.top - run.y <= FLAT_LINE * Math.max(l.size, run.size)) {
        home = l;
        break;
      }
    }
    if (home === undefined) lines.push({ top: run.y, size: run.size, runs: [run] });
    else {
      home.runs.push(run);
      home.size = Math.max(home.size, run.size);
    }
  }
  // A line's height is that of its last run on the right: a row's numbers, where it has any.
  return lines.map((l) => {
    const sorted = l.runs.sort((a, b) => a.x - b.x);
    return { y: (sorted[sorted.length - 1] as GlyphRun).y, size: l.size, runs: sorted };
  });
}

/** Lines → cells: runs joined within a word, with one space between words, and a new cell at a wide gap. */
function toCells(runs: readonly GlyphRun[]): LineCell[] {
  const cells: LineCell[] = [];
  let cur: LineCell | null = null;
  let curSize = 0;
  for (const run of runs) {
    const str = run.str.trim();
    const lead = run.str.length - run.str.trimStart().length;
    // A run's leading spaces move where its text starts (advance width shared out evenly).
    const x = run.x + (run.str.length > 0 ? (run.width * lead) / run.str.length : 0);
    const end = run.x + run.width;
    if (cur !== null) {
      const gap = x - cur.end;
      const size = Math.min(curSize, run.size);
      // Two numbers a word gap apart are two cells, since narrow table columns can sit closer than a
      // cell gap; closer than that they are one number drawn in pieces (letter-spaced digits).
      const numbers = isNumber(lastWord(cur.text)) && isNumber(str);
      if (gap < CELL_GAP * size && !(numbers && gap >= WORD_GAP * size)) {
        cur.text += gap >= WORD_GAP * size ? ` ${str}` : str;
        cur.end = Math.max(cur.end, end);
        curSize = Math.max(curSize, run.size);
        continue;
      }
    }
    cur = { text: str, x, end, y: run.y };
    curSize = run.size;
    cells.push(cur);
  }
  return cells;
}

function isFurniture(line: { y: number; runs: GlyphRun[] }, page: PdfPage): boolean {
  const text = line.runs.map((r) => r.str).join("");
  const band = page.height * MARGIN_BAND;
  const inMargin = line.y < band || line.y > page.height - band;
  return inMargin && isPageNumberLine(text);
}

interface Built extends PageLine {
  numbers: boolean;
}

/**
 * A table row whose label wraps prints its numbers beside the middle of the label: the label's lines
 * above and below the numbers become lines of their own, which a text reader would give to the wrong
 * row. A line without numbers is joined into a row of numbers when it is within about a line of it,
 * left of its numbers, and (when the row has a label of its own) in that label's column, so a merged
 * cell spanning several rows ("(三)不予公开") stays a line of its own.
 */
function joinWrappedLabels(raw: { y: number; size: number; runs: GlyphRun[] }[]): PageLine[] {
  const lines: Built[] = raw.map((l) => {
    const cells = toCells(l.runs);
    const last = cells[cells.length - 1];
    return { y: l.y, size: l.size, cells, numbers: last !== undefined && isNumber(last.text) };
  });
  const taken = new Set<number>();
  const above = new Map<number, number[]>();
  const below = new Map<number, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i] as Built;
    if (!row.numbers) continue;
    const column = labelColumn(row);
    if (column === null) continue;
    for (const dir of [-1, 1] as const) {
      const got: number[] = [];
      // From the row's own label line, further label lines follow at the label's line pitch; a label
      // with no line of its own beside the numbers straddles them, each line nearer.
      let from = column.ownY ?? row.y;
      for (let j = i + dir; j >= 0 && j < lines.length; j += dir) {
        const f = lines[j] as Built;
        if (f.numbers || taken.has(j) || f.cells.length !== 1) break;
        const cell = f.cells[0] as LineCell;
        const near = got.length === 0 && column.ownY === undefined ? WRAP_NEAR : WRAP_STEP;
        if (Math.abs(from - f.y) > near * f.size) break;
        // A merged cell's line in a column to the left ("(六)其" / "他处理") lies between the lines of
        // the label: look past it.
        if (cell.end < column.start) continue;
        if (cell.end > column.limit || cell.x > column.end) break;
        // A line nearer to the next row of numbers belongs to that one.
        if (got.length === 0 && nearerOther(lines, j, dir, row.y)) break;
        got.push(j);
        from = f.y;
      }
      if (got.length > 0) (dir < 0 ? above : below).set(i, dir < 0 ? got.reverse() : got);
      for (const j of got) taken.add(j);
    }
  }
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const row = lines[i] as Built;
    const up = above.get(i) ?? [];
    const down = below.get(i) ?? [];
    if (up.length === 0 && down.length === 0) {
      out.push({ y: row.y, size: row.size, cells: row.cells });
      continue;
    }
    const text = (js: number[]) => js.map((j) => ((lines[j] as Built).cells[0] as LineCell).text);
    const firstNumber = firstNumberIndex(row.cells);
    const own = firstNumber > 0 ? (row.cells[firstNumber - 1] as LineCell) : null;
    const parts = [...text(up), ...(own ? [own.text] : []), ...text(down)];
    const xs = [...up, ...down].map((j) => ((lines[j] as Built).cells[0] as LineCell).x);
    const label: LineCell = {
      text: joinWrapped(parts),
      x: Math.min(...xs, own?.x ?? Number.POSITIVE_INFINITY),
      end: Math.max(...[...up, ...down].map((j) => ((lines[j] as Built).cells[0] as LineCell).end), own?.end ?? 0),
      y: own?.y ?? row.y,
    };
    const before = row.cells.slice(0, own ? firstNumber - 1 : firstNumber);
    out.push({ y: row.y, size: row.size, cells: [...before, label, ...row.cells.slice(firstNumber)] });
  }
  return out;
}

function lastWord(t: string): string {
  return t.slice(t.lastIndexOf(" ") + 1);
}

function isNumber(t: string): boolean {
  return t !== "" && isCell(t);
}

/** Index of the first of the trailing number cells. */
function firstNumberIndex(cells: readonly LineCell[]): number {
  let k = cells.length;
  while (k > 0 && isNumber((cells[k - 1] as LineCell).text)) k--;
  return k;
}

/**
 * Where a wrapped label of this row may lie: left of its first number, and within its own label's
 * column when the row prints part of its label on the numbers' line.
 */
function labelColumn(row: Built): { start: number; end: number; limit: number; ownY?: number } | null {
  const k = firstNumberIndex(row.cells);
  const first = row.cells[k] as LineCell | undefined;
  if (first === undefined) return null;
  const own = k > 0 ? (row.cells[k - 1] as LineCell) : null;
  if (own === null) return { start: Number.NEGATIVE_INFINITY, end: first.x, limit: first.x };
  return { start: own.x, end: own.end, limit: first.x, ownY: own.y };
}

/** Whether line j (a label fragment next to the row at y) is nearer another row of numbers beyond it. */
function nearerOther(lines: readonly Built[], j: number, dir: -1 | 1, y: number): boolean {
  const f = lines[j] as Built;
  for (let k = j + dir; k >= 0 && k < lines.length; k += dir) {
    const other = lines[k] as Built;
    if (!other.numbers) continue;
    return Math.abs(other.y - f.y) < Math.abs(y - f.y);
  }
  return false;
}

/** Lines of one wrapped label joined: no space between two Chinese characters, one otherwise. */
function joinWrapped(parts: readonly string[]): string {
  let s = "";
  for (const p of parts) {
    if (s === "") s = p;
    else s += /[\x21-\x7e]$/.test(s) && /^[\x21-\x7e]/.test(p) ? ` ${p}` : p;
  }
  return s;
}
