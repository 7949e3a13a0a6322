import { MESSAGES, type MessageKey, say } from "../../messages/catalogue.js";
import type { Lang } from "../../messages/lang.js";

/**
 * The heading of a result column in the chosen language, from the catalogue's `table.column.<key>`
 * (a few columns read differently in one table, hence `as`: trend's comparability is with the year before).
 */
export function columnTitle(key: string, lang: Lang, as: string = key): string {
  const id = `table.column.${as}`;
  if (!(id in MESSAGES)) throw new Error(`no catalogue heading ${id}`);
  return say(id as MessageKey, undefined, lang);
}
