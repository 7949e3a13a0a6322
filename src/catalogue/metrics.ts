/**
 * The metric catalogue: every figure of the three report layouts (2008–2018 统计表, the 2019 format of
 * 国办公开办函〔2019〕60号, the 2021 format of 国办公开办函〔2021〕30号). The one source of truth for ids,
 * labels, units and parents; `disclosure-trends catalogue` prints it as CSV, JSON or Markdown.
 *
 * `evidence` says where a row was confirmed: "confirmed" rows appear in the seed report or the real
 * 2021+ reports bundled with the project; "memory" and "guess" rows follow the template documents but
 * were not seen in a real text, so the extractor never fills them from loose wording.
 */
import type { Layout } from "../types.js";
import type { Evidence, MetricDefinition, MetricKind } from "./metric-definition.js";

const PRE2019: readonly Layout[] = ["2008"];
const SINCE2019: readonly Layout[] = ["2019", "2021"];
const ONLY2019: readonly Layout[] = ["2019"];
const ONLY2021: readonly Layout[] = ["2021"];
const ALL: readonly Layout[] = ["2008", "2019", "2021"];

interface Extra {
  by_applicant?: boolean;
  derived_only?: boolean;
  evidence?: Evidence;
}

function metric(
  id: string,
  label_zh: string,
  label_en: string,
  unit: string,
  kind: MetricKind,
  parent: string | null,
  section: string,
  layouts: readonly Layout[],
  extra: Extra = {},
): MetricDefinition {
  return {
    id,
    label_zh,
    label_en,
    unit,
    kind,
    parent,
    section,
    layouts,
    by_applicant: extra.by_applicant ?? false,
    derived_only: extra.derived_only ?? false,
    evidence: extra.evidence ?? "confirmed",
  };
}

/** A table 三 row: split by applicant type in every 2019+ report. */
function t3(
  id: string,
  label_zh: string,
  label_en: string,
  parent: string | null,
  layouts: readonly Layout[] = SINCE2019,
  extra: Extra = {},
): MetricDefinition {
  return metric(id, label_zh, label_en, "件", "count", parent, "t3", layouts, { ...extra, by_applicant: true });
}

/** A table 四 block: 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计. */
function t4(prefix: string, zh: string, en: string): MetricDefinition[] {
  const total = `${prefix}.total`;
  return [
    metric(`${prefix}.upheld`, `${zh}·结果维持`, `${en}: upheld`, "件", "count", total, "t4", SINCE2019),
    metric(`${prefix}.corrected`, `${zh}·结果纠正`, `${en}: corrected`, "件", "count", total, "t4", SINCE2019),
    metric(`${prefix}.other`, `${zh}·其他结果`, `${en}: other outcome`, "件", "count", total, "t4", SINCE2019),
    metric(`${prefix}.pending`, `${zh}·尚未审结`, `${en}: pending`, "件", "count", total, "t4", SINCE2019),
    metric(total, `${zh}·总计`, `${en}: total`, "件", "count", null, "t4", SINCE2019),
  ];
}

/** A pre-2019 outcome block (行政复议 / 行政诉讼 / 举报投诉) with its [memory] outcome rows. */
function outcomes(id: string, zh: string, en: string): MetricDefinition[] {
  const memory: Extra = { evidence: "memory" };
  return [
    metric(id, zh, en, "件", "count", null, "appeals", PRE2019),
    metric(`${id}_upheld`, `${zh}·维持`, `${en}: upheld`, "件", "count", id, "appeals", PRE2019, memory),
    metric(`${id}_corrected`, `${zh}·被依法纠错`, `${en}: corrected`, "件", "count", id, "appeals", PRE2019, memory),
    metric(`${id}_other`, `${zh}·其他情形`, `${en}: other`, "件", "count", id, "appeals", PRE2019, memory),
  ];
}

const memory: Extra = { evidence: "memory" };

