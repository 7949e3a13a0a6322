import { padToWidth, stringWidth } from "../text/string-width.js";
import { displayCell, type TableColumn, type TableData } from "./table-data.js";

/** How wide a terminal table may be, in display columns (a Chinese character takes two). */
export const TERMINAL_WIDTH = 100;

/** A text column is not narrowed below this, so a wrapped cell keeps four Chinese characters a line. */
const MIN_TEXT_WIDTH = 8;

const GAP = 2;

/**
 * A terminal table aligned by display width: a Chinese character takes two columns. When the table is
 * wider than `maxWidth`, the widest text columns are narrowed and their cells wrap onto more lines (at a
 * space where there is one); numbers are never wrapped or cut, so every figure is shown whole.
 */
export function toTextTable(t: TableData, maxWidth: number = TERMINAL_WIDTH): string {
  const cells = t.rows.map((r) => t.columns.map((c) => sanitize(displayCell(c, r[c.key] ?? null))));
  const natural = t.columns.map((c, j) => Math.max(stringWidth(c.title), ...cells.map((row) => stringWidth(row[j] as string))));
  const widths = fitWidths(t.columns, natural, cells, maxWidth);
  const line = (parts: string[]) => parts.join(" ".repeat(GAP)).replace(/\s+$/, "");
  const block = (texts: string[]) => {
    const wrapped = texts.map((s, j) => wrapText(s, widths[j] as number));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      line(wrapped.map((w, j) => padToWidth(w[k] ?? "", widths[j] as number, t.columns[j]?.align ?? "left"))),
    );
  };
  const out = [...block(t.columns.map((c) => c.title)), line(widths.map((w) => "─".repeat(w))), ...cells.flatMap((row) => block(row))];
  return `${out.join("\n")}\n`;
}

/**
 * Column widths that fit `maxWidth` where they can: the widest wrappable column (left-aligned text) is
 * narrowed one step at a time, never below MIN_TEXT_WIDTH nor below its longest unbreakable piece when
 * that is short. Right-aligned (number) columns keep their width.
 */
function fitWidths(columns: readonly TableColumn[], natural: number[], cells: string[][], maxWidth: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  const floor = columns.map((c, j) => {
    if (c.align === "right") return natural[j] as number;
    // A heading wraps like a cell; a column holding only short codes (ids, years) is left whole.
    const longestWord = Math.max(0, ...cells.map((row) => longestPiece(row[j] as string)), longestPiece(c.title));
    return Math.min(natural[j] as number, Math.max(MIN_TEXT_WIDTH, Math.min(longestWord, 16)));
  });
  // First down to the floors that keep words whole, then, if that is not enough, to the hard minimum
  // (a long word is then cut between characters).
  const hard = columns.map((c, j) => (c.align === "right" ? (natural[j] as number) : Math.min(natural[j] as number, MIN_TEXT_WIDTH)));
  for (const limit of [floor, hard]) {
    while (total() > maxWidth) {
      let widest = -1;
      for (let j = 0; j < widths.length; j++) {
        if ((widths[j] as number) > (limit[j] as number) && (widest < 0 || (widths[j] as number) > (widths[widest] as number))) widest = j;
      }
      if (widest < 0) break;
      widths[widest] = (widths[widest] as number) - 1;
    }
  }
  return widths;
}

/** The widest run without a space: Latin words should not be cut when they are short. */
function longestPiece(s: string): number {
  let best = 0;
  for (const piece of s.split(" ")) if (!/[\u3400-\u9fff]/.test(piece)) best = Math.max(best, stringWidth(piece));
  return best;
}

const LATIN = /[A-Za-z0-9_\-./*]/;
const CLOSING = /[，。、；：）」』！？,.;:)\]]/;

/**
 * Lines of at most `width` display columns: broken at the last space that fits when it leaves the line
 * at least half full, else between characters (Chinese has no spaces) but not inside a Latin word, and
 * never before closing punctuation.
 */
export function wrapText(s: string, width: number): string[] {
  if (stringWidth(s) <= width) return [s];
  // The characters and their widths once, each line a range of them: spreading and measuring what was
  // left again for every line made a 30,000-character name take 5 s.
  const chars = [...s];
  const widths = chars.map((c) => stringWidth(c));
  let restWidth = widths.reduce((sum, w) => sum + w, 0);
  const lines: string[] = [];
  let start = 0;
  while (restWidth > width) {
    let cut = start;
    let w = 0;
    let lastSpace = -1;
    let beforeSpace = 0;
    for (let i = start; i < chars.length; i++) {
      const cw = widths[i] as number;
      if (w + cw > width) break;
      if (chars[i] === " ") {
        lastSpace = i;
        beforeSpace = w;
      }
      w += cw;
      cut = i + 1;
    }
    if (cut === start) cut = start + 1;
    let at = cut;
    if (lastSpace > start && beforeSpace * 2 >= width) at = lastSpace;
    else {
      // No line starts with closing punctuation: it stays with the character before it.
      while (at > start + 1 && CLOSING.test(chars[at] as string)) at--;
      // Nor is a Latin word (pdftotext, an id) cut: the line ends before it, unless it is the whole line.
      if (LATIN.test(chars[at] as string) && LATIN.test(chars[at - 1] as string)) {
        let word = at;
        while (word > start && LATIN.test(chars[word - 1] as string)) word--;
        if (word > start) at = word;
      }
    }
    lines.push(chars.slice(start, at).join("").trimEnd());
    let next = at;
    while (next < chars.length && chars[next] === " ") next++;
    for (let i = start; i < next; i++) restWidth -= widths[i] as number;
    start = next;
  }
  const rest = chars.slice(start).join("");
  if (rest !== "") lines.push(rest);
  return lines;
}

/** Control characters from data must not move the terminal's cursor or break the grid. */
function sanitize(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, " ");
}
