/**
 * The crosswalk between report eras: how a figure of an older layout maps onto the newer one.
 *
 * `fit` says how far a series may be read across the change:
 * - "same": one meaning on both sides, comparable;
 * - "approximate": one concept, counted with a different scope or split; compare with care;
 * - "break": the newer layout prints a figure in the same place that counts something else; the series
 *   is not joined across (no change, no percent change), and every command marks the step not comparable;
 * - "lost": the newer layout has no such figure, the series ends (where its counts went, if anywhere, the
 *   note says);
 * - "new": the newer layout introduces it, the series starts.
 * `evidence` "guess" rows come from the template documents, unconfirmed in real reports.
 *
 * Each row says beside it why its fit is what it is; docs/crosswalk.md gives the same review as tables.
 * Only "same" and "approximate" rows with one newer metric are read by trend and peers in place of a
 * figure the older layout lacks (comparability.ts, crosswalkPredecessor).
 */

import { currentLang, type Lang } from "../messages/lang.js";
import type { Layout, MetricId } from "../types.js";
import type { Evidence } from "./metric-definition.js";

export type CrosswalkFit = "same" | "approximate" | "break" | "lost" | "new";

export interface CrosswalkEntry {
  /** The older layout's metrics (summed when several). */
  from: readonly MetricId[];
  from_layout: Layout;
  /** The newer layout's metrics (summed when several); empty when the figure is lost. */
  to: readonly MetricId[];
  to_layout: Layout;
  fit: CrosswalkFit;
  evidence: Evidence;
  /** Why the fit is what it is, in English; `note_zh` the same in Chinese (crosswalkNote picks one). */
  note: string;
  note_zh: string;
}

/** An entry's note in the current language: the notes are quoted in warnings and on report pages. */
export function crosswalkNote(entry: CrosswalkEntry, lang: Lang = currentLang()): string {
  return lang === "zh" ? entry.note_zh : entry.note;
}

function entry(
  from: readonly MetricId[],
  to: readonly MetricId[],
  fit: CrosswalkFit,
  note: { en: string; zh: string },
  options: { from_layout?: Layout; to_layout?: Layout; evidence?: Evidence } = {},
): CrosswalkEntry {
  return {
    from,
    from_layout: options.from_layout ?? "2008",
    to,
    to_layout: options.to_layout ?? "2019",
    fit,
    evidence: options.evidence ?? "confirmed",
    note: note.en,
    note_zh: note.zh,
  };
}

const t4 = (p: string) => ["upheld", "corrected", "other", "pending", "total"].map((s) => `${p}.${s}`);
const STEP_2021 = { from_layout: "2019", to_layout: "2021" } as const;

/** 第二十条 columns and rows only the 2019 format has: new in 2019, gone in 2021. */
const ITEMS_2019_ONLY: readonly string[] = [
  "licensing_items_prev",
  "licensing_items_delta",
  "other_services_items_prev",
  "other_services_items_delta",
  "other_services_decisions",
  "penalty_items_prev",
  "penalty_items_delta",
  "coercion_items_prev",
  "coercion_items_delta",
  "fee_items_prev",
  "fee_items_delta",
  "procurement_projects",
  "procurement_amount",
];

