/** The subtitle of a trend whose older years are read through the crosswalk. */
import type { ChartLang } from "../charts/theme.js";

export function crosswalkNote(lang: ChartLang): string {
  return lang === "zh"
    ? "2019年以前的数字按对照表取自旧格式的对应指标（近似可比）"
    : "Before 2019 the figure is the older form's counterpart, through the crosswalk (approximate)";
}
