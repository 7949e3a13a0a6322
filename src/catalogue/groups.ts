/**
 * Whole → parts groups of the catalogue: what breakdowns are computed over and what the audit checks.
 *
 * A "partition" group's parts add up to its whole (answer categories = requests answered). An
 * "overlapping" group's parts may count one item several times: an item published on the website and
 * on Weibo counts once in proactive_items but in two channels, so the channel sum exceeds the whole.
 * Breakdowns therefore give both denominators: the sum of the parts and the declared whole.
 */
import type { Layout, MetricId } from "../types.js";

export type GroupRelation = "partition" | "overlapping";

export interface MetricGroup {
  id: string;
  label_zh: string;
  label_en: string;
  whole: MetricId;
  parts: readonly MetricId[];
  relation: GroupRelation;
  layouts: readonly Layout[];
}

const PRE2019: readonly Layout[] = ["2008"];
const SINCE2019: readonly Layout[] = ["2019", "2021"];

function group(
  id: string,
  label_zh: string,
  label_en: string,
  whole: MetricId,
  parts: readonly MetricId[],
  relation: GroupRelation,
  layouts: readonly Layout[],
): MetricGroup {
  return { id, label_zh, label_en, whole, parts, relation, layouts };
}

const t4Parts = (prefix: string) => ["upheld", "corrected", "other", "pending"].map((p) => `${prefix}.${p}`);

export const GROUPS: readonly MetricGroup[] = [
  group(
    "proactive_channels",
    "主动公开渠道",
    "Proactive disclosure by channel",
    "proactive_items",
    ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"],
    "overlapping",
    ["2008", "2019", "2021"],
  ),
  group(
    "request_channels",
    "申请方式",
    "Requests by channel",
    "requests_received",
    ["requests_in_person", "requests_fax", "requests_online", "requests_letter"],
    "partition",
    PRE2019,
  ),
  group(
    "request_closures",
    "办结时效",
    "Requests closed on time or extended",
    "requests_closed",
    ["requests_closed_on_time", "requests_closed_extended"],
    "partition",
    PRE2019,
  ),
  group(
    "answer_categories",
    "答复类别",
    "Answers by category",
    "requests_answered",
    [
      "answer_already_public",
      "answer_granted",
      "answer_partial",
      "answer_refused",
      "answer_not_this_agency",
      "answer_not_exist",
      "answer_amend",
      "answer_other_route",
    ],
    "partition",
    PRE2019,
  ),
  group(
    "refusal_reasons",
    "不同意公开的理由",
    "Refusals by reason",
    "answer_refused",
    [
      "refused_state_secret",
      "refused_commercial_secret",
      "refused_privacy",
      "refused_security_stability",
      "refused_not_gov_info",
      "refused_other_law",
    ],
    "partition",
    PRE2019,
  ),
  group(
    "reconsideration_outcomes",
    "行政复议结果",
    "Reconsideration outcomes",
    "reconsideration",
    ["reconsideration_upheld", "reconsideration_corrected", "reconsideration_other"],
    "partition",
    PRE2019,
  ),
  group(
    "litigation_outcomes",
    "行政诉讼结果",
    "Lawsuit outcomes",
    "litigation",
    ["litigation_upheld", "litigation_corrected", "litigation_other"],
    "partition",
    PRE2019,
  ),
  group(
    "complaint_outcomes",
    "举报投诉结果",
    "Complaint outcomes",
    "complaints",
    ["complaints_upheld", "complaints_corrected", "complaints_other"],
    "partition",
    PRE2019,
  ),
  group("staff_types", "专职与兼职人员", "Staff by type", "staff", ["staff_full_time", "staff_part_time"], "partition", PRE2019),
  group(
    "result_categories",
    "办理结果",
    "Results by category",
    "result_total",
    ["result_granted", "result_partial", "result_denied", "result_unavailable", "result_not_processed", "result_other"],
    "partition",
    SINCE2019,
  ),
  group(
    "denial_grounds",
    "不予公开的理由",
    "Denials by ground",
    "result_denied",
    [
      "state_secret",
      "law_prohibited",
      "security_stability",
      "third_party",
      "internal_affairs",
      "process_info",
      "enforcement_file",
      "admin_inquiry",
    ].map((g) => `result_denied.${g}`),
    "partition",
    SINCE2019,
  ),
  group(
    "unavailable_grounds",
    "无法提供的理由",
    "Unavailable by ground",
    "result_unavailable",
    ["not_held", "needs_creation", "unclear_after_amend"].map((g) => `result_unavailable.${g}`),
    "partition",
    SINCE2019,
  ),
  group(
    "not_processed_grounds",
    "不予处理的理由",
    "Not processed by ground",
    "result_not_processed",
    ["petition", "duplicate", "publication", "mass_repeat", "confirm_reissue"].map((g) => `result_not_processed.${g}`),
    "partition",
    SINCE2019,
  ),
  group(
    "other_handling",
    "其他处理",
    "Otherwise handled by kind",
    "result_other",
    ["no_amend", "fee_unpaid", "misc"].map((g) => `result_other.${g}`),
    "partition",
    ["2021"],
  ),
  group(
    "reconsideration_results",
    "行政复议结果",
    "Reconsideration results",
    "reconsideration.total",
    t4Parts("reconsideration"),
    "partition",
    SINCE2019,
  ),
  group(
    "litigation_direct_results",
    "未经复议直接起诉结果",
    "Direct lawsuit results",
    "litigation_direct.total",
    t4Parts("litigation_direct"),
    "partition",
    SINCE2019,
  ),
  group(
    "litigation_after_recon_results",
    "复议后起诉结果",
    "Lawsuit-after-reconsideration results",
    "litigation_after_recon.total",
    t4Parts("litigation_after_recon"),
    "partition",
    SINCE2019,
  ),
];

/**
 * Table 三 cells split by applicant type: for each of these metrics, the six applicant columns add up to
 * the 总计 column (the observation whose applicant is null). Breakdown "applicant_types" shows the split
 * of requests_new.
 */
export const APPLICANT_BREAKDOWN_METRIC: MetricId = "requests_new";
