/**
 * A one-line reading of an audit finding for the report pages, above the audit's own message (which
 * spells out the arithmetic). The line is built from the finding's fields (check, figures, printed,
 * computed) only, so it can never say something the finding does not.
 */
import { CHECK_IDS, type CheckId, type Finding } from "../audit/finding.js";
import { metricLabel } from "../catalogue/catalogue.js";
import { applicantLabel } from "../charts/applicant-label.js";
import { MESSAGES, type MessageKey, say } from "../messages/catalogue.js";
import type { Lang } from "../messages/lang.js";

/** The short name of an audit check ("所印占比"), or what it compares when it has no short name. */
export function checkLabel(check: CheckId, lang: Lang): string {
  const key = `audit.check_name.${check}`;
  return key in MESSAGES ? say(key as MessageKey, undefined, lang) : say(CHECK_IDS[check], undefined, lang);
}

/** "行政复议·总计：报告印 0，分项合计计算为 11" and the like. */
export function findingSummary(f: Finding, lang: Lang): string {
  const metric = f.metrics[0];
  const label =
    metric === undefined
      ? ""
      : metricLabel(metric, lang) +
        (f.applicant === null ? "" : say("audit.column", { applicant: applicantLabel(f.applicant, lang) }, lang));
  const n = (x: number | null, digits?: number) => (x === null ? "—" : digits === undefined ? String(x) : x.toFixed(digits));
  const check = checkLabel(f.check, lang);
  if (!f.ran) return say("report.finding_not_run", { label, check }, lang);
  switch (f.check) {
    case "printed_share":
      return say("report.finding_share", { label, printed: n(f.printed), computed: n(f.computed, 2) }, lang);
    case "printed_growth":
      return say("report.finding_growth", { label, printed: n(f.printed), computed: n(f.computed, 2) }, lang);
    case "printed_change":
      return say("report.finding_change", { label, printed: n(f.printed), computed: n(f.computed) }, lang);
    case "narrative_vs_table":
      return say("report.finding_narrative", { printed: n(f.printed), computed: n(f.computed) }, lang);
    default:
      return say("report.finding_sum", { label, printed: n(f.printed), check, computed: n(f.computed) }, lang);
  }
}
