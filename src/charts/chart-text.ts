/** The fixed words of the charts (axis titles, legends, notes) in Chinese and English. */
import type { ChartLang } from "./theme.js";

const TEXT = {
  year: ["年份", "Year"],
  value: ["数值", "Value"],
  metric: ["指标", "Metric"],
  entity: ["机关", "Body"],
  growth: ["同比增长", "Year-over-year growth"],
  prior_year: ["上年", "Prior year"],
  share: ["占比", "Share"],
  share_of_parts: ["占各项合计", "Share of the parts' sum"],
  share_of_whole: ["占总数", "Share of the total"],
  share_of_stated: ["占已说明各项合计", "Share of the stated parts"],
  share_mixed: ["占比（各年分母不同，见提示）", "Share (bases differ by year: see tooltips)"],
  basis: ["分母", "Of"],
  part: ["分项", "Part"],
  count: ["数量", "Count"],
  printed_share: ["报告所印占比", "Printed share"],
  computed_share: ["按数量计算的占比", "Share computed from counts"],
  share_kind: ["占比来源", "Share"],
  status: ["核对结果", "Check"],
  mismatch: ["不符", "Mismatch"],
  match: ["相符", "Agrees"],
  truncated: ["截断而非四舍五入", "Truncated, not rounded"],
  not_comparable: ["不可比", "n/a"],
  prior_zero: ["上年为0", "prior was 0"],
  no_prior: ["无上年数据", "no prior figure"],
  as_printed: ["报告所列数字", "Figure as reported"],
  crosswalk_note: [
    "2019年以前的数字按对照表取自旧格式的对应指标（近似可比）",
    "Before 2019 the figure is the older form's counterpart, through the crosswalk (approximate)",
  ],
  crosswalked: ["按对照表取自旧格式（近似可比）", "Older form's figure, through the crosswalk"],
  template_2019: ["2019 新模板", "2019 template"],
  template_2021: ["2021 新模板", "2021 template"],
  difference: ["差值(百分点)", "Difference (points)"],
  rise: ["增长", "Rise"],
  fall: ["下降", "Fall"],
  unchanged: ["持平", "Unchanged"],
} as const satisfies Record<string, readonly [string, string]>;

export type ChartTextKey = keyof typeof TEXT;

/** A fixed chart word in the chosen language. */
export function chartText(key: ChartTextKey, lang: ChartLang): string {
  return TEXT[key][lang === "zh" ? 0 : 1];
}
