import type { Applicant } from "../types.js";

/**
 * The applicant columns of the 2019+ table 三: the heading the form prints over each (`printed`, where
 * the last of the five organisation columns is headed just 其他), a label that stands on its own, and
 * English. The 总计 column is the figure without an applicant.
 */
export const APPLICANT_LABELS: Readonly<Record<Applicant, { printed: string; zh: string; en: string }>> = {
  natural_person: { printed: "自然人", zh: "自然人", en: "Natural persons" },
  commercial_enterprise: { printed: "商业企业", zh: "商业企业", en: "Commercial enterprises" },
  research_institution: { printed: "科研机构", zh: "科研机构", en: "Research institutions" },
  social_welfare_org: { printed: "社会公益组织", zh: "社会公益组织", en: "Social welfare organisations" },
  legal_service_org: { printed: "法律服务机构", zh: "法律服务机构", en: "Legal service organisations" },
  other_org: { printed: "其他", zh: "其他组织", en: "Other organisations" },
  // Not a printed column: the sum of the five above, derived where all five are stated.
  legal_person_total: { printed: "法人或其他组织", zh: "法人或其他组织（合计）", en: "Legal persons and other organisations (total)" },
};
