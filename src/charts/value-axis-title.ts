/** The title of a value axis: "数值（条）" when every metric drawn has the same unit, "数值" otherwise. */
import { findMetric } from "../catalogue/catalogue.js";
import { say } from "../messages/catalogue.js";
import type { ChartLang } from "./theme.js";
import { unitLabel } from "./unit-label.js";

export function valueAxisTitle(metrics: readonly string[], lang: ChartLang): string {
  const units = new Set(metrics.map((m) => findMetric(m)?.unit ?? ""));
  const [unit] = units;
  const base = say("chart.value", undefined, lang);
  if (units.size !== 1 || unit === undefined || unit === "" || unit === "%") return base;
  // An English axis names only units English needs (yuan, people); counting words are dropped.
  const named = unitLabel(unit, lang);
  return named === "" ? base : say("chart.value_in", { unit: named }, lang);
}
