/**
 * Labels of breakdown parts: the caller's label when given, the applicant type for table 三 applicant
 * columns, else the catalogue's label of the metric.
 */
import { metricLabel } from "../catalogue/catalogue.js";
import type { Applicant } from "../types.js";
import { applicantLabel } from "./applicant-label.js";
import type { ChartLang } from "./theme.js";

export function partLabel(row: { metric: string; applicant?: Applicant | null; part_label?: string }, lang: ChartLang): string {
  if (row.part_label !== undefined) return row.part_label;
  if (row.applicant !== undefined && row.applicant !== null) return applicantLabel(row.applicant, lang);
  return metricLabel(row.metric, lang);
}

/** A key naming the part uniquely (metric ids repeat across applicant columns). */
export function partKey(row: { metric: string; applicant?: Applicant | null }): string {
  return row.applicant ? `${row.metric}/${row.applicant}` : row.metric;
}
