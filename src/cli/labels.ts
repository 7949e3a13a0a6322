/** Display labels of the CLI: entity names and metric labels in the chosen language. */
import { APPLICANT_LABELS } from "../catalogue/applicant-labels.js";
import { metricLabel } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { Applicant } from "../types.js";
import type { Lang } from "./command-options.js";

export function entityName(table: ObservationTable, id: string, lang: Lang): string {
  const info = table.entityInfo.get(id);
  if (!info) return id;
  return lang === "zh" ? info.name_zh : info.name_en;
}

/** A metric's label, with the applicant column when there is one: "本年新收… · 自然人". */
export function cellLabel(metric: string, applicant: Applicant | null, lang: Lang): string {
  const label = metricLabel(metric, lang);
  if (applicant === null) return label;
  return `${label} · ${lang === "zh" ? APPLICANT_LABELS[applicant].zh : applicant.replace(/_/g, " ")}`;
}

export function applicantLabel(applicant: Applicant | null, lang: Lang): string {
  if (applicant === null) return lang === "zh" ? "总计" : "total";
  return lang === "zh" ? APPLICANT_LABELS[applicant].zh : applicant.replace(/_/g, " ");
}
