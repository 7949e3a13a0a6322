import { type GridTable, layoutGrid, type RawCell, type RawRow } from "./grid-table.js";
import type { MappedText } from "./mapped-text.js";

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "tr",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "section",
  "article",
  "header",
  "footer",
  "caption",
  "blockquote",
  "pre",
  "hr",
  "title",
]);
const CELL_TAGS = new Set(["td", "th"]);
const SKIP_TAGS = new Set(["script", "style", "head", "noscript"]);
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ensp: " ",
  emsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  middot: "·",
  hellip: "…",
};

/** An HTML report rendered as text, with its tables as grids over that text. */
export interface HtmlText extends MappedText {
  /** Every table of the page (nested ones too), in the order they end. */
  tables: GridTable[];
}

interface OpenTable {
  start: number;
  rows: RawRow[];
  row: RawRow | null;
  cell: RawCell | null;
}

/**
 * Renders an HTML report as text the readers understand: each table row on one line with its cells
 * separated by " | " (like a Markdown table), block elements on their own lines, runs of whitespace in
 * text as one space (HTML ignores them), entities decoded. Inside a cell, paragraphs and line breaks
 * (`<p align="center">`, "本年新<br />制作数量") are spaces: a cell is one piece of the row, however its
 * words are wrapped. Each output character maps to the input offset it came from, and each table is also
 * given as a grid (rowspan and colspan honoured, blank cells kept in their place) over the output text.
 */
export function htmlToText(html: string): HtmlText {
  // The text grows one character at a time: kept as pieces with its length and last character, since
  // testing the end of a string built by += flattens it each time (a page of 160 KB took 34 s).
  const chars: string[] = [];
  let length = 0;
  const last = () => chars[chars.length - 1] ?? "";
  const offsets: number[] = [];
  const tables: GridTable[] = [];
  const stack: OpenTable[] = [];
  const top = () => stack[stack.length - 1];
  const emit = (s: string, at: number) => {
    const cell = top()?.cell;
    for (const ch of s) {
      chars.push(ch);
      length += ch.length;
      offsets.push(at);
      if (ch.length === 2) offsets.push(at);
      if (cell && !/\s/.test(ch)) {
        if (cell.start < 0) cell.start = length - ch.length;
        cell.end = length;
      }
    }
  };
  const closeCell = () => {
    const t = top();
    if (!t?.cell) return;
    if (t.cell.start < 0) t.cell.start = t.cell.end = length;
    t.cell = null;
  };
  const closeRow = () => {
    const t = top();
    closeCell();
    if (!t?.row) return;
    t.row.end = Math.max(t.row.start, trimmedEnd());
    t.rows.push(t.row);
    t.row = null;
  };
  const trimmedEnd = () => {
    let e = length;
    for (let k = chars.length - 1; k >= 0 && /\s/.test(chars[k] as string); k--) e -= (chars[k] as string).length;
    return e;
  };
  let i = 0;
  let skipUntil: string | null = null;
  let pendingSpace = -1;
  const flushSpace = () => {
    if (pendingSpace >= 0 && length > 0 && !/[\s|]/.test(last())) emit(" ", pendingSpace);
    pendingSpace = -1;
  };
  const newLine = (at: number) => {
    pendingSpace = -1;
    if (length > 0 && last() !== "\n") emit("\n", at);
  };
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) break;
      const raw = html.slice(i + 1, close);
      if (raw.startsWith("!--")) {
        const endComment = html.indexOf("-->", i + 4);
        i = endComment < 0 ? html.length : endComment + 3;
        continue;
      }
      const m = /^\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(raw);
      const closing = m?.[1] === "/";
      const name = (m?.[2] ?? "").toLowerCase();
      if (skipUntil !== null) {
        if (closing && name === skipUntil) skipUntil = null;
      } else if (SKIP_TAGS.has(name) && !closing && !raw.endsWith("/")) {
        skipUntil = name;
      } else if (name === "table") {
        if (closing) {
          const t = top();
          closeRow();
          newLine(i);
          if (t) {
            stack.pop();
            tables.push(layoutGrid(t.rows, { start: t.start, end: length }));
          }
        } else {
          // A table nested in a cell ends that cell's text: the inner table is read on its own.
          closeCell();
          newLine(i);
          stack.push({ start: length, rows: [], row: null, cell: null });
        }
      } else if (CELL_TAGS.has(name) && !closing) {
        const t = top();
        closeCell();
        pendingSpace = -1;
        if (t && t.row === null) t.row = { start: length, end: length, cells: [] };
        emit(length === 0 || last() === "\n" ? "| " : " | ", i);
        if (t?.row) {
          t.cell = { start: -1, end: -1, rowSpan: spanOf(raw, "rowspan"), colSpan: spanOf(raw, "colspan") };
          t.row.cells.push(t.cell);
        }
      } else if (CELL_TAGS.has(name) && closing) {
        closeCell();
      } else if (name === "tr") {
        if (closing) {
          const t = top();
          closeCell();
          pendingSpace = -1;
          if (t?.row) emit(" |", i);
          closeRow();
          emit("\n", i);
        } else {
          closeRow();
          newLine(i);
          const t = top();
          if (t) t.row = { start: length, end: length, cells: [] };
        }
      } else if (BLOCK_TAGS.has(name)) {
        // Within a cell a block is a word break, not a line: the row must stay on one line.
        if (top()?.cell) {
          if (pendingSpace < 0) pendingSpace = i;
        } else newLine(i);
      }
      i = close + 1;
      continue;
    }
    if (skipUntil !== null) {
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (ch === "&") {
      const m = /^&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      if (m) {
        const body = m[1] as string;
        let decoded: string | undefined;
        if (body.startsWith("#x")) decoded = String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        else if (body.startsWith("#")) decoded = String.fromCodePoint(Number.parseInt(body.slice(1), 10));
        else decoded = NAMED_ENTITIES[body.toLowerCase()];
        if (decoded !== undefined) {
          if (/^\s$/.test(decoded)) {
            if (pendingSpace < 0) pendingSpace = i;
          } else {
            flushSpace();
            emit(decoded, i);
          }
          i += m[0].length;
          continue;
        }
      }
    }
    flushSpace();
    emit(ch, i);
    i++;
  }
  // Tables left open by a truncated page are still tables.
  while (stack.length > 0) {
    const t = top() as OpenTable;
    closeRow();
    stack.pop();
    tables.push(layoutGrid(t.rows, { start: t.start, end: length }));
  }
  return { text: chars.join(""), offsets, tables };
}

/** A cell's rowspan or colspan attribute; 1 when absent or unreadable, 0 kept (rowspan="0": to the end). */
function spanOf(tag: string, attr: "rowspan" | "colspan"): number {
  const m = new RegExp(`\\b${attr}\\s*=\\s*["']?\\s*(\\d+)`, "i").exec(tag);
  if (!m) return 1;
  const n = Number(m[1]);
  return attr === "colspan" && n === 0 ? 1 : n;
}

/** True when the text looks like HTML rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html|<table|<body|<div|<p[\s>])/i.test(s) || /<t[dr][\s>]/i.test(s.slice(0, 200_000));
}
