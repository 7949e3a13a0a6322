/**
 * The figures a report's overview leads with, per report layout: the totals an analyst reads first.
 * A metric the report does not state is skipped, never shown as 0.
 */
import type { Layout, MetricId } from "../types.js";

export const KEY_METRICS: Readonly<Record<Layout, readonly MetricId[]>> = {
  "2008": ["proactive_items", "requests_received", "requests_answered", "answer_granted", "reconsideration", "litigation"],
  "2019": [
    "requests_new",
    "result_total",
    "result_granted",
    "licensing_decisions",
    "penalty_decisions",
    "reconsideration.total",
    "litigation_direct.total",
    "litigation_after_recon.total",
  ],
  "2021": [
    "requests_new",
    "result_total",
    "result_granted",
    "licensing_decisions",
    "penalty_decisions",
    "fee_amount",
    "reconsideration.total",
    "litigation_direct.total",
    "litigation_after_recon.total",
  ],
};
