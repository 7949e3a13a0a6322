import { METRICS } from "../catalogue/metrics.js";
import { APPLICANT_CODES } from "../types.js";

/** Metric ids by catalogue code: the texts of a metric column. */
export const METRIC_IDS: readonly string[] = METRICS.map((m) => m.id);

/** Applicant texts by applicant code + 1 (code −1, the 总计 column, is an empty cell). */
export const APPLICANT_TEXTS: readonly (string | null)[] = [null, ...APPLICANT_CODES];
