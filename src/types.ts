/** Shared vocabulary of the toolkit. */

/** A dataset folder name, e.g. `jiamusi`. */
export type EntityId = string;
/** A catalogue metric id, e.g. `proactive_items` or `result_denied.state_secret`. */
export type MetricId = string;
/** A calendar year of a report, e.g. 2017. */
export type Year = number;

/** The three statistical layouts of the annual reports. */
export type Layout = "2008" | "2019" | "2021";

/** Whether a figure was printed in the report, derived from printed figures, or read by OCR from a scanned page of the report. */
export type Basis = "printed" | "derived" | "ocr";

/**
 * Applicant columns of the 2019+ table 三 as the form prints them, in its order. `null` in an
 * observation means the 总计 column. Datasets hold these; checks and breakdowns go over these.
 */
export const APPLICANTS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
] as const;
export type PrintedApplicant = (typeof APPLICANTS)[number];

/**
 * The 法人或其他组织 columns: the form splits 法人或其他组织 into these five and prints no subtotal of them
 * (analysts compare 自然人 against their sum, derived in derive-subtotals as `legal_person_total`).
 */
export const LEGAL_PERSON_COLUMNS = [
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
] as const satisfies readonly PrintedApplicant[];

/**
 * Every applicant column a table may hold: the printed ones, then the derived 法人或其他组织 sum. An
 * observation table's applicant code is an index into this list (−1 for 总计).
 */
export const APPLICANT_CODES = [...APPLICANTS, "legal_person_total"] as const;
export type Applicant = (typeof APPLICANT_CODES)[number];

/** One figure of one report, as a plain object (the row-oriented view of an ObservationTable). */
export interface Observation {
  entity: EntityId;
  year: Year;
  metric: MetricId;
  /** The applicant column of a 2019+ table 三 cell; null for the 总计 column and for every other metric. */
  applicant: Applicant | null;
  /** The figure in the metric's unit; null when the report does not state it (never read as zero). */
  value: number | null;
  /** The share printed beside the figure, in percent (41.4 for "41.4%"), as printed. */
  printed_share: number | null;
  /** The absolute change on the prior year printed beside the figure. */
  printed_change: number | null;
  /** The percent change on the prior year printed beside the figure (3 for "同比增长3%"). */
  printed_change_pct: number | null;
  basis: Basis;
  /** The sentence or table row the figure came from. */
  source: string | null;
  /** The dataset file and 1-based line the row was read from. */
  file: string;
  line: number;
}

/** Entity metadata, kept in `datasets/<entity>/entity.json`. */
export interface EntityInfo {
  id: EntityId;
  name_zh: string;
  name_en: string;
  /** Administrative level, e.g. "prefecture-level city", "district", "department". */
  level: string;
  province: string;
  /** Entity id or name of the body this one belongs to, if any. */
  parent: string | null;
  /**
   * What the body's reports count, when known: one text for every year ("本级"), or per year from that
   * year on ({"2023": "全区", "2024": "办公室"}); read by scopeByYear.
   */
  scope?: string | Record<string, string>;
}
