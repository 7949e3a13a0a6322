/** The subtitle of a trend whose older years are read through the crosswalk. */
import type { ChartLang } from "../charts/theme.js";
import { say } from "../messages/catalogue.js";

export function crosswalkNote(lang: ChartLang): string {
  return say("report.crosswalk_note", undefined, lang);
}
