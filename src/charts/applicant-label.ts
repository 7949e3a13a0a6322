/** Labels of the applicant columns of the 2019+ table 三, as the form prints them. */
import type { Applicant } from "../types.js";
import type { ChartLang } from "./theme.js";

const LABELS: Record<Applicant, readonly [string, string]> = {
  natural_person: ["自然人", "Natural persons"],
  commercial_enterprise: ["商业企业", "Commercial enterprises"],
  research_institution: ["科研机构", "Research institutions"],
  social_welfare_org: ["社会公益组织", "Social welfare organisations"],
  legal_service_org: ["法律服务机构", "Legal service organisations"],
  other_org: ["其他", "Other organisations"],
};

export function applicantLabel(applicant: Applicant, lang: ChartLang): string {
  return LABELS[applicant][lang === "zh" ? 0 : 1];
}
