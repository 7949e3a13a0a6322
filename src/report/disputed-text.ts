import type { ChartLang } from "../charts/theme.js";
import type { Year } from "../types.js";
import { reportText } from "./report-text.js";

/** "2023年数字与报告自身数量不符（见核对）": the warning a headline figure carries when the audit disputes it. */
export function disputedText(years: readonly Year[], lang: ChartLang): string {
  const when = lang === "zh" ? years.map((y) => `${y}年`).join("、") : years.join(", ");
  return `${when}${lang === "zh" ? "" : " "}${reportText("disputed", lang)}`;
}