export const METRICS: readonly MetricDefinition[] = [
  // ── 2008–2018: 一、主动公开情况 ────────────────────────────────────────────
  metric("proactive_items", "主动公开政府信息数", "Items disclosed proactively", "条", "count", null, "proactive", ALL),
  metric(
    "proactive_normative_docs",
    "其中：主动公开规范性文件数",
    "of which: normative documents disclosed",
    "件",
    "count",
    "proactive_items",
    "proactive",
    PRE2019,
  ),
  metric("normative_docs_issued", "制发规范性文件总数", "Normative documents issued", "件", "count", null, "proactive", PRE2019),
  metric("channel_gazette", "通过政府公报公开", "Via the government gazette", "条", "count", "proactive_items", "proactive", ALL),
  metric("channel_website", "通过政府网站公开", "Via the government website", "条", "count", "proactive_items", "proactive", ALL),
  metric("channel_weibo", "通过政务微博公开", "Via government Weibo", "条", "count", "proactive_items", "proactive", ALL),
  metric("channel_wechat", "通过政务微信公开", "Via government WeChat", "条", "count", "proactive_items", "proactive", ALL),
  metric("channel_other", "通过其他方式公开", "Via other channels", "条", "count", "proactive_items", "proactive", ALL),
  // Narrative figures the seed states beside the table.
  metric("environment_items", "公布环保信息", "Environmental information items", "条", "count", null, "proactive", ALL),
  metric("education_items", "公布教育信息", "Education information items", "条", "count", null, "proactive", ALL),
  // ── 二、回应解读情况 ──────────────────────────────────────────────────────
  metric("response_hot_topics", "回应公众关注热点或重大舆情数", "Responses to public concerns", "次", "count", null, "response", PRE2019),
  metric(
    "response_press_conf",
    "参加或举办新闻发布会总次数",
    "Press conferences held or attended",
    "次",
    "count",
    null,
    "response",
    PRE2019,
  ),
  metric(
    "response_press_conf_by_principal",
    "其中：主要负责同志参加新闻发布会次数",
    "of which: attended by the principal",
    "次",
    "count",
    "response_press_conf",
    "response",
    PRE2019,
    memory,
  ),
  metric(
    "response_online_interviews",
    "政府网站在线访谈次数",
    "Online interviews on the website",
    "次",
    "count",
    null,
    "response",
    PRE2019,
  ),
  metric(
    "response_online_interviews_by_principal",
    "其中：主要负责同志参加政府网站在线访谈次数",
    "of which: given by the principal",
    "次",
    "count",
    "response_online_interviews",
    "response",
    PRE2019,
    memory,
  ),
  metric("response_interpretations", "政策解读稿件发布数", "Policy interpretations published", "篇", "count", null, "response", ALL),
  metric("response_weibo_wechat", "微博微信回应事件数", "Responses on Weibo and WeChat", "次", "count", null, "response", PRE2019),
  metric("response_other", "其他方式回应事件数", "Responses by other means", "次", "count", null, "response", PRE2019),
  // ── 三、依申请公开情况 ────────────────────────────────────────────────────
  metric("requests_received", "收到申请数", "Requests received", "件", "count", null, "requests", ALL),
  metric("requests_in_person", "当面申请数", "Requests made in person", "件", "count", "requests_received", "requests", PRE2019),
  metric("requests_fax", "传真申请数", "Requests by fax", "件", "count", "requests_received", "requests", PRE2019),
  metric("requests_online", "网络申请数", "Requests online", "件", "count", "requests_received", "requests", PRE2019),
  metric("requests_letter", "信函申请数", "Requests by letter", "件", "count", "requests_received", "requests", PRE2019),
  metric("requests_closed", "申请办结数", "Requests closed", "件", "count", null, "requests", PRE2019),
  metric("requests_closed_on_time", "按时办结数", "Closed on time", "件", "count", "requests_closed", "requests", PRE2019),
  metric("requests_closed_extended", "延期办结数", "Closed after an extension", "件", "count", "requests_closed", "requests", PRE2019),
  metric("requests_answered", "申请答复数", "Requests answered", "件", "count", null, "requests", PRE2019),
  metric("answer_already_public", "属于已主动公开范围数", "Already public", "件", "count", "requests_answered", "requests", PRE2019),
  metric("answer_granted", "同意公开答复数", "Granted", "件", "count", "requests_answered", "requests", PRE2019),
  metric("answer_partial", "同意部分公开答复数", "Partly granted", "件", "count", "requests_answered", "requests", PRE2019),
  metric("answer_refused", "不同意公开答复数", "Refused", "件", "count", "requests_answered", "requests", PRE2019),
  metric("refused_state_secret", "涉及国家秘密", "Refused: state secret", "件", "count", "answer_refused", "requests", PRE2019),
  metric("refused_commercial_secret", "涉及商业秘密", "Refused: commercial secret", "件", "count", "answer_refused", "requests", PRE2019),
  metric("refused_privacy", "涉及个人隐私", "Refused: personal privacy", "件", "count", "answer_refused", "requests", PRE2019),
  metric(
    "refused_security_stability",
    "危及国家安全、公共安全、经济安全和社会稳定",
    "Refused: security and stability",
    "件",
    "count",
    "answer_refused",
    "requests",
    PRE2019,
  ),
  metric(
    "refused_not_gov_info",
    "不是《条例》所指政府信息",
    "Refused: not government information",
    "件",
    "count",
    "answer_refused",
    "requests",
    PRE2019,
  ),
  metric(
    "refused_other_law",
    "法律法规规定的其他情形",
    "Refused: other legal grounds",
    "件",
    "count",
    "answer_refused",
    "requests",
    PRE2019,
  ),
  metric(
    "answer_not_this_agency",
    "不属于本行政机关公开数",
    "Not this agency's information",
    "件",
    "count",
    "requests_answered",
    "requests",
    PRE2019,
  ),
  metric("answer_not_exist", "申请信息不存在数", "Information does not exist", "件", "count", "requests_answered", "requests", PRE2019),
  metric("answer_amend", "告知作出更改补充数", "Asked to amend the request", "件", "count", "requests_answered", "requests", PRE2019),
  metric(
    "answer_other_route",
    "告知通过其他途径办理数",
    "Referred to another procedure",
    "件",
    "count",
    "requests_answered",
    "requests",
    PRE2019,
  ),
  // ── 四至六、行政复议、行政诉讼、举报投诉 ─────────────────────────────────
  ...outcomes("reconsideration", "行政复议数量", "Administrative reconsiderations"),
  ...outcomes("litigation", "行政诉讼数量", "Administrative lawsuits"),
  ...outcomes("complaints", "举报投诉数量", "Complaints"),
  // ── 七至九、费用、机构、会议培训 ─────────────────────────────────────────
  metric("request_fees", "依申请公开信息收取的费用", "Fees charged for requests", "万元", "amount", null, "fees", PRE2019),
  metric("dedicated_units", "政府信息公开专门机构数", "Dedicated disclosure units", "个", "count", null, "capacity", PRE2019, memory),
  metric("reading_points", "设置政府信息公开查阅点数", "Public reading points", "个", "count", null, "capacity", PRE2019, memory),
  metric("staff", "从事政府信息公开工作人员数", "Disclosure staff", "人", "count", null, "capacity", PRE2019, memory),
  metric("staff_full_time", "其中：专职人员数", "of which: full-time", "人", "count", "staff", "capacity", PRE2019, memory),
  metric("staff_part_time", "其中：兼职人员数", "of which: part-time", "人", "count", "staff", "capacity", PRE2019, memory),
  metric("special_budget", "政府信息公开专项经费", "Dedicated disclosure budget", "万元", "amount", null, "capacity", PRE2019, memory),
  metric("meetings", "召开政府信息公开工作会议或专题会议数", "Disclosure meetings held", "次", "count", null, "training", PRE2019, memory),
  metric("training_sessions", "举办各类培训班数", "Training sessions", "次", "count", null, "training", ALL),
  metric("training_participants", "接受培训人员数", "Training participants", "人次", "count", null, "training", ALL),
  // Narrative figures: 人大代表建议和政协委员提案办理.
  metric("npc_suggestions", "办理人大代表建议", "NPC deputies' suggestions handled", "件", "count", null, "proposals", ALL),
  metric("cppcc_proposals", "办理政协委员提案", "CPPCC members' proposals handled", "件", "count", null, "proposals", ALL),
  metric("proposals_reply_rate", "建议提案办复率", "Reply rate of suggestions and proposals", "%", "rate", null, "proposals", ALL),

  // ── 2019+: 第二十条 (table 二) ───────────────────────────────────────────
  metric("rules_made", "规章·本年新制作数量", "Rules made this year", "件", "count", null, "art20_1", ONLY2019),
  metric("rules_published_new", "规章·本年新公开数量", "Rules newly published", "件", "count", null, "art20_1", ONLY2019),
  metric("rules_published_total", "规章·对外公开总数量", "Rules published in total", "件", "count", null, "art20_1", ONLY2019),
  metric("rules_issued", "规章·本年制发件数", "Rules issued this year", "件", "count", null, "art20_1", ONLY2021),
  metric("rules_repealed", "规章·本年废止件数", "Rules repealed this year", "件", "count", null, "art20_1", ONLY2021),
  metric("rules_in_force", "规章·现行有效件数", "Rules in force", "件", "count", null, "art20_1", ONLY2021),
  metric("normdocs_made", "规范性文件·本年新制作数量", "Normative documents made this year", "件", "count", null, "art20_1", ONLY2019),
  metric(
    "normdocs_published_new",
    "规范性文件·本年新公开数量",
    "Normative documents newly published",
    "件",
    "count",
    null,
    "art20_1",
    ONLY2019,
  ),
  metric(
    "normdocs_published_total",
    "规范性文件·对外公开总数量",
    "Normative documents published in total",
    "件",
    "count",
    null,
    "art20_1",
    ONLY2019,
  ),
  metric(
    "normdocs_issued",
    "行政规范性文件·本年制发件数",
    "Normative documents issued this year",
    "件",
    "count",
    null,
    "art20_1",
    ONLY2021,
  ),
  metric(
    "normdocs_repealed",
    "行政规范性文件·本年废止件数",
    "Normative documents repealed this year",
    "件",
    "count",
    null,
    "art20_1",
    ONLY2021,
  ),
  metric("normdocs_in_force", "行政规范性文件·现行有效件数", "Normative documents in force", "件", "count", null, "art20_1", ONLY2021),
  metric("licensing_items_prev", "行政许可·上一年项目数量", "Licensing items, prior year", "项", "count", null, "art20_5", ONLY2019),
  metric("licensing_items_delta", "行政许可·本年增/减", "Licensing items, change", "项", "delta", null, "art20_5", ONLY2019),
  metric("licensing_decisions", "行政许可·处理决定数量", "Licensing decisions", "件", "count", null, "art20_5", SINCE2019),
  metric(
    "other_services_items_prev",
    "其他对外管理服务事项·上一年项目数量",
    "Other services items, prior year",
    "项",
    "count",
    null,
    "art20_5",
    ONLY2019,
  ),
  metric(
    "other_services_items_delta",
    "其他对外管理服务事项·本年增/减",
    "Other services items, change",
    "项",
    "delta",
    null,
    "art20_5",
    ONLY2019,
  ),
  metric(
    "other_services_decisions",
    "其他对外管理服务事项·处理决定数量",
    "Other services decisions",
    "件",
    "count",
    null,
    "art20_5",
    ONLY2019,
  ),
  metric("penalty_items_prev", "行政处罚·上一年项目数量", "Penalty items, prior year", "项", "count", null, "art20_6", ONLY2019),
  metric("penalty_items_delta", "行政处罚·本年增/减", "Penalty items, change", "项", "delta", null, "art20_6", ONLY2019),
  metric("penalty_decisions", "行政处罚·处理决定数量", "Penalty decisions", "件", "count", null, "art20_6", SINCE2019),
  metric("coercion_items_prev", "行政强制·上一年项目数量", "Coercion items, prior year", "项", "count", null, "art20_6", ONLY2019),
  metric("coercion_items_delta", "行政强制·本年增/减", "Coercion items, change", "项", "delta", null, "art20_6", ONLY2019),
  metric("coercion_decisions", "行政强制·处理决定数量", "Coercion decisions", "件", "count", null, "art20_6", SINCE2019),
  metric("fee_items_prev", "行政事业性收费·上一年项目数量", "Fee items, prior year", "项", "count", null, "art20_8", ONLY2019),
  metric("fee_items_delta", "行政事业性收费·本年增/减", "Fee items, change", "项", "delta", null, "art20_8", ONLY2019),
  metric("fee_amount", "行政事业性收费·本年收费金额", "Administrative fees collected", "万元", "amount", null, "art20_8", ONLY2021),
  metric("procurement_projects", "政府集中采购·采购项目数量", "Central procurement projects", "项", "count", null, "art20_9", ONLY2019),
  // The printed unit varies between reports ("251000元", "11.876" with none): kept as printed.
  metric(
    "procurement_amount",
    "政府集中采购·采购总金额",
    "Central procurement amount (as printed)",
    "as printed",
    "amount",
    null,
    "art20_9",
    ONLY2019,
  ),

  // ── 2019+: table 三 (cells by applicant type) ────────────────────────────
  t3("requests_new", "本年新收政府信息公开申请数量", "New requests this year", null),
  t3("requests_carried_in", "上年结转政府信息公开申请数量", "Requests carried in from last year", null),
  t3("result_granted", "予以公开", "Granted", "result_total"),
  t3("result_partial", "部分公开", "Partly granted", "result_total"),
  t3("result_denied", "不予公开（合计）", "Denied (sum of grounds)", "result_total", SINCE2019, { derived_only: true }),
  t3("result_denied.state_secret", "不予公开·属于国家秘密", "Denied: state secret", "result_denied"),
  t3("result_denied.law_prohibited", "不予公开·其他法律行政法规禁止公开", "Denied: prohibited by other laws", "result_denied"),
  t3("result_denied.security_stability", "不予公开·危及“三安全一稳定”", "Denied: security and stability", "result_denied"),
  t3("result_denied.third_party", "不予公开·保护第三方合法权益", "Denied: third-party rights", "result_denied"),
  t3("result_denied.internal_affairs", "不予公开·属于三类内部事务信息", "Denied: internal affairs", "result_denied"),
  t3("result_denied.process_info", "不予公开·属于四类过程性信息", "Denied: process information", "result_denied"),
  t3("result_denied.enforcement_file", "不予公开·属于行政执法案卷", "Denied: enforcement file", "result_denied"),
  t3("result_denied.admin_inquiry", "不予公开·属于行政查询事项", "Denied: administrative inquiry", "result_denied"),
  t3("result_unavailable", "无法提供（合计）", "Unavailable (sum of grounds)", "result_total", SINCE2019, { derived_only: true }),
  t3("result_unavailable.not_held", "无法提供·本机关不掌握相关政府信息", "Unavailable: not held", "result_unavailable"),
  t3("result_unavailable.needs_creation", "无法提供·没有现成信息需要另行制作", "Unavailable: would need creating", "result_unavailable"),
  t3(
    "result_unavailable.unclear_after_amend",
    "无法提供·补正后申请内容仍不明确",
    "Unavailable: unclear after amendment",
    "result_unavailable",
  ),
  t3("result_not_processed", "不予处理（合计）", "Not processed (sum of grounds)", "result_total", SINCE2019, { derived_only: true }),
  t3("result_not_processed.petition", "不予处理·信访举报投诉类申请", "Not processed: petition or complaint", "result_not_processed"),
  t3("result_not_processed.duplicate", "不予处理·重复申请", "Not processed: duplicate", "result_not_processed"),
  t3("result_not_processed.publication", "不予处理·要求提供公开出版物", "Not processed: asks for publications", "result_not_processed"),
  t3(
    "result_not_processed.mass_repeat",
    "不予处理·无正当理由大量反复申请",
    "Not processed: mass repeated requests",
    "result_not_processed",
  ),
  t3(
    "result_not_processed.confirm_reissue",
    "不予处理·要求行政机关确认或重新出具已获取信息",
    "Not processed: confirm or reissue",
    "result_not_processed",
  ),
  t3("result_other", "其他处理", "Otherwise handled", "result_total"),
  t3("result_other.no_amend", "其他处理·申请人无正当理由逾期不补正", "Otherwise: not amended in time", "result_other", ONLY2021),
  t3("result_other.fee_unpaid", "其他处理·申请人逾期未按收费通知要求缴纳费用", "Otherwise: fee not paid", "result_other", ONLY2021),
  t3("result_other.misc", "其他处理·其他", "Otherwise: other", "result_other", ONLY2021),
  t3("result_total", "办理结果总计", "Results in total", null),
  t3("requests_carried_out", "结转下年度继续办理", "Carried over to next year", null),

  // ── 2019+: table 四 ──────────────────────────────────────────────────────
  ...t4("reconsideration", "行政复议", "Reconsideration"),
  ...t4("litigation_direct", "行政诉讼（未经复议直接起诉）", "Lawsuit without reconsideration"),
  ...t4("litigation_after_recon", "行政诉讼（复议后起诉）", "Lawsuit after reconsideration"),

  // ── 2021+: 六、其他需要报告的事项 ────────────────────────────────────────
  metric("info_processing_fee", "收取信息处理费", "Information processing fees collected", "元", "amount", null, "s6", ONLY2021),
];
