/**
 * How the running text of a report states its figures, as patterns over the narrative view (folded,
 * spaces removed between Chinese characters). Each pattern names the number `n` and the words that make
 * it that metric; a pattern never matches loose mentions, so a figure is taken only where the sentence
 * says what it counts. The catalogue decides in which layouts a metric exists; a rule for a metric the
 * layout lacks is not applied.
 */
import { say } from "../messages/catalogue.js";

/**
 * A number as printed in running text: 89370, 7730.28, or thousands grouped by commas or spaces. It
 * starts where a number starts, never inside one: a figure is never the tail of a longer number, and a
 * rule that begins with the number ("5件行政复议") tries each run of digits once, not once per digit,
 * which keeps a long run of digits linear.
 */
const N = "(?<![\\d.])(?<n>\\d{1,3}(?:[, ]\\d{3})+(?![\\d.])|\\d+(?:\\.\\d+)?)";
/** Optional quotation marks around a quoted category ("“同意公开”38件"). */
const Q = "[\"'“”‘’「」『』]?";
const CJK = "[\\u3400-\\u9fff]";
/** The counting words reports use interchangeably for items, requests and cases ("行政复议0宗"). */
const U = "(?:条|件|宗|个|项|次)";
/** A closing quotation and the 的 that may follow it ("“同意公开”的7件"). */
const QD = `${Q}(?:的)?`;

export type ChannelMetric = "channel_gazette" | "channel_website" | "channel_weibo" | "channel_wechat" | "channel_other";

export type Picked = { metric: string } | { refuse: string };

export interface NarrativeRule {
  /**
   * The metric, or a function that picks one (or refuses) from the match, the clause before it (since
   * the last comma or colon) and the sentence before it.
   */
  metric: string | ((match: RegExpExecArray, clauseBefore: string, sentenceBefore: string) => Picked);
  pattern: RegExp;
  /** For statements without digits ("没有收费"): the value they state. */
  value?: number;
  /** Other metrics the same words state with the same value ("未出现…行政复议和行政诉讼"). */
  also?: (match: RegExpExecArray) => string[];
}

const CHANNEL_WORDS: readonly [ChannelMetric, RegExp][] = [
  ["channel_gazette", /公报/],
  ["channel_website", /网站|网页|门户/],
  ["channel_weibo", /微博/],
  ["channel_wechat", /微信/],
  ["channel_other", /其他方式|其他渠道|其它方式|其它渠道/],
];
const OTHER_MEDIA = /新媒体|客户端|APP|政务号|抖音|头条|短视频/i;

function channelsNamed(words: string): ChannelMetric[] {
  return CHANNEL_WORDS.filter(([, re]) => re.test(words)).map(([id]) => id);
}

/** "通过网站公开44585条": the channel named between 通过 and 公开. */
function channelOf(m: RegExpExecArray): { metric: string } | { refuse: string } {
  const words = m.groups?.ch ?? "";
  const named = channelsNamed(words);
  if (named.length === 1 && !OTHER_MEDIA.test(words)) return { metric: named[0] as string };
  return {
    refuse: named.length === 0 ? say("extract.channel_unknown", { words }) : say("extract.channels_several", { words }),
  };
}

/**
 * "主动公开政府信息89370条" is the total; "在政府网站平台主动公开政府信息1136条" names one channel, so it is
 * that channel's figure; naming several channels is neither, and is refused.
 */
function proactiveOf(_m: RegExpExecArray, clause: string): { metric: string } | { refuse: string } {
  const named = channelsNamed(clause);
  if (OTHER_MEDIA.test(clause) && named.length > 0) return { refuse: say("extract.channels_several", { words: clause }) };
  if (named.length === 0)
    return OTHER_MEDIA.test(clause) ? { refuse: say("extract.channel_outside", { words: clause }) } : { metric: "proactive_items" };
  if (named.length === 1) return { metric: named[0] as string };
  return { refuse: say("extract.channels_several", { words: clause }) };
}

/** "予以公开及部分公开6件": a count of two categories together is no category's figure. */
function combined(): Picked {
  return { refuse: say("extract.results_together") };
}

