/**
 * What the cells of an analyst's sheet may say, folded so that width and spacing do not matter
 * ("通过政府网站公开", "通过政府网站 公开" and full-width letters are one label): metric ids or the
 * catalogue's Chinese labels, applicant ids or their Chinese names, years as 2016 or 2016年.
 */
import { METRICS } from "../../catalogue/metrics.js";
import { normalizeWidth } from "../../text/normalize-width.js";
import { APPLICANTS, type EntityInfo } from "../../types.js";
import { isReportYear } from "../dataset-format.js";

/** Width folded, every space removed, lower case. */
export function foldLabel(s: string): string {
  return normalizeWidth(s).replace(/\s+/g, "").toLowerCase();
}

/**
 * A label folded, and without what sheets put before it: "其中：", or a numbering such as "（一）", "一、",
 * "3." (no two catalogue labels differ only by these).
 */
function foldMetricLabel(s: string): string {
  return foldLabel(s).replace(/^(?:其中[:,]?|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.]|\d+[、.])+/, "");
}

let metricIds: Map<string, string> | null = null;

/** The metric id a cell names (an id or a catalogue label), or null. */
export function metricFromLabel(text: string): string | null {
  if (metricIds === null) {
    metricIds = new Map();
    for (const m of METRICS) {
      metricIds.set(foldLabel(m.id), m.id);
      metricIds.set(foldMetricLabel(m.label_zh), m.id);
    }
  }
  return metricIds.get(foldLabel(text)) ?? metricIds.get(foldMetricLabel(text)) ?? null;
}

/** The catalogue's Chinese labels, for suggestions. */
export function metricLabels(): string[] {
  return METRICS.map((m) => m.label_zh);
}

const APPLICANT_NAMES: Record<string, string> = {
  自然人: "natural_person",
  商业企业: "commercial_enterprise",
  科研机构: "research_institution",
  社会公益组织: "social_welfare_org",
  法律服务机构: "legal_service_org",
  其他: "other_org",
  其他组织: "other_org",
  总计: "",
  合计: "",
  total: "",
};

/** The applicant id a cell names ("" for the 总计 column), or null when it names none. */
export function applicantFromLabel(text: string): string | null {
  const folded = foldLabel(text);
  if (folded === "") return "";
  if ((APPLICANTS as readonly string[]).includes(folded)) return folded;
  return APPLICANT_NAMES[folded] ?? null;
}

/** A year heading: 2016, 2016年 or 2016年度 (a number cell or text). */
export function yearFromHeading(text: string): number | null {
  const m = /^(\d{4})(?:年度?)?$/.exec(foldLabel(text));
  if (m === null) return null;
  const y = Number(m[1]);
  return isReportYear(y) ? y : null;
}

/** Entity ids by every name a sheet may use for them: id, Chinese name, English name. */
export function entityNames(infos: Iterable<EntityInfo>): Map<string, string> {
  const out = new Map<string, string>();
  for (const info of infos) {
    for (const name of [info.id, info.name_zh, info.name_en]) if (name) out.set(foldLabel(name), info.id);
  }
  return out;
}

/** Heading roles of a wide sheet (folded heading → role). Other headings are errors, not guesses. */
export const WIDE_HEADINGS: Record<string, "metric" | "applicant" | "entity" | "ignored"> = {
  metric: "metric",
  指标代码: "metric",
  指标: "metric",
  指标名称: "metric",
  项目: "metric",
  applicant: "applicant",
  申请人: "applicant",
  申请人类型: "applicant",
  entity: "entity",
  机构代码: "entity",
  机构: "entity",
  // Columns an analyst keeps for reading, not figures: left as they are.
  label: "ignored",
  名称: "ignored",
  entity_name: "ignored",
  单位: "ignored",
  计量单位: "ignored",
  unit: "ignored",
  note: "ignored",
  备注: "ignored",
  说明: "ignored",
  序号: "ignored",
};
