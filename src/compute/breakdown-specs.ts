/**
 * The whole → parts splits a breakdown (and the share audit) runs over: every catalogue group, plus the
 * split of 2019+ new requests by applicant type (the applicant columns of requests_new against its 总计).
 */
import { APPLICANT_BREAKDOWN_METRIC, GROUPS, type GroupRelation } from "../catalogue/groups.js";
import { APPLICANTS, type Applicant, type Layout, type MetricId } from "../types.js";

export interface CellRef {
  metric: MetricId;
  applicant: Applicant | null;
}

export interface BreakdownSpec {
  id: string;
  label_zh: string;
  label_en: string;
  relation: GroupRelation;
  layouts: readonly Layout[];
  whole: CellRef;
  parts: readonly CellRef[];
}

export const APPLICANT_TYPES_GROUP = "applicant_types";

export const BREAKDOWN_SPECS: readonly BreakdownSpec[] = [
  ...GROUPS.map((g) => ({
    id: g.id,
    label_zh: g.label_zh,
    label_en: g.label_en,
    relation: g.relation,
    layouts: g.layouts,
    whole: { metric: g.whole, applicant: null },
    parts: g.parts.map((metric) => ({ metric, applicant: null })),
  })),
  {
    id: APPLICANT_TYPES_GROUP,
    label_zh: "申请人类型",
    label_en: "New requests by applicant type",
    relation: "partition",
    layouts: ["2019", "2021"],
    whole: { metric: APPLICANT_BREAKDOWN_METRIC, applicant: null },
    parts: APPLICANTS.map((applicant) => ({ metric: APPLICANT_BREAKDOWN_METRIC, applicant })),
  },
];
