import { CONTROL_CHARS_BUT_LINES, escapedChar } from "../text/control-chars.js";

/**
 * One message of the catalogue: its Chinese and English text. `{name}` marks a parameter; both texts
 * must use the same parameters (the catalogue test checks it).
 */
export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

/** Declares an area's messages, keeping their keys as literal types. */
export function defineMessages<const T extends Record<string, MessageText>>(messages: T): T {
  return messages;
}

export type MessageParams = Readonly<Record<string, string | number | bigint>>;

const PARAMETER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** What a parameter may not carry into a message as it is (see control-chars.ts); line breaks may pass. */
const UNSAFE = new RegExp(`[${CONTROL_CHARS_BUT_LINES}]`, "g");

/**
 * Fills a text's `{name}` parameters; a parameter without a value is a programming error. Parameters
 * are where user text enters a message (a file name, a cell, a line of a report), so their control and
 * invisible characters are written as escapes: no message can carry an escape sequence to a terminal.
 */
export function fillMessage(text: string, params: MessageParams | undefined, key: string): string {
  return text.replace(PARAMETER, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`message "${key}" needs the parameter {${name}}`);
    return typeof value === "string" ? value.replace(UNSAFE, escapedChar) : String(value);
  });
}

/** The parameter names a text uses, sorted. */
export function messageParameters(text: string): string[] {
  return [...new Set([...text.matchAll(PARAMETER)].map((m) => m[1] as string))].sort();
}
