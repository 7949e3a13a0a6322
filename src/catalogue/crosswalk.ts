/**
 * The crosswalk between report eras: how a figure of an older layout maps onto the newer one.
 *
 * `fit` says how far a series may be read across the change:
 * - "same": one meaning on both sides, comparable;
 * - "approximate": related but scoped differently, compare with care;
 * - "lost": the newer layout has no such figure, the series ends;
 * - "new": the newer layout introduces it, the series starts.
 * `evidence` "guess" rows come from the template documents, unconfirmed in real reports.
 */
import type { Layout, MetricId } from "../types.js";
import type { Evidence } from "./metric-definition.js";

export type CrosswalkFit = "same" | "approximate" | "lost" | "new";

export interface CrosswalkEntry {
  /** The older layout's metrics (summed when several). */
  from: readonly MetricId[];
  from_layout: Layout;
  /** The newer layout's metrics (summed when several); empty when the figure is lost. */
  to: readonly MetricId[];
  to_layout: Layout;
  fit: CrosswalkFit;
  evidence: Evidence;
  note: string;
}

function entry(
  from: readonly MetricId[],
  to: readonly MetricId[],
  fit: CrosswalkFit,
  note: string,
  options: { from_layout?: Layout; to_layout?: Layout; evidence?: Evidence } = {},
): CrosswalkEntry {
  return {
    from,
    from_layout: options.from_layout ?? "2008",
    to,
    to_layout: options.to_layout ?? "2019",
    fit,
    evidence: options.evidence ?? "confirmed",
    note,
  };
}

const t4 = (p: string) => ["upheld", "corrected", "other", "pending", "total"].map((s) => `${p}.${s}`);

export const CROSSWALK: readonly CrosswalkEntry[] = [
  // 2008–2018 → 2019
  entry(
    ["proactive_items"],
    ["proactive_items"],
    "approximate",
    "2019+ tables have no proactive total; some reports state one in the narrative, often for the website only",
  ),
  entry(["proactive_normative_docs"], ["normdocs_published_new"], "approximate", "scope differs: 规范性文件 vs the 2019 row"),
  entry(["normative_docs_issued"], ["normdocs_made"], "approximate", "scope differs; 2021 counts 行政规范性文件 only"),
  entry(["requests_received"], ["requests_new"], "approximate", "pre-2019 reports had no carried-in/out requests"),
  entry(
    ["requests_in_person", "requests_fax", "requests_online", "requests_letter"],
    [],
    "lost",
    "request channels are replaced by applicant types",
  ),
  entry(["requests_closed_on_time", "requests_closed_extended"], [], "lost", "2019+ tables do not report timeliness"),
  entry(["answer_granted"], ["result_granted"], "same", "予以公开"),
  entry(["answer_already_public"], ["result_granted"], "approximate", "probably counted as granted after 2019", { evidence: "guess" }),
  entry(["answer_partial"], ["result_partial"], "same", "部分公开"),
  entry(["answer_refused"], ["result_denied"], "approximate", "the grounds were redrawn"),
  entry(["refused_state_secret"], ["result_denied.state_secret"], "same", "国家秘密"),
  entry(["refused_commercial_secret", "refused_privacy"], ["result_denied.third_party"], "approximate", "merged into 保护第三方合法权益"),
  entry(["refused_security_stability"], ["result_denied.security_stability"], "same", "三安全一稳定"),
  entry(["refused_other_law"], ["result_denied.law_prohibited"], "approximate", "其他法律行政法规禁止公开"),
  entry(["refused_not_gov_info"], ["result_not_processed.petition", "result_other"], "approximate", "split between 不予处理 and 其他处理", {
    evidence: "guess",
  }),
  entry(
    ["answer_not_this_agency", "answer_not_exist"],
    ["result_unavailable.not_held"],
    "approximate",
    "2019 merges both into 本机关不掌握",
    { evidence: "guess" },
  ),
  entry(["answer_amend"], ["result_unavailable.unclear_after_amend"], "approximate", "补正后仍不明确"),
  entry(["answer_other_route"], ["result_not_processed"], "approximate", "告知通过其他途径办理", { evidence: "guess" }),
  entry(["reconsideration"], ["reconsideration.total"], "same", "outcome labels differ; 尚未审结 is new"),
  entry(
    ["litigation"],
    ["litigation_direct.total", "litigation_after_recon.total"],
    "same",
    "2019+ splits lawsuits by whether a reconsideration came first",
  ),
  entry(["complaints"], [], "lost", "no complaints table after 2019"),
  entry(["request_fees"], ["info_processing_fee"], "approximate", "different legal basis, and units differ (万元 → 元)", {
    to_layout: "2021",
  }),
  entry(
    [
      "response_hot_topics",
      "response_press_conf",
      "response_online_interviews",
      "response_interpretations",
      "response_weibo_wechat",
      "response_other",
      "dedicated_units",
      "reading_points",
      "staff",
      "special_budget",
      "meetings",
      "training_sessions",
      "training_participants",
    ],
    [],
    "lost",
    "only in the narrative after 2019, if at all",
  ),
  entry(
    [],
    [
      "requests_carried_in",
      "requests_carried_out",
      "licensing_decisions",
      "penalty_decisions",
      "coercion_decisions",
      "reconsideration.pending",
    ],
    "new",
    "introduced by the 2019 format",
  ),
  // 2019 → 2021
  entry(["rules_made"], ["rules_issued"], "same", "本年新制作 → 本年制发", { from_layout: "2019", to_layout: "2021" }),
  entry(["rules_published_total"], ["rules_in_force"], "approximate", "对外公开总数 → 现行有效", {
    from_layout: "2019",
    to_layout: "2021",
  }),
  entry(["normdocs_made"], ["normdocs_issued"], "approximate", "规范性文件 → 行政规范性文件", { from_layout: "2019", to_layout: "2021" }),
  entry(["normdocs_published_total"], ["normdocs_in_force"], "approximate", "对外公开总数 → 现行有效", {
    from_layout: "2019",
    to_layout: "2021",
  }),
  entry(["result_other"], ["result_other"], "same", "2021 splits it in three; the total keeps its meaning", {
    from_layout: "2019",
    to_layout: "2021",
  }),
  entry(
    ["fee_items_prev", "fee_items_delta", "procurement_projects", "procurement_amount", "other_services_decisions"],
    [],
    "lost",
    "dropped by the 2021 format",
    { from_layout: "2019", to_layout: "2021" },
  ),
  entry([], ["fee_amount", "info_processing_fee", "rules_repealed", "normdocs_repealed"], "new", "introduced by the 2021 format", {
    from_layout: "2019",
    to_layout: "2021",
  }),
  ...["reconsideration", "litigation_direct", "litigation_after_recon"].map((p) =>
    entry(t4(p), t4(p), "same", "table 四 unchanged", { from_layout: "2019", to_layout: "2021" }),
  ),
];
