/**
 * The name of a report section (a catalogue metric's `section`), for saying which parts of a report a
 * body-year's figures come from. An id without a name here is shown as the id.
 */
import type { ChartLang } from "../charts/theme.js";
import { type MessageKey, say } from "../messages/catalogue.js";

/** Each section id's name in the catalogue; the 2019 layout's article-20 sections share one name. */
const SECTIONS: Record<string, MessageKey> = {
  proactive: "report.section.proactive",
  art20_1: "report.section.art20",
  art20_5: "report.section.art20",
  art20_6: "report.section.art20",
  art20_8: "report.section.art20",
  art20_9: "report.section.art20",
  response: "report.section.response",
  requests: "report.section.requests",
  t3: "report.section.t3",
  t4: "report.section.t4",
  appeals: "report.section.appeals",
  fees: "report.section.fees",
  s6: "report.section.fees",
  capacity: "report.section.capacity",
  training: "report.section.training",
  proposals: "report.section.proposals",
};

export function sectionLabel(section: string, lang: ChartLang): string {
  const key = SECTIONS[section];
  return key === undefined ? section : say(key, undefined, lang);
}
