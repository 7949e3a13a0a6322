/**
 * Number formats as Vega expressions, so that the same text appears in SVG, PNG and the browser
 * without registering custom formatters. Percentages arrive in percent (2.98), so they are formatted
 * as plain numbers with a "%" appended, never divided by 100 on the way.
 *
 * Counts show thousands separators (89,370). Axis ticks of large counts switch to 万 in Chinese
 * (60000 → 6万), which is how Chinese reports write large figures; data labels and tooltips keep the
 * exact number, because a rounded figure must never pass for a printed one.
 */
import { say } from "../messages/catalogue.js";
import type { ChartLang } from "./theme.js";

/** d3-format for an exact count or amount: separators, decimals only when the value has them. */
export const EXACT_NUMBER = ",~f";

/**
 * An axis labelExpr for counts, one format for the whole axis: in Chinese, an axis reaching 10,000 or
 * more (`largest` is the largest value drawn) counts in 万 at every tick (0.5万, 1万, 1.5万), never
 * "8,000" beside "1万"; a smaller axis, and English, use thousands separators.
 */
export function countAxisLabelExpr(lang: ChartLang, largest: number): string {
  return lang === "zh" && Math.abs(largest) >= 10000
    ? "datum.value === 0 ? '0' : format(datum.value / 10000, ',.4~f') + '万'"
    : "format(datum.value, ',~f')";
}

/** An axis labelExpr for percent values: "+20%", "−20%", "0%". */
export const SIGNED_PERCENT_AXIS = "datum.value === 0 ? '0%' : format(datum.value, '+~f') + '%'";

/** An axis labelExpr for shares in percent: "20%". */
export const PERCENT_AXIS = "format(datum.value, '~f') + '%'";

/** Is `field` a finite number? (Vega expression) */
export function isNumberExpr(field: string): string {
  return `isValid(datum.${field}) && isFinite(datum.${field})`;
}

/**
 * The growth label: signed percent ("+2.98%"), or why there is none: the prior figure was 0 (growth
 * from 0 is undefined) or is missing.
 */
export function growthTextExpr(lang: ChartLang): string {
  return `${isNumberExpr("change_pct")} ? format(datum.change_pct, '+.2f') + '%' : datum.from_value === 0 ? ${quote(say("chart.prior_zero", undefined, lang))} : ${quote(say("chart.no_prior", undefined, lang))}`;
}

/** Percent text of a percent `field` with `decimals` ("41.83%"), or `otherwise` when it is null. */
export function percentExpr(field: string, decimals: number, otherwise = ""): string {
  return `${isNumberExpr(field)} ? format(datum.${field}, '.${decimals}f') + '%' : ${quote(otherwise)}`;
}

/** Percent text as printed: trailing zeros dropped ("0.7%", "41.4%"). */
export function printedPercentExpr(field: string): string {
  return `format(datum.${field}, '.4~f') + '%'`;
}

/** A Vega string literal. */
export function quote(s: string): string {
  return JSON.stringify(s);
}
