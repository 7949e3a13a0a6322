/**
 * A metric's unit (the catalogue's, in Chinese: 件, 条, 万元…) in the chosen language, for pages and axes.
 * English drops the counting words a number needs in Chinese (件, 条, 项) and names the others.
 */
import { type MessageKey, say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";

const UNITS: Record<string, MessageKey> = {
  万元: "chart.unit.wan_yuan",
  元: "chart.unit.yuan",
  人: "chart.unit.person",
  人次: "chart.unit.person_time",
  次: "chart.unit.time",
};

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === "zh" || unit === "%") return unit;
  const key = UNITS[unit];
  return key === undefined ? "" : say(key, undefined, lang);
}
