/**
 * User text echoed back in a problem (a cell, a header, a file name, a line of a code frame) made safe
 * to print: control characters shown as escapes (`\u001b`), so a cell cannot move the cursor or
 * recolour the terminal, and the text cut to a bounded length, saying how much was left out.
 */
import { say } from "../messages/catalogue.js";
import { CONTROL_CHARS, escapedChar } from "../text/control-chars.js";

/** How many characters of user text a problem echoes. */
export const ECHO_MAX_CHARS = 80;

const CONTROL = new RegExp(`[${CONTROL_CHARS}]`, "g");
const HAS_CONTROL = new RegExp(`[${CONTROL_CHARS}]`);

/** True when the text holds a control or invisible format character (NUL, ESC, a zero-width space, …); tab is not one. */
export function hasControlChar(text: string): boolean {
  return HAS_CONTROL.test(text);
}

/** The text with each control character written as its `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapedChar);
}

/** Escaped, then cut to `max` characters with a note of how many more there were. */
export function echoText(text: string, max = ECHO_MAX_CHARS): string {
  return echo(text, max, false);
}

/** User text in quotes, as problems show a cell: `"abc"`, bounded and escaped. */
export function quoted(text: string, max = ECHO_MAX_CHARS): string {
  return `"${echo(text, max, true)}"`;
}

/**
 * The text escaped (its quotes and backslashes too when `quotes`), cut to `max` characters. Only a head
 * of the text is escaped and split into characters, the rest counted in place: a cell of 50 MB spread
 * into an array of characters took gigabytes.
 */
function echo(text: string, max: number, quotes: boolean): string {
  let cut = Math.min(text.length, 2 * (max + 1));
  if (cut < text.length && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  let head = text.slice(0, cut);
  if (quotes) head = head.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  const safe = escapeControls(head);
  const chars = [...safe];
  const more = chars.length - max + shownLength(text, cut, quotes);
  if (more <= 0) return safe;
  return `${chars.slice(0, max).join("")}${say("problem.more_chars", { n: more })}`;
}

/**
 * How many characters text[from…] shows once escaped: a control character as its 6-character escape,
 * a surrogate pair as one character, a quote or backslash as two when `quotes`. One pass, no copy.
 */
function shownLength(text: string, from: number, quotes: boolean): number {
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHighSurrogate(c) && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n += isControl(c) ? 6 : quotes && (c === 34 || c === 92) ? 2 : 1;
  }
  return n;
}

/** The characters CONTROL matches, by code. */
function isControl(c: number): boolean {
  return c <= 0x08 || (c >= 0x0a && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
