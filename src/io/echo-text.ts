/**
 * User text echoed back in a problem (a cell, a header, a file name, a line of a code frame) made safe
 * to print: control characters shown as escapes (`\u001b`), so a cell cannot move the cursor or
 * recolour the terminal, and the text cut to a bounded length, saying how much was left out.
 */
import { say } from "../messages/catalogue.js";

/** How many characters of user text a problem echoes. */
export const ECHO_MAX_CHARS = 80;

// C0 controls except tab, DEL, C1 controls, and the line and paragraph separators.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when the text holds a control character (NUL, ESC, a C1 control, …); tab is not one. */
export function hasControlChar(text: string): boolean {
  return HAS_CONTROL.test(text);
}

/** The text with each control character written as its `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}`);
}

/** Escaped, then cut to `max` characters with a note of how many more there were. */
export function echoText(text: string, max = ECHO_MAX_CHARS): string {
  const safe = escapeControls(text);
  const chars = [...safe];
  if (chars.length <= max) return safe;
  return `${chars.slice(0, max).join("")}${say("problem.more_chars", { n: chars.length - max })}`;
}

/** User text in quotes, as problems show a cell: `"abc"`, bounded and escaped. */
export function quoted(text: string, max = ECHO_MAX_CHARS): string {
  return `"${echoText(text.replace(/\\/g, "\\\\").replace(/"/g, '\\"'), max)}"`;
}
