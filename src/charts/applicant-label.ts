/** Labels of the applicant columns of the 2019+ table 三, as the form prints them. */
import { APPLICANT_LABELS } from "../catalogue/applicant-labels.js";
import type { Applicant } from "../types.js";
import type { ChartLang } from "./theme.js";

export function applicantLabel(applicant: Applicant, lang: ChartLang): string {
  const label = APPLICANT_LABELS[applicant];
  return lang === "zh" ? label.printed : label.en;
}
