/**
 * The one message catalogue: every sentence, heading and word the tool shows a user, in Chinese and
 * English. Each area of the tool keeps its messages in its own file here, under its own key prefix
 * (`cli.`, `problem.`, `audit.`, `report.`, …); this module joins them and renders them.
 */
import { AUDIT_MESSAGES } from "./audit-messages.js";
import { CHART_MESSAGES } from "./chart-messages.js";
import { CLAIM_MESSAGES } from "./claim-messages.js";
import { CLI_MESSAGES } from "./cli-messages.js";
import { EXTRACT_MESSAGES } from "./extract-messages.js";
import { GENERAL_MESSAGES } from "./general-messages.js";
import { IO_MESSAGES } from "./io-messages.js";
import { currentLang, type Lang } from "./lang.js";
import { fillMessage, type MessageParams, type MessageText } from "./message.js";
import { PROBLEM_MESSAGES } from "./problem-messages.js";
import { REPORT_MESSAGES } from "./report-messages.js";
import { SCOPE_MESSAGES } from "./scope-messages.js";
import { TABLE_MESSAGES } from "./table-messages.js";
import { WRITE_MESSAGES } from "./write-messages.js";

const AREAS = [
  GENERAL_MESSAGES,
  CLI_MESSAGES,
  TABLE_MESSAGES,
  PROBLEM_MESSAGES,
  IO_MESSAGES,
  WRITE_MESSAGES,
  EXTRACT_MESSAGES,
  AUDIT_MESSAGES,
  CLAIM_MESSAGES,
  REPORT_MESSAGES,
  CHART_MESSAGES,
  SCOPE_MESSAGES,
] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type Keys<T> = T extends unknown ? keyof T : never;

export type MessageKey = Keys<Union<typeof AREAS>> & string;

export const MESSAGES: Readonly<Record<MessageKey, MessageText>> = Object.assign({}, ...AREAS);

/** The catalogue's areas, for the test that no key is defined twice. */
export const MESSAGE_AREAS: readonly Readonly<Record<string, MessageText>>[] = AREAS;

/** A message in the current language (or the one given), its parameters filled. */
export function say(key: MessageKey, params?: MessageParams, lang: Lang = currentLang()): string {
  return fillMessage(MESSAGES[key][lang], params, key);
}

/** A message in both languages, for the places that keep both (chart specs, report pages). */
export function sayBoth(key: MessageKey, params?: MessageParams): MessageText {
  return { zh: say(key, params, "zh"), en: say(key, params, "en") };
}
