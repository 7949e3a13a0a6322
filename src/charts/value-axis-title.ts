/** The title of a value axis: "数值（条）" when every metric drawn has the same unit, "数值" otherwise. */
import { findMetric } from "../catalogue/catalogue.js";
import { chartText } from "./chart-text.js";
import type { ChartLang } from "./theme.js";

export function valueAxisTitle(metrics: readonly string[], lang: ChartLang): string {
  const units = new Set(metrics.map((m) => findMetric(m)?.unit ?? ""));
  const [unit] = units;
  const base = chartText("value", lang);
  if (units.size !== 1 || unit === undefined || unit === "" || unit === "%") return base;
  return lang === "zh" ? `${base}（${unit}）` : `${base} (${unit})`;
}