/**
 * Outcome words ("结果维持72件", "4件尚未审结") belong to the block the sentence named last before them:
 * 行政复议 or 行政诉讼. A 2019+ lawsuit outcome has a metric only when the sentence says which block
 * (未经复议直接起诉 / 复议后起诉); the pre-2019 layout has one 行政诉讼 block. Each outcome has a rule
 * for either layout's ids ("reconsideration.upheld", "reconsideration_upheld"); the one the layout
 * lacks is passed over.
 */
function outcomeOf(outcome: "upheld" | "corrected" | "other" | "pending", ids: "2019+" | "pre-2019") {
  return (_m: RegExpExecArray, _clause: string, sentence: string): Picked => {
    const recon = sentence.lastIndexOf("行政复议");
    const suit = sentence.lastIndexOf("行政诉讼");
    if (recon < 0 && suit < 0) return { refuse: say("extract.outcome_neither") };
    if (/备案/.test(sentence)) return { refuse: say("extract.cases_filed") };
    if (ids === "pre-2019") return { metric: `${recon > suit ? "reconsideration" : "litigation"}_${outcome}` };
    if (recon > suit) return { metric: `reconsideration.${outcome}` };
    const block = sentence.slice(suit);
    if (/未经复议|直接起诉/.test(block)) return { metric: `litigation_direct.${outcome}` };
    if (/复议后起诉/.test(block)) return { metric: `litigation_after_recon.${outcome}` };
    // No block named: the pre-2019 id, which a 2019+ layout lacks, so the number stays unassigned.
    return { metric: `litigation_${outcome}` };
  };
}

/**
 * A case total ("行政复议351件") is this body's figure unless the sentence counts cases filed (备案) in
 * the whole area, which is another scope.
 */
function caseTotal(metric: string) {
  return (_m: RegExpExecArray, _clause: string, sentence: string): Picked =>
    /备案/.test(sentence) ? { refuse: say("extract.cases_filed") } : { metric };
}

const re = (s: string) => new RegExp(s, "gdu");