export const CROSSWALK: readonly CrosswalkEntry[] = [
  // ---- 2008–2018 统计表 → 2019 format (国办公开办函〔2019〕60号) ----
  // Approximate: one concept (items proactively disclosed, each counted once), but after 2019 no table
  // prints it; the figure comes from the narrative, which often counts the website alone.
  entry(["proactive_items"], ["proactive_items"], "approximate", {
    en: "2019+ tables have no proactive total; some reports state one in the narrative, often for the website only",
    zh: "2019 年起的表格没有主动公开总数；有的年报在正文中给出，且常常只计网站",
  }),
  // Approximate: both count normative documents made public in the year (其中:主动公开规范性文件数 vs
  // 规范性文件 本年新公开数量); the 2019 row's scope of 规范性文件 is drawn by each body.
  entry(["proactive_normative_docs"], ["normdocs_published_new"], "approximate", {
    en: "both count normative documents made public in the year; scope of 规范性文件 differs",
    zh: "二者都统计当年公开的规范性文件；规范性文件的范围不同",
  }),
  // Approximate: both count normative documents the body made in the year (制发 vs 本年新制作).
  entry(["normative_docs_issued"], ["normdocs_made"], "approximate", {
    en: "制发规范性文件总数 → 本年新制作数量: both count documents made in the year; scope of 规范性文件 differs",
    zh: "制发规范性文件总数 → 本年新制作数量：二者都统计当年制作的文件；规范性文件的范围不同",
  }),
  // Approximate: 收到申请数 and 本年新收 both count the year's new requests; the 2019 table adds the
  // requests carried in and out, which pre-2019 reports mixed in or left out as each chose.
  entry(["requests_received"], ["requests_new"], "approximate", {
    en: "收到申请数 → 本年新收; pre-2019 reports had no carried-in/out requests",
    zh: "收到申请数 → 本年新收；2019 年以前的年报没有上年结转和结转下年的申请",
  }),
  // Lost: no 2019 row counts requests by channel.
  entry(["requests_in_person", "requests_fax", "requests_online", "requests_letter"], [], "lost", {
    en: "request channels are replaced by applicant types",
    zh: "申请渠道改为申请人类型",
  }),
  // Lost: no 2019 row counts timeliness.
  entry(["requests_closed_on_time", "requests_closed_extended"], [], "lost", {
    en: "2019+ tables do not report timeliness",
    zh: "2019 年起的表格不报告办理时效",
  }),
  // Lost: 申请办结数 and 申请答复数 have no 2019 row of their own. The nearest, 办理结果 总计 (result_total),
  // also counts the requests carried in from the year before, which pre-2019 tables did not separate, so
  // it is not read in their place.
  entry(["requests_closed", "requests_answered"], [], "lost", {
    en: "no 2019 row of their own; 办理结果 总计 also counts requests carried in, so it does not stand in for them",
    zh: "2019 年格式中没有它们自己的行；办理结果 总计 还包含上年结转的申请，因此不能替代它们",
  }),
  // Approximate, not same: 2019's 予以公开 probably also counts answers pointing the applicant to information
  // already public, which the 2008 layout counted apart (属于已主动公开范围数).
  entry(["answer_granted"], ["result_granted"], "approximate", {
    en: "同意公开 → 予以公开; 2019 probably also counts here the answers on already-public information, counted apart before",
    zh: "同意公开 → 予以公开；2019 年起此处很可能还包含对已主动公开信息的答复，此前是单独统计的",
  }),
  // Approximate, and a guess: 属于已主动公开范围 answers are probably counted as 予以公开 after 2019; a part
  // of result_granted, never its stand-in (answer_granted's row above is the predecessor).
  entry(
    ["answer_already_public"],
    ["result_granted"],
    "approximate",
    { en: "probably counted as granted (予以公开) after 2019", zh: "2019 年起很可能计入予以公开" },
    {
      evidence: "guess",
    },
  ),
  // Same: 同意部分公开 and 部分公开 count the same answers.
  entry(["answer_partial"], ["result_partial"], "same", { en: "同意部分公开 → 部分公开", zh: "同意部分公开 → 部分公开" }),
  // Approximate: one concept (refusals), but the grounds were redrawn: 不是《条例》所指政府信息 left it.
  entry(["answer_refused"], ["result_denied"], "approximate", {
    en: "不同意公开 → 不予公开; the grounds were redrawn",
    zh: "不同意公开 → 不予公开；理由已重新划分",
  }),
  // Same: one ground, one wording.
  entry(["refused_state_secret"], ["result_denied.state_secret"], "same", { en: "国家秘密", zh: "国家秘密" }),
  // Approximate: two grounds merged into one.
  entry(["refused_commercial_secret", "refused_privacy"], ["result_denied.third_party"], "approximate", {
    en: "商业秘密 + 个人隐私 merged into 保护第三方合法权益",
    zh: "商业秘密与个人隐私合并为保护第三方合法权益",
  }),
  // Same: one ground (危及"三安全一稳定").
  entry(["refused_security_stability"], ["result_denied.security_stability"], "same", { en: "三安全一稳定", zh: "三安全一稳定" }),
  // Approximate: 法律法规规定的其他情形 → 其他法律行政法规禁止公开, the catch-all narrowed to what law forbids.
  entry(["refused_other_law"], ["result_denied.law_prohibited"], "approximate", {
    en: "法律法规规定的其他情形 → 其他法律行政法规禁止公开",
    zh: "法律法规规定的其他情形 → 其他法律行政法规禁止公开",
  }),
  // Lost: no 2019 row counts 不是《条例》所指政府信息 alone; such requests went, by a guess, to 不予处理
  // (信访举报投诉类) or 其他处理, rows that count much else.
  entry(
    ["refused_not_gov_info"],
    [],
    "lost",
    {
      en: "no 2019 row counts it alone; probably spread over 不予处理·信访举报投诉类 and 其他处理",
      zh: "2019 年格式中没有单独统计它的行；很可能分散计入不予处理·信访举报投诉类和其他处理",
    },
    {
      evidence: "guess",
    },
  ),
  // Approximate, a guess: 不属于本行政机关公开 and 申请信息不存在 both end as 本机关不掌握相关政府信息.
  entry(
    ["answer_not_this_agency", "answer_not_exist"],
    ["result_unavailable.not_held"],
    "approximate",
    { en: "2019 merges both into 本机关不掌握", zh: "2019 年格式将二者合并为本机关不掌握" },
    { evidence: "guess" },
  ),
  // Break: 告知作出更改补充 counts requests the applicant was asked to amend; 补正后申请内容仍不明确 counts
  // those still unclear after amending (a later outcome; the ones never amended go to 其他处理). Two concepts.
  entry(["answer_amend"], ["result_unavailable.unclear_after_amend"], "break", {
    en: "告知作出更改补充 (asked to amend) → 补正后仍不明确 (still unclear after amending): different outcomes",
    zh: "告知作出更改补充（要求申请人补正）→ 补正后申请内容仍不明确（补正之后的情形）：是不同的办理结果",
  }),
  // Approximate, a guess: 告知通过其他途径办理 matches 不予处理's main ground (信访举报投诉类); the other
  // grounds (重复申请, 大量反复申请, …) came with the 2019 条例.
  entry(
    ["answer_other_route"],
    ["result_not_processed"],
    "approximate",
    { en: "告知通过其他途径办理 → 不予处理", zh: "告知通过其他途径办理 → 不予处理" },
    { evidence: "guess" },
  ),
  // Same for the total: cases of the year; 2019 adds outcome columns and 尚未审结.
  entry(["reconsideration"], ["reconsideration.total"], "same", {
    en: "行政复议数量 → 总计; outcome labels differ; 尚未审结 is new",
    zh: "行政复议数量 → 总计；结果的名称不同；尚未审结为新增",
  }),
  // Approximate: the outcomes (维持 / 纠错 / 其他) keep their meaning, but the pre-2019 rows are known from
  // memory of the template, and 2019 moves undecided cases out into 尚未审结.
  ...["upheld", "corrected", "other"].map((o) =>
    entry(
      [`reconsideration_${o}`],
      [`reconsideration.${o}`],
      "approximate",
      { en: "outcome rows; 2019 counts undecided cases apart (尚未审结)", zh: "各结果行；2019 年起未决案件单独统计（尚未审结）" },
      {
        evidence: "memory",
      },
    ),
  ),
  ...["upheld", "corrected", "other"].map((o) =>
    entry(
      [`litigation_${o}`],
      [`litigation_direct.${o}`, `litigation_after_recon.${o}`],
      "approximate",
      {
        en: "outcome rows, summed over both kinds of lawsuit; 2019 counts undecided cases apart (尚未审结)",
        zh: "各结果行，两类诉讼相加；2019 年起未决案件单独统计（尚未审结）",
      },
      { evidence: "memory" },
    ),
  ),
  // Same for the sum: every lawsuit of the year, split after 2019 by whether a reconsideration came first.
  entry(["litigation"], ["litigation_direct.total", "litigation_after_recon.total"], "same", {
    en: "2019+ splits lawsuits by whether a reconsideration came first",
    zh: "2019 年起按是否先经行政复议将行政诉讼分开统计",
  }),
  // Lost: no complaints table after 2019.
  entry(["complaints", "complaints_upheld", "complaints_corrected", "complaints_other"], [], "lost", {
    en: "no complaints table after 2019",
    zh: "2019 年起没有举报投诉表",
  }),
  // Break: 依申请公开信息收取的费用 (检索、复制、邮寄 costs, 万元) and 信息处理费 (charged since 2021 for
  // requests beyond a reasonable number, 元) have different legal bases and units: never one series.
  entry(
    ["request_fees"],
    ["info_processing_fee"],
    "break",
    {
      en: "different legal basis (costs of copying vs a fee on excessive requests) and unit (万元 vs 元)",
      zh: "法律依据不同（复制等成本费用与针对超量申请的收费）、单位不同（万元与元）",
    },
    { to_layout: "2021" },
  ),
  // Lost: these sections survive in the narrative only, if at all.
  entry(
    [
      "response_hot_topics",
      "response_press_conf",
      "response_online_interviews",
      "response_interpretations",
      "response_weibo_wechat",
      "response_other",
      "response_press_conf_by_principal",
      "response_online_interviews_by_principal",
      "dedicated_units",
      "reading_points",
      "staff",
      "staff_full_time",
      "staff_part_time",
      "special_budget",
      "meetings",
      "training_sessions",
      "training_participants",
    ],
    [],
    "lost",
    { en: "only in the narrative after 2019, if at all", zh: "2019 年起仅见于正文（如有）" },
  ),
  // New: rows the 2019 format introduced.
  entry(
    [],
    [
      "requests_carried_in",
      "requests_carried_out",
      "licensing_decisions",
      "penalty_decisions",
      "coercion_decisions",
      "reconsideration.pending",
      "litigation_direct.pending",
      "litigation_after_recon.pending",
      "rules_made",
      "rules_published_new",
      "rules_published_total",
      "normdocs_published_total",
      ...ITEMS_2019_ONLY,
    ],
    "new",
    { en: "introduced by the 2019 format", zh: "2019 年格式新增" },
  ),
  // New: grounds the revised 条例 (2019) wrote down; pre-2019 reports counted such requests under other
  // answers, so no older row stands in for them.
  entry(
    [],
    [
      "result_denied.internal_affairs",
      "result_denied.process_info",
      "result_denied.enforcement_file",
      "result_denied.admin_inquiry",
      "result_unavailable.needs_creation",
      "result_not_processed.petition",
      "result_not_processed.duplicate",
      "result_not_processed.publication",
      "result_not_processed.mass_repeat",
      "result_not_processed.confirm_reissue",
    ],
    "new",
    { en: "grounds written into the revised 条例 of 2019", zh: "2019 年修订的《条例》写入的理由" },
  ),
  // New: 无法提供, 其他处理 and 办理结果 总计 group the 2019 rows; of their rows only some have a pre-2019
  // counterpart (本机关不掌握; none for 其他处理), so the groups themselves start in 2019.
  entry([], ["result_unavailable", "result_other", "result_total"], "new", {
    en: "2019 groups whose rows only partly have an older counterpart",
    zh: "2019 年格式的分组，其中只有部分行有旧格式的对应项",
  }),
  // ---- 2019 format → 2021 format (国办公开办函〔2021〕30号) ----
  // Same: 本年新制作 and 本年制发 both count the rules made in the year.
  entry(["rules_made"], ["rules_issued"], "same", { en: "本年新制作 → 本年制发", zh: "本年新制作 → 本年制发" }, STEP_2021),
  // Break: 对外公开总数量 counts every rule ever made public (repealed ones included), 现行有效 the rules
  // in force at the year's end: a stock of another kind, so 197 → 62 is no fall of 68.53%.
  entry(
    ["rules_published_total"],
    ["rules_in_force"],
    "break",
    {
      en: "对外公开总数量 (ever published) → 现行有效 (in force): different concepts",
      zh: "对外公开总数量（历来公开的）→ 现行有效（年末仍有效的）：概念不同",
    },
    STEP_2021,
  ),
  // Approximate: both count documents made in the year; 2021 narrows 规范性文件 to 行政规范性文件.
  entry(
    ["normdocs_made"],
    ["normdocs_issued"],
    "approximate",
    {
      en: "规范性文件 本年新制作 → 行政规范性文件 本年制发: narrower scope",
      zh: "规范性文件 本年新制作 → 行政规范性文件 本年制发：范围收窄",
    },
    STEP_2021,
  ),
  // Break: as for rules, ever published vs in force.
  entry(
    ["normdocs_published_total"],
    ["normdocs_in_force"],
    "break",
    {
      en: "对外公开总数量 (ever published) → 现行有效 (in force): different concepts",
      zh: "对外公开总数量（历来公开的）→ 现行有效（年末仍有效的）：概念不同",
    },
    STEP_2021,
  ),
  // Lost: 本年新公开数量 has no 2021 column.
  entry(
    ["rules_published_new", "normdocs_published_new"],
    [],
    "lost",
    { en: "本年新公开数量 is dropped by the 2021 format", zh: "2021 年格式取消了本年新公开数量" },
    STEP_2021,
  ),
  // Same: 2021 splits 其他处理 in three rows and prints no total; the toolkit derives it as their sum.
  entry(
    ["result_other"],
    ["result_other"],
    "same",
    {
      en: "2021 splits it in three; the total (derived as their sum) keeps its meaning",
      zh: "2021 年格式将其拆为三行；总数（由三行相加得出）含义不变",
    },
    STEP_2021,
  ),
  // Lost: the 上一年项目数量 and 本年增/减 columns, the 其他对外管理服务事项 row and 政府集中采购.
  entry(ITEMS_2019_ONLY, [], "lost", { en: "dropped by the 2021 format", zh: "2021 年格式取消" }, STEP_2021),
  // New: rows the 2021 format introduced.
  entry(
    [],
    [
      "fee_amount",
      "info_processing_fee",
      "rules_repealed",
      "normdocs_repealed",
      "result_other.no_amend",
      "result_other.fee_unpaid",
      "result_other.misc",
    ],
    "new",
    { en: "introduced by the 2021 format", zh: "2021 年格式新增" },
    STEP_2021,
  ),
  // Same: table 四 is unchanged.
  ...["reconsideration", "litigation_direct", "litigation_after_recon"].map((p) =>
    entry(t4(p), t4(p), "same", { en: "table 四 unchanged", zh: "表四不变" }, STEP_2021),
  ),
];
