/** Lists in a message, punctuated in the current language: 「a、b、c」 in Chinese, "a, b, c" in English. */
import { say } from "../messages/catalogue.js";

export function listText(items: readonly (string | number)[]): string {
  return items.join(say("general.list_separator"));
}

/** Alternatives, the last one after "or": 「a、b或c」, "a, b or c". */
export function orText(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join("");
  return `${listText(items.slice(0, -1))}${say("cli.or")}${items[items.length - 1]}`;
}
