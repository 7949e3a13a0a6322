import type { Layout, MetricId } from "../types.js";

/**
 * How a metric's values are validated:
 * - `count`: a whole number ≥ 0 (条, 件, 次, 人, …);
 * - `amount`: a number ≥ 0 with decimals allowed (万元, 元);
 * - `delta`: a signed whole number (本年增/减 "+2", "-1");
 * - `rate`: a percentage from 0 to 100.
 */
export type MetricKind = "count" | "amount" | "delta" | "rate";

/** Where the row's existence and wording were confirmed. */
export type Evidence = "confirmed" | "memory" | "guess";

export interface MetricDefinition {
  id: MetricId;
  label_zh: string;
  label_en: string;
  /** Unit as printed in the reports: 条, 件, 次, 人次, 个, 人, 项, 万元, 元, %. */
  unit: string;
  kind: MetricKind;
  /** The whole this metric is a part of (see groups.ts for how parts relate), or null. */
  parent: MetricId | null;
  /** The report section it belongs to, e.g. "proactive", "requests", "t3". */
  section: string;
  /** Layouts whose tables or narrative carry it. */
  layouts: readonly Layout[];
  /** True when cells are split by applicant type (the 2019+ table 三). */
  by_applicant: boolean;
  /** True when no report prints it and the toolkit only ever derives it (a subtotal the table lacks). */
  derived_only: boolean;
  evidence: Evidence;
}
