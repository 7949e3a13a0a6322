/** A body's administrative level (entity.json's `level`) in the page's language; an unknown one as written. */
import { type MessageKey, say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";

const LEVELS: Record<string, MessageKey> = {
  "province-level city": "report.level.province_city",
  "prefecture-level city": "report.level.prefecture_city",
  district: "report.level.district",
  county: "report.level.county",
  town: "report.level.town",
  department: "report.level.department",
  office: "report.level.office",
};

export function levelLabel(level: string, lang: Lang): string {
  const key = LEVELS[level];
  return key === undefined ? level : say(key, undefined, lang);
}
