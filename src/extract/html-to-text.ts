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

/**
 * Renders an HTML report as text the table reader understands: each table row on one line with its cells
 * separated by " | " (like a Markdown table), block elements on their own lines, runs of whitespace in
 * text as one space (HTML ignores them, and a line break inside a cell must not split its row), entities
 * decoded. Each output character maps to the input offset it came from.
 */
export function htmlToText(html: string): MappedText {
  let text = "";
  const offsets: number[] = [];
  const emit = (s: string, at: number) => {
    for (const ch of s) {
      text += ch;
      offsets.push(at);
      if (ch.length === 2) offsets.push(at);
    }
  };
  let i = 0;
  let skipUntil: string | null = null;
  let pendingSpace = -1;
  const flushSpace = () => {
    if (pendingSpace >= 0 && text.length > 0 && !/[\s|]$/.test(text)) emit(" ", pendingSpace);
    pendingSpace = -1;
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
      } else if (CELL_TAGS.has(name) && !closing) {
        pendingSpace = -1;
        emit(text.length === 0 || text.endsWith("\n") ? "| " : " | ", i);
      } else if (name === "tr" && closing) {
        pendingSpace = -1;
        emit(" |\n", i);
      } else if (BLOCK_TAGS.has(name)) {
        pendingSpace = -1;
        if (text.length > 0 && !text.endsWith("\n")) emit("\n", i);
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
    flushSpace();
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
          } else emit(decoded, i);
          i += m[0].length;
          continue;
        }
      }
    }
    emit(ch, i);
    i++;
  }
  return { text, offsets };
}

/** True when the text looks like HTML rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /^\s*(?:<!doctype html|<html|<table|<body|<div|<p[\s>])/i.test(s) || /<t[dr][\s>]/i.test(s.slice(0, 200_000));
}
