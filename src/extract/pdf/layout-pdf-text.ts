import type { PageLine } from "./page-lines.js";

/** Where a line of the laid-out text came from: its page and its place among that page's lines. */
export interface PdfLineSource {
  /** Offset of the line's first character in the text. */
  start: number;
  page: number;
  /** 1-based among the page's lines of text (blank lines not counted). */
  line: number;
}

/** A PDF's text laid out as `pdftotext -layout` does, with each line's page and line number. */
export interface PdfText {
  text: string;
  /** One entry per line of text, in order of `start`. */
  lines: PdfLineSource[];
  pages: number;
}

/** A gap between baselines above this many font sizes is printed as a blank line. */
const BLANK_LINE = 2.2;

/**
 * Lays out rebuilt lines as plain text: each cell starts at the column its x gives (one column per half
 * of the body text's font size, counted from the leftmost text of the document), at least one space
 * after the previous cell and at least two after a cell gap, so the text readers split cells at runs of
 * spaces as in pdftotext output. Pages are separated by a form feed at the start of the next page's first
 * line, as pdftotext writes them.
 */
export function layoutPdfText(pages: readonly PageLine[][]): PdfText {
  const all = pages.flat();
  const unit = bodySize(all) / 2;
  const left = Math.min(...all.flatMap((l) => l.cells.map((c) => c.x)));
  let text = "";
  const lines: PdfLineSource[] = [];
  pages.forEach((page, p) => {
    if (p > 0) text += "\n\f";
    let prev: PageLine | null = null;
    page.forEach((line, i) => {
      if (prev !== null) text += prev.y - line.y > BLANK_LINE * Math.min(prev.size, line.size) ? "\n\n" : "\n";
      lines.push({ start: text.length, page: p + 1, line: i + 1 });
      text += layoutLine(line, left, unit);
      prev = line;
    });
  });
  return { text, lines, pages: pages.length };
}

function layoutLine(line: PageLine, left: number, unit: number): string {
  let s = "";
  line.cells.forEach((cell, i) => {
    const column = Math.max(0, Math.round((cell.x - left) / unit));
    const least = i === 0 ? 0 : 2;
    s += " ".repeat(Math.max(least, column - s.length)) + cell.text;
  });
  return s;
}

/** The font size most of the text is set in (weighted by characters). */
function bodySize(lines: readonly PageLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const chars = l.cells.reduce((n, c) => n + c.text.length, 0);
    weight.set(Math.round(l.size), (weight.get(Math.round(l.size)) ?? 0) + chars);
  }
  let best = 12;
  let most = -1;
  for (const [size, n] of weight) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}
