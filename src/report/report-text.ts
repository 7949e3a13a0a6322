/** The fixed words of the HTML report in Chinese and English. */
import type { ChartLang } from "../charts/theme.js";

const TEXT = {
  report_title: ["政府信息公开工作年度报告 · 数据分析", "Government information disclosure annual reports: analysis"],
  index_title: ["各机关年度报告对比", "Bodies compared"],
  years: ["年份", "Years"],
  overview: ["概览", "Overview"],
  headline: ["主要数据", "Key figures"],
  trends: ["趋势", "Trends"],
  changes: ["同比变化", "Year-over-year change"],
  breakdowns: ["构成", "Breakdowns"],
  audit: ["核对", "Audit"],
  audit_intro: [
    "将报告所印的占比、增减、合计与报告自身的数量相核对。",
    "What each report prints (shares, changes, totals) checked against its own counts.",
  ],
  audit_none: ["未发现问题。", "No findings."],
  scope_changed: ["统计范围改变（{from}→{to}），不可直接比较", "scope changed ({from} → {to}): not directly comparable"],
  disputed: ["数字与报告自身数量不符（见核对）", "figure fails the report's own arithmetic (see Audit)"],
  audit_checks: ["项核对已运行", "checks ran"],
  notes: ["数据说明", "Notes on the data"],
  metric: ["指标", "Metric"],
  value: ["数值", "Value"],
  from_value: ["前一年", "Earlier year"],
  to_value: ["当年", "Later year"],
  latest: ["最新年份", "Latest year"],
  cross_body: ["跨机关对比", "Across bodies"],
  unit: ["单位", "Unit"],
  change: ["增减", "Change"],
  growth: ["增长率", "Growth"],
  comparability: ["可比性", "Comparability"],
  comparable: ["可比", "comparable"],
  approximate: ["近似可比", "approximate"],
  not_comparable: ["不可比", "not comparable"],
  part: ["分项", "Part"],
  share_of_parts: ["占各项合计", "Share of parts' sum"],
  share_of_whole: ["占总数", "Share of total"],
  printed_share: ["报告所印占比", "Printed share"],
  parts_sum: ["各项合计", "Sum of parts"],
  whole: ["总数", "Total"],
  severity: ["级别", "Severity"],
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  note: ["提示", "note"],
  year: ["年份", "Year"],
  check: ["核对项", "Check"],
  finding: ["发现", "Finding"],
  source: ["出处", "Source"],
  body: ["机关", "Body"],
  findings: ["核对发现", "Findings"],
  report: ["报告", "Report"],
  prior_zero: ["上年为0", "prior was 0"],
  no_prior: ["无上年数据", "no prior figure"],
  signed_change: ["增减数不计增长率", "a signed figure has no growth rate"],
  derived: ["推算", "derived"],
  not_stated: ["未说明", "not stated"],
  generated_from: ["数据来源", "Data"],
  charts_beside: ["图表文件（Vega-Lite、SVG、PNG）", "Chart files (Vega-Lite, SVG, PNG)"],
  template_note: [
    "2019年和2021年报告格式两次变更，跨格式比较的数字按对照表标注可比性。",
    "The report form changed in 2019 and 2021; comparisons across a change are marked by the crosswalk.",
  ],
  overlapping_note: [
    "同一信息可通过多个渠道公开，各渠道之和大于主动公开总数，因此占比分别按“各项合计”和“总数”给出。",
    "One item can go out on several channels, so the channels add up to more than the total: shares are given against both.",
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type ReportTextKey = keyof typeof TEXT;

export function reportText(key: ReportTextKey, lang: ChartLang): string {
  return TEXT[key][lang === "zh" ? 0 : 1];
}
