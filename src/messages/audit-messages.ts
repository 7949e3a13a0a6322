/**
 * The catalogue's `audit.` messages: what each audit check is, and its findings, headline and
 * arithmetic. The Chinese findings name figures by their metric labels, the English ones by metric id
 * (as the datasets do); the numbers are the same in both.
 */
import { defineMessages } from "./message.js";

export const AUDIT_MESSAGES = defineMessages({
  // ---- what each check compares (finding.ts CHECK_IDS)
  "audit.check.printed_share": {
    zh: "所印占比与其数量及该组分母核对",
    en: "a printed share against its count and the group's denominator",
  },
  "audit.check.printed_change": {
    zh: "所印较上年增减与两年数字核对",
    en: "a printed change on the prior year against the two years' figures",
  },
  "audit.check.printed_growth": { zh: "所印增长率与两年数字核对", en: "a printed percent growth against the two years' figures" },
  "audit.check.parts_sum": { zh: "分组各分项之和与其总数核对", en: "the parts of a partition group against its whole" },
  "audit.check.applicant_sum": {
    zh: "表三一行中六类申请人之和与「总计」列核对",
    en: "the six applicant columns of a table III row against its total column",
  },
  "audit.check.request_balance": {
    zh: "本年新收 + 上年结转 与 办理结果总计 + 结转下年度 核对（表三）",
    en: "new + carried-in requests against results + carried-out requests (table III)",
  },
  "audit.check.carry_over": {
    zh: "上年「结转下年度」与本年「上年结转」核对",
    en: "last year's carried-out requests against this year's carried-in",
  },
  "audit.check.stock_flow": {
    zh: "上年现行有效 + 本年制发 − 废止 与本年现行有效核对",
    en: "last year's documents in force + issued − repealed against this year's in force",
  },
  "audit.check.narrative_vs_table": {
    zh: "正文所述申请数与表三本年新收申请数核对",
    en: "the narrative's request count against table III's new requests",
  },

  // ---- short names of the checks, for report tables
  "audit.check_name.printed_share": { zh: "所印占比", en: "printed share" },
  "audit.check_name.printed_change": { zh: "所印增减", en: "printed change" },
  "audit.check_name.printed_growth": { zh: "所印增长率", en: "printed growth" },
  "audit.check_name.parts_sum": { zh: "分项合计", en: "parts against whole" },
  "audit.check_name.applicant_sum": { zh: "申请人各列合计", en: "applicant columns against total" },
  "audit.check_name.request_balance": {
    zh: "申请收结平衡（新收+结转=办结+结转下年）",
    en: "request balance (new + carried in = results + carried out)",
  },
  "audit.check_name.carry_over": { zh: "跨年结转", en: "carry-over between years" },
  "audit.check_name.stock_flow": { zh: "现行有效件数跨年衔接", en: "documents in force between years" },
  "audit.check_name.narrative_vs_table": { zh: "正文与表格", en: "narrative against table" },

  // ---- the start of every finding: whose report
  "audit.prefix": { zh: "{name} {year}年：", en: "{name} {year}: " },

  // ---- sums (sum-check.ts)
  "audit.column": { zh: "（{applicant}）", en: " [{applicant}]" },
  "audit.term_of_year": { zh: "{name}（{year}年）", en: "{name} ({year})" },
  "audit.sum_mismatch": {
    zh: "{label}{column}：{whole} 为 {value}，但 {names} = {arithmetic}，不符。",
    en: "{label}{column}: {whole} = {value}, but {names} = {arithmetic}.",
  },
  "audit.sum_parts_exceed": {
    zh: "{label}{column}：{whole} 为 {value}，但仅已说明的分项相加即为 {stated}（另有 {missing} 项未说明）。",
    en: "{whole}{column} = {value}, but its stated parts alone add up to {stated} ({missing} more not stated): {label}.",
  },
  "audit.sum_not_stated": {
    zh: "{label}{column}未能核对：{missing} 未说明。",
    en: "{label}{column} could not be checked: {missing} not stated.",
  },
  "audit.label_carry_over": { zh: "{prev}年结转下年度 = {year}年上年结转", en: "requests carried out of {prev} = carried into {year}" },
  "audit.label_stock_flow": {
    zh: "{doc}：{prev}年现行有效 + 本年制发 − 废止 = {year}年现行有效",
    en: "{doc} in force in {prev} + issued − repealed = in force in {year}",
  },
  "audit.doc_normdocs": { zh: "规范性文件", en: "normdocs" },
  "audit.doc_rules": { zh: "规章", en: "rules" },
  "audit.label_applicant_sum": { zh: "{metric}：各类申请人之和 = 总计", en: "{metric} across the applicant columns" },
  "audit.label_request_balance": {
    zh: "本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
    en: "new + carried in = results + carried out",
  },

  // ---- printed changes and growth (check-printed-changes.ts)
  "audit.change_no_prior": {
    zh: "所印「{metric}」的增减未能核对：没有 {prior_year} 年的数字。请在 {prior_year} 年的数据集中补充，或加入推算的基数。",
    en: "the printed change of {metric} could not be checked: no {prior_year} figure. Add it to the {prior_year} dataset, or a derived baseline.",
  },
  "audit.change_from_baseline": {
    zh: "所印「{metric}」的增减未能核对：{prior_year} 年的数字（{prior}）正是由它推算的。补充 {prior_year} 年的数据集即可核对。",
    en: "the printed change of {metric} could not be checked: the {prior_year} figure ({prior}) is derived from it. Add the {prior_year} dataset to check it.",
  },
  "audit.change_mismatch": {
    zh: "{metric}：所印增减 {printed}，按两年数字为 {value} − {prior} = {computed}，不符{derived}。",
    en: "{metric}: printed change {printed} but {value} − {prior} = {computed}{derived}.",
  },
  "audit.prior_derived": { zh: "（{prior_year} 年的数字为推算）", en: " (the {prior_year} figure is derived)" },
  "audit.growth_zero_prior": {
    zh: "所印「{metric}」的增长率 {printed}% 未能核对：{prior_year} 年的数字为 0。",
    en: "the printed growth {printed}% of {metric} could not be checked: the {prior_year} figure is 0.",
  },
  "audit.growth_truncated": {
    zh: "{metric}：所印增长率 {printed}%，按两年数字为 ({value} − {prior}) ÷ {prior} = {computed}%，是截断而非四舍五入{derived}。",
    en: "{metric}: printed growth {printed}% is ({value} − {prior}) / {prior} = {computed}% truncated, not rounded{derived}.",
  },
  "audit.growth_mismatch": {
    zh: "{metric}：所印增长率 {printed}%，按两年数字为 ({value} − {prior}) ÷ {prior} = {computed}%，按所印精度应为 {rounded}%，不符{derived}。",
    en: "{metric}: printed growth {printed}% but ({value} − {prior}) / {prior} = {computed}%, which is {rounded}% at the printed precision{derived}.",
  },

  // ---- printed shares (check-printed-shares.ts)
  "audit.share_not_run": {
    zh: "所印「{metric}」占比 {printed}% 未能核对：「{whole}」未说明，{group}的分项也未全部说明。",
    en: "the printed share {printed}% of {metric} could not be checked: neither {whole} nor every part of {group} is stated.",
  },
  "audit.denominator_parts": { zh: "各项合计（{value}）", en: "the sum of the parts ({value})" },
  "audit.denominator_whole": { zh: "总数「{whole}」（{value}）", en: "the whole {whole} ({value})" },
  "audit.denominator_both": { zh: "{value}（各项合计等于总数「{whole}」）", en: "{value} (the parts add up to the whole {whole})" },
  "audit.share_basis": {
    zh: "{group}的占比按{denominator}计算，所印 {printed} 个占比中有 {agreeing} 个与之相符",
    en: "{group} shares are read against {denominator}, which {agreeing} of {printed} printed shares match",
  },
  "audit.share_other": { zh: "；若按{denominator}计算则为 {share}%", en: "; against {denominator} it would be {share}%" },
  "audit.share_truncated": {
    zh: "{metric}：所印 {printed}%，按表中数字为 {value} ÷ {denominator} = {computed}%，是截断而非四舍五入（四舍五入为 {rounded}%）。{basis}。",
    en: "{metric}: printed {printed}% is {value} / {denominator} = {computed}% truncated, not rounded (rounded: {rounded}%). {basis}.",
  },
  "audit.share_mismatch": {
    zh: "{metric}：所印 {printed}%，按表中数字为 {value} ÷ {denominator} = {computed}%，按所印精度应为 {rounded}%，不符{other}。{basis}。",
    en: "{metric}: printed {printed}% but {value} / {denominator} = {computed}%, which is {rounded}% at the printed precision{other}. {basis}.",
  },

  // ---- narrative against table (check-narrative-vs-table.ts)
  "audit.where": { zh: "（{file}:{line}）", en: " ({file}:{line})" },
  "audit.narrative_vs_table": {
    zh: "正文称收到申请 {said} 件{said_where}：“{said_source}”，但表三本年新收申请为 {counted} 件{counted_where}：“{counted_source}”。两者均保留，请核实各自的统计范围。",
    en: 'the narrative says {said} requests{said_where}: "{said_source}", but table III counts {counted} new requests{counted_where}: "{counted_source}". Both are kept; check which scope each counts.',
  },
});
