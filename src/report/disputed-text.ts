import type { ChartLang } from "../charts/theme.js";
import { say } from "../messages/catalogue.js";
import type { Year } from "../types.js";

/** "2023年数字与报告自身数量不符（见核对）": the warning a headline figure carries when the audit disputes it. */
export function disputedText(years: readonly Year[], lang: ChartLang): string {
  const when = years.map((year) => say("report.year_of", { year }, lang)).join(say("general.list_separator", undefined, lang));
  return say("report.disputed", { years: when }, lang);
}