export const NARRATIVE_RULES: readonly NarrativeRule[] = [
  // ── proactive disclosure ──
  { metric: channelOf, pattern: re(`通过(?<ch>${CJK}{1,12}?)(?:主动)?(?:公开|发布)(?:各类)?(?:政府信息|信息)?${N}${U}`) },
  { metric: proactiveOf, pattern: re(`主动(?:公开|发布)(?:各类|各种)?(?:政府|政务)?信息(?:数|共|共计|总数|总计|合计|达|为)*${N}${U}`) },
  // "全年共审核发布各类公开政府信息249条": what was published in the year is what was disclosed.
  { metric: proactiveOf, pattern: re(`共(?:审核)?(?:发布|公开)(?:各类|各种)?(?:公开)?(?:政府|政务)信息(?:共|共计|合计)?${N}${U}`) },
  // "…在省政府网站政府信息公开专栏发布信息514条,总计2401条": the total of the items just counted as published.
  { metric: "proactive_items", pattern: re(`(?<=(?:发布|公开)[^。;]{0,60}?条,)(?:总计|合计|共计)${N}条`) },
  // "其中局官方网站公开1193条", "门户网站公开125条,微信公众号公开92条", "在坪山政府在线网站共发布信息501条":
  // a channel named right before 公开/发布, after a clause start.
  {
    metric: channelOf,
    pattern: re(
      `(?<=(?:其中|^|[,、;:]|在|通过))(?<ch>[^\\d,、;:。()]{0,8}?(?:网站|公报|微博|微信公众号|微信|公众号))(?:上)?(?:共)?(?:主动)?(?:公开|发布)了?(?:各类|各种)?(?:(?:政府|政务)?信息)?(?:共|共计)?${N}${U}`,
    ),
  },
  // "通过政府网站公开2980条、政府公报公开96条": the channels after the first one of an enumeration begun
  // with 通过 drop the word; only a template channel's name is read there.
  {
    metric: channelOf,
    pattern: re(
      `(?<=通过${CJK}{1,12}?(?:主动)?(?:公开|发布)[^。;\n]{0,40}?条[、,])(?<ch>(?:政府|政务|门户)?(?:网站|公报|微博|微信))(?:主动)?(?:公开|发布)(?:政府信息|信息)?${N}条`,
    ),
  },
  // "编辑《上海市人民政府公报》24期,刊登市政府规章、…行政规范性文件等243件": what the gazette carried.
  { metric: "channel_gazette", pattern: re(`公报》?(?:\\d+期)?,?刊(?:登|发|载)了?[^\\d。;]{0,60}?${N}${U}`) },
  { metric: "proactive_normative_docs", pattern: re(`公开(?:行政)?规范性文件${N}件`) },
  { metric: "environment_items", pattern: re(`(?:公布|公开|发布)环(?:保|境)(?:保护)?类?(?:政府)?信息${N}条`) },
  { metric: "education_items", pattern: re(`(?:公布|公开|发布)教育类?(?:政府)?信息${N}条`) },
  // ── responses and interpretation ──
  // "区和部门文件及政策解读519篇" counts documents and interpretations together: not this figure.
  {
    metric: "response_interpretations",
    pattern: re(`(?<![及和与、])(?:解读信息|政策解读(?:稿件|信息|材料|文章)?)(?:发布|公开)?共?${N}(?:条|篇|件)`),
  },
  // "制作政策解读21个".
  {
    metric: "response_interpretations",
    pattern: re(`(?:发布|公开|制作)(?:各类)?(?:政策)?解读(?:稿件|信息|材料|文章)?共?${N}(?:条|篇|件|个)`),
  },
  { metric: "response_press_conf", pattern: re(`(?:召开|举办|参加)(?:新闻)?发布会共?${N}(?:次|场)`) },
  { metric: "response_press_conf", pattern: re(`(?:召开|举办|参加)了?(?:各类)?${N}(?:次|场)(?:新闻)?发布会`) },
  { metric: "response_online_interviews", pattern: re(`在线访谈(?:活动)?共?${N}(?:次|期|场)`) },
  { metric: "response_online_interviews", pattern: re(`${N}(?:次|期|场)在线访谈`) },
  { metric: "response_hot_topics", pattern: re(`回应(?:公众|社会)(?:关注|关切)(?:热点)?(?:或重大舆情)?(?:问题)?共?${N}次`) },
  // ── requests ──
  { metric: "requests_in_person", pattern: re(`当面(?:提出)?申请数?为?${N}件`) },
  { metric: "requests_fax", pattern: re(`传真(?:方式)?申请数?为?${N}件`) },
  { metric: "requests_online", pattern: re(`(?:网络|网上|在线|互联网)(?:方式)?申请数?为?${N}件`) },
  { metric: "requests_letter", pattern: re(`信函(?:形式|方式)?申请数?为?${N}件`) },
  {
    metric: "requests_received",
    pattern: re(
      `(?<!不予)(?:收到|受理)(?:各类|各种)?(?:政府信息公开|依申请公开|信息公开)?(?:政府信息)?申请(?:数|共|总数|合计|为)*${N}(?:件|宗|个|次|起)`,
    ),
  },
  // "共受理向区政府提出的政府信息公开申请60件": who the requests were made to may stand between.
  {
    metric: "requests_received",
    pattern: re(
      `(?<!不予)(?:收到|受理)了?[^\\d,;:。复诉]{1,12}?(?:政府信息公开|依申请公开|信息公开)(?:政府信息)?申请(?:数|共|总数|合计|为)*${N}(?:件|宗|个|次|起)`,
    ),
  },
  // "我局收到12起政府信息依申请公开", "全年共受理依申请公开12件".
  { metric: "requests_received", pattern: re(`(?:收到|受理)了?${N}(?:件|宗|个|次|起)(?:政府信息)?(?:公开申请|依申请公开)`) },
  {
    metric: "requests_received",
    pattern: re(`(?:收到|受理)(?:政府信息)?依申请公开(?:政府信息)?(?:申请)?(?:共|合计)?${N}(?:件|宗|个|次|起)`),
  },
  {
    metric: "requests_received",
    value: 0,
    pattern: re(`(?:没有|未|无)(?:接到|收到|受理)[^\\d。;,\\n]{0,16}?(?:政府信息公开|公开政府信息|依申请公开)的?申请`),
  },
  { metric: "requests_closed_on_time", pattern: re(`按时办结数?为?${N}件`) },
  { metric: "requests_closed_extended", pattern: re(`延期办结数?为?${N}件`) },
  { metric: "requests_closed", pattern: re(`(?<!按时|延期)办结(?:政府信息)?(?:公开)?申请(?:数|共|为)*${N}件`) },
  { metric: "requests_closed", pattern: re(`(?<!按时|延期)办结数(?:为|共)*${N}件`) },
  { metric: "requests_answered", pattern: re(`已?答复的?${N}件申请`) },
  { metric: "requests_answered", pattern: re(`申请答复数为?${N}件`) },
  // ── answers (the quoted categories of the 2008–2018 table) ──
  { metric: "answer_already_public", pattern: re(`${Q}属于已主动公开(?:范围)?(?:的|数)?${QD}${N}${U}`) },
  { metric: "answer_granted", pattern: re(`(?<!不)${Q}同意公开(?:答复)?数?${QD}${N}${U}`) },
  { metric: "answer_partial", pattern: re(`${Q}同意部分公开(?:答复)?数?${QD}${N}${U}`) },
  { metric: "answer_refused", pattern: re(`${Q}不(?:同意|予)公开(?:答复)?数?${QD}${N}${U}`) },
  { metric: "refused_state_secret", pattern: re(`涉及国家秘密${Q}${N}件`) },
  { metric: "refused_commercial_secret", pattern: re(`涉及商业秘密${Q}${N}件`) },
  { metric: "refused_privacy", pattern: re(`涉及个人隐私${Q}${N}件`) },
  { metric: "refused_security_stability", pattern: re(`危及国家安全[、,]?公共安全[、,]?经济安全和社会稳定${Q}${N}件`) },
  { metric: "refused_not_gov_info", pattern: re(`不是《?条例》?所指(?:的)?政府信息${Q}${N}件`) },
  { metric: "refused_other_law", pattern: re(`法律[、]?法规规定的其他情形${Q}${N}件`) },
  { metric: "answer_not_this_agency", pattern: re(`${Q}不属于本(?:行政)?机关(?:公开)?(?:范围)?(?:的|数)?${QD}${N}${U}`) },
  { metric: "answer_not_exist", pattern: re(`${Q}申请(?:的)?信息不存在(?:的|数)?${QD}${N}${U}`) },
  { metric: "answer_amend", pattern: re(`${Q}告知(?:作出)?更改[、]?补充(?:申请)?数?${QD}${N}${U}`) },
  { metric: "answer_other_route", pattern: re(`${Q}告知通过其他途径办理数?${QD}${N}${U}`) },
  // ── 2019+ results of requests (blank applicant: the prose gives no columns) ──
  { metric: combined, pattern: re(`予以公开(?:及|和|与|、)部分公开(?:的)?${N}${U}`) },
  { metric: "result_granted", pattern: re(`(?<!不)(?:予以|同意)公开(?:答复)?(?:的)?${N}${U}`) },
  { metric: "result_partial", pattern: re(`(?<![及和与、])部分公开(?:答复)?(?:的)?${N}${U}`) },
  { metric: "result_denied", pattern: re(`不(?:予|同意)公开(?:答复)?(?:的)?${N}${U}`) },
  { metric: "result_unavailable", pattern: re(`无法提供(?:答复)?(?:的)?${N}${U}`) },
  { metric: "result_not_processed", pattern: re(`不予处理(?:答复)?(?:的)?${N}${U}`) },
  { metric: "result_other", pattern: re(`其他处理(?:\\([^()]{0,30}\\))?(?:的)?${N}${U}`) },
  // "答复政府信息公开申请64件(含上年度结转申请4件)", "办结1191件(含上年结转189件)": the requests
  // answered in the year, and inside the brackets those carried in from the year before.
  { metric: "result_total", pattern: re(`(?<=(?:^|[,;:]|共|全年|累计))(?:答复|办结)(?:政府信息公开)?(?:申请)?(?:共)?${N}${U}`) },
  {
    metric: "requests_carried_in",
    pattern: re(
      `(?<=(?:答复|办结)(?:政府信息公开)?(?:申请)?(?:共)?\\d+${U}\\((?:其中)?)(?:含|包括)上一?年度?(?:结转|转结)(?:的)?(?:政府信息公开)?(?:申请)?${N}${U}`,
    ),
  },
  { metric: "requests_carried_in", pattern: re(`上一?年度?结转(?:的)?(?:政府信息公开)?申请(?:数)?${N}${U}`) },
  { metric: "requests_carried_out", pattern: re(`(?:结转|转|顺延)(?:至|到)?下一?年度(?:继续)?(?:办理|答复)*(?:的)?(?:有|共)?${N}${U}`) },
  { metric: "requests_carried_out", pattern: re(`${N}${U}(?:申请)?(?:结转|顺延)(?:至|到)下一?年度`) },
  // ── reconsideration, litigation, fees ──
  // "行政复议2件,均获维持": the total, and as many upheld.
  {
    metric: caseTotal("reconsideration"),
    pattern: re(`行政复议(?:申请|案件)?(?:共|共计)?${N}(?:${U}|起),?(?:均|全部)(?:获|被|予以)?维持`),
    also: () => ["reconsideration_upheld"],
  },
  {
    metric: caseTotal("reconsideration.total"),
    pattern: re(`行政复议(?:申请|案件)?(?:共|共计)?${N}(?:${U}|起),?(?:均|全部)(?:获|被|予以)?维持`),
    also: () => ["reconsideration.upheld"],
  },
  { metric: caseTotal("reconsideration"), pattern: re(`行政复议(?:申请|案件)?(?:共|共计)?${N}(?:${U}|起)`) },
  { metric: caseTotal("reconsideration.total"), pattern: re(`行政复议(?:申请|案件)?(?:共|共计)?${N}(?:${U}|起)`) },
  { metric: caseTotal("reconsideration"), pattern: re(`${N}(?:${U}|起)行政复议`) },
  { metric: caseTotal("reconsideration.total"), pattern: re(`${N}(?:${U}|起)行政复议`) },
  { metric: caseTotal("litigation"), pattern: re(`行政诉讼(?:案件)?(?:共|共计)?${N}(?:${U}|起)`) },
  { metric: caseTotal("litigation"), pattern: re(`${N}(?:${U}|起)行政诉讼`) },
  // A 2019+ lawsuit count with its block named: "未经复议直接起诉1件", "复议后起诉2件".
  { metric: "litigation_direct.total", pattern: re(`(?:未经复议)?直接(?:起诉|提起(?:行政)?诉讼)(?:的)?(?:共)?${N}${U}`) },
  { metric: "litigation_after_recon.total", pattern: re(`复议后(?:起诉|提起(?:行政)?诉讼)(?:的)?(?:共)?${N}${U}`) },
  // "(4件结果维持,1件结果纠正)", "其中结果维持72件,结果纠正64件,其他结果178件,尚未审结37件".
  ...(["2019+", "pre-2019"] as const).flatMap((ids) => [
    { metric: outcomeOf("upheld", ids), pattern: re(`(?:结果)?维持(?:原?(?:行政行为|决定))?${N}${U}`) },
    { metric: outcomeOf("upheld", ids), pattern: re(`${N}${U}(?:结果)?维持`) },
    { metric: outcomeOf("corrected", ids), pattern: re(`(?:结果)?(?:纠正|被纠错|纠错)${N}${U}`) },
    { metric: outcomeOf("corrected", ids), pattern: re(`${N}${U}(?:结果)?(?:纠正|被纠错|纠错)`) },
    { metric: outcomeOf("other", ids), pattern: re(`其他结果${N}${U}`) },
    { metric: outcomeOf("other", ids), pattern: re(`${N}${U}其他结果`) },
    { metric: outcomeOf("pending", ids), pattern: re(`尚?未审结${N}${U}`) },
    { metric: outcomeOf("pending", ids), pattern: re(`${N}${U}尚?未审结`) },
  ]),
  // "未发生被行政复议行政诉讼的情况" is none of either; "未发生…被行政复议纠错或行政诉讼败诉" is not.
  {
    metric: "reconsideration",
    value: 0,
    pattern: re(
      `(?:未|没有|无)(?:出现|发生|收到|接到|产生|有)[^。;,\\n]{0,24}?行政复议(?:案件?)?(?:(?:和|或者?|及|、|与)?(?:提起)?行政诉讼)?(?![^。;,\\n]{0,2}?(?:纠错|纠正|败诉))`,
    ),
    also: (m) => (/行政诉讼$/.test(m[0]) ? ["litigation"] : []),
  },
  {
    metric: "reconsideration.total",
    value: 0,
    pattern: re(
      `(?:未|没有|无)(?:出现|发生|收到|接到|产生|有)[^。;,\\n]{0,24}?行政复议(?:案件?)?(?:(?:和|或者?|及|、|与)?(?:提起)?行政诉讼)?(?![^。;,\\n]{0,2}?(?:纠错|纠正|败诉))`,
    ),
  },
  {
    metric: "litigation",
    value: 0,
    pattern: re(`(?:未|没有|无)(?:出现|发生|收到|接到|产生|有)[^。;,\\n]{0,24}?行政诉讼(?![^。;,\\n]{0,2}?(?:纠错|纠正|败诉))`),
  },
  { metric: "request_fees", value: 0, pattern: re(`(?:没有|未|无)收费|(?:没有|未|不|无)(?:向[^,。;]{0,8}?)?收取(?:任何)?费用`) },
  { metric: "info_processing_fee", pattern: re(`收取了?(?:政府信息公开)?(?:信息)?处理费(?:共|共计|合计|为)*${N}元`) },
  {
    metric: "info_processing_fee",
    value: 0,
    pattern: re(`(?:未|没有|无|不)(?:收取|产生)(?:任何)?(?:政府信息公开|信息公开)?(?:信息)?处理费`),
  },
  {
    metric: "info_processing_fee",
    value: 0,
    pattern: re(
      `(?:没有|未|无)收费|(?:没有|未|不|无)(?:向[^,。;]{0,8}?)?收取(?:任何)?费用|(?:未|没有)发生(?:政府信息公开)?收费(?:事项|情况)`,
    ),
  },
  // ── training, proposals ──
  {
    metric: "training_sessions",
    pattern: re(
      `(?:组织|举办|开展|召开)了?(?:各类|各级|专题)?(?:政府信息公开|政务公开|信息公开)?(?:业务|工作|专题)?培训(?:班|会)?共?${N}(?:次|期|场)`,
    ),
  },
  { metric: "training_sessions", pattern: re(`(?:组织|举办|开展|召开)了?(?:各类|专题)?${N}(?:次|期|场)${CJK}{0,8}?培训`) },
  { metric: "training_participants", pattern: re(`(?:参训|参加培训|培训)(?:人数|人员|人次|干部)?(?:达|共|为|累计)*${N}(?:人次|人)`) },
  { metric: "npc_suggestions", pattern: re(`${N}件${CJK}{0,4}?人大代表(?:建议|议案)`) },
  { metric: "npc_suggestions", pattern: re(`人大代表(?:建议|议案)共?${N}件`) },
  { metric: "cppcc_proposals", pattern: re(`${N}件${CJK}{0,4}?政协(?:委员)?提案`) },
  { metric: "cppcc_proposals", pattern: re(`政协(?:委员)?提案共?${N}件`) },
  { metric: "proposals_reply_rate", pattern: re(`办复率均?(?:达到|达|为)?了?${N}%`) },
];

/** What may follow a figure: a parenthetical definition, a share, a change on the prior year. */
export const AFTER_FIGURE = {
  parenthetical: /^\([^()]{0,60}\)/u,
  // ",占9.4%", or in brackets: "208件(17.46%)", "319件(26.78%,含…)".
  share: new RegExp(`^(?:,?占[^\\d,;。%]{0,8}?|\\((?:占[^\\d,;。%()]{0,8}?)?)${N}%\\)?`, "u"),
  change: new RegExp(
    `^,?(?:较|比|同比)(?:\\d{4}年|上年度?|去年|上一年度?|同期)?(?:同期)?(?<dir>增加|增长|减少|下降|多|少)了?${N}(?:条|件|次|人次|人|篇|个)`,
    "u",
  ),
  // "较上年增长3%", "申请数量较2022年上升29.3%" (the figure's noun may be named again).
  changePct: new RegExp(
    `^,?(?:申请|信息)?(?:数量|总数|总量)?(?:较|比)?(?:\\d{4}年|上年度?|去年|上一年度?)?(?:同比)?(?<dir>增长|增加|下降|减少|上升)了?${N}%`,
    "u",
  ),
};
