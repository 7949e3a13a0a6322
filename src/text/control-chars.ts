/**
 * The characters user text must not carry to a terminal as they are: C0 controls, DEL and C1 controls
 * (an escape sequence can move the cursor, recolour or retitle the terminal), the line and paragraph
 * separators, and the invisible format characters — zero-width spaces and joiners, the bidirectional
 * marks and overrides (which can show a text in another order than it has), the word joiner family and a
 * byte-order mark inside text. Line breaks and tabs are the caller's to allow.
 */
const FORMAT_CHARS = "\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";

/** Every such character, tab excepted, line breaks included: for one cell or name. */
export const CONTROL_CHARS = `\\u0000-\\u0008\\u000a-\\u001f${FORMAT_CHARS}`;

/** The same, line breaks (\n) allowed: for a message of several lines. */
export const CONTROL_CHARS_BUT_LINES = `\\u0000-\\u0008\\u000b-\\u001f${FORMAT_CHARS}`;

/** A character written as its `\uXXXX` escape. */
export function escapedChar(c: string): string {
  return `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}`;
}
