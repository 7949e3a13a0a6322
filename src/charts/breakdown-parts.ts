/**
 * What one breakdown bar (or donut) draws, and against what. A whole split into parts is drawn
 * honestly only when the denominator is said:
 * - every part stated: shares of the parts' sum;
 * - some parts not stated, the whole stated and the parts a partition of it: the stated parts as shares
 *   of the whole, and the rest as a grey "未说明" segment (805 results of which two parts are not stated:
 *   无法提供 is 32.9% of 805, not 58% of the stated parts);
 * - otherwise (no whole, or parts that overlap): shares of the stated parts only, and the chart says
 *   how many parts are not stated.
 * Never re-normalised silently.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import { BREAKDOWN_SPECS } from "../compute/breakdown-specs.js";
import { say } from "../messages/catalogue.js";
import type { BreakdownChartRow } from "./chart-rows.js";
import { partKey, partLabel } from "./part-labels.js";
import type { ChartLang } from "./theme.js";

export type ShareBasis = "parts" | "whole" | "stated";

export interface PartSegment {
  row: BreakdownChartRow | null;
  part_label: string;
  /** partKey of the part; null for the not-stated remainder. */
  key: string | null;
  value: number;
  /** value / the basis × 100. */
  share: number;
}

export interface BarParts {
  basis: ShareBasis;
  /** The denominator: the parts' sum, the declared whole, or the stated parts' sum. */
  basis_value: number;
  segments: PartSegment[];
  /** Labels of the parts the report does not state. */
  unstated: string[];
}

/** The label of the not-stated remainder. */
export function unstatedLabel(lang: ChartLang): string {
  return say("chart.not_stated", undefined, lang);
}

/** The segments of one bar: the rows of one body and year. */
export function barParts(rows: readonly BreakdownChartRow[], lang: ChartLang): BarParts {
  const stated = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const unstated = rows.filter((r) => !(r.value !== null && Number.isFinite(r.value))).map((r) => partLabel(r, lang));
  const sum = stated.reduce((a, r) => a + (r.value as number), 0);
  const whole = rows.find((r) => r.whole_value !== undefined && r.whole_value !== null)?.whole_value ?? null;
  const group = rows.find((r) => r.group !== undefined)?.group;
  const partition = BREAKDOWN_SPECS.find((s) => s.id === group)?.relation === "partition";
  const basis: ShareBasis = unstated.length === 0 ? "parts" : whole !== null && partition && whole >= sum ? "whole" : "stated";
  const basisValue = basis === "whole" ? (whole as number) : sum;
  const share = (v: number) => (basisValue === 0 ? 0 : (v / basisValue) * 100);
  const segments: PartSegment[] = stated.map((r) => ({
    row: r,
    part_label: partLabel(r, lang),
    key: partKey(r),
    value: r.value as number,
    share: share(r.value as number),
  }));
  if (basis === "whole" && basisValue - sum > 0) {
    segments.push({ row: null, part_label: unstatedLabel(lang), key: null, value: basisValue - sum, share: share(basisValue - sum) });
  }
  return { basis, basis_value: basisValue, segments, unstated };
}

/** What a bar's shares divide by, in words: "分母：各项合计 1,234". */
export function basisText(parts: BarParts, rows: readonly BreakdownChartRow[], lang: ChartLang): string {
  const n = parts.basis_value.toLocaleString("en-US", { maximumFractionDigits: 20 });
  const group = BREAKDOWN_SPECS.find((s) => s.id === rows.find((r) => r.group !== undefined)?.group);
  const whole = group === undefined ? say("chart.the_total", undefined, lang) : metricLabel(group.whole.metric, lang);
  const k = parts.unstated.length;
  const wholeStated = rows.some((r) => r.whole_value !== undefined && r.whole_value !== null);
  if (parts.basis === "parts") return say("chart.basis_parts", { value: n }, lang);
  if (parts.basis === "whole") return say(k === 1 ? "chart.basis_whole_one" : "chart.basis_whole", { whole, value: n, count: k }, lang);
  const total = wholeStated ? "" : say("chart.total_not_stated", undefined, lang);
  return say(k === 1 ? "chart.basis_stated_one" : "chart.basis_stated", { value: n, count: k, total }, lang);
}
