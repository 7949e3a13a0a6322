/** Lists in a message, punctuated in the current language: 「a、b、c」 in Chinese, "a, b, c" in English. */
import { say } from "../messages/catalogue.js";

export function listText(items: readonly (string | number)[]): string {
  return items.join(say("general.list_separator"));
}

/**
 * Alternatives, the last one after "or": 「甲、乙或丙」, "a, b or c". Chinese sets a space between 或 and
 * Latin text (letters, digits, signs) beside it: 「2030 或 2031」, 「.png 或 .html」.
 */
export function orText(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join("");
  const before = listText(items.slice(0, -1));
  const last = String(items[items.length - 1]);
  const or = say("cli.or");
  if (or.trim() !== or) return `${before}${or}${last}`;
  const spaced = (char: string) => /^[!-~]$/.test(char);
  return `${before}${spaced(before.slice(-1)) ? " " : ""}${or}${spaced(last.slice(0, 1)) ? " " : ""}${last}`;
}
