/**
 * A metric's unit (the catalogue's, in Chinese: 件, 条, 万元…) in the page's language. English drops the
 * counting words a number needs in Chinese (件, 条, 项) and names the others.
 */
import { type MessageKey, say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";

const UNITS: Record<string, MessageKey> = {
  万元: "report.unit.wan_yuan",
  元: "report.unit.yuan",
  人: "report.unit.person",
  人次: "report.unit.person_time",
  次: "report.unit.time",
};

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === "zh" || unit === "%") return unit;
  const key = UNITS[unit];
  return key === undefined ? "" : say(key, undefined, lang);
}
