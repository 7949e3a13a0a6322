import { APPLICANT_LABELS } from "../catalogue/applicant-labels.js";
import { findMetric } from "../catalogue/catalogue.js";
import type { Applicant, MetricId } from "../types.js";

/**
 * The column a table cell sits in, as the form heads it: the applicant column of a table 三 row (总计
 * for the total), the value column of a 第二十条 item (本年制发件数, 处理决定数量, …), the outcome column
 * of a table 四 block (结果维持, …). The catalogue's labels name them after "·".
 */
export function cellColumnLabel(metric: MetricId, applicant: Applicant | null): string | null {
  const m = findMetric(metric);
  if (m === undefined) return null;
  if (m.by_applicant) return applicant === null ? "总计" : APPLICANT_LABELS[applicant].printed;
  const dot = m.label_zh.lastIndexOf("·");
  return dot < 0 ? null : m.label_zh.slice(dot + 1);
}
