/** The catalogue's `chart.` messages: the fixed words of the charts (axis titles, legends, tooltips, notes). */
import { defineMessages } from "./message.js";

export const CHART_MESSAGES = defineMessages({
  // ---- axis, legend and tooltip titles
  "chart.year": { zh: "年份", en: "Year" },
  "chart.value": { zh: "数值", en: "Value" },
  "chart.value_in": { zh: "数值（{unit}）", en: "Value ({unit})" },
  "chart.metric": { zh: "指标", en: "Metric" },
  "chart.entity": { zh: "机关", en: "Body" },
  "chart.growth": { zh: "同比增长", en: "Year-over-year growth" },
  "chart.prior_year": { zh: "上年", en: "Prior year" },
  "chart.share": { zh: "占比", en: "Share" },
  "chart.share_of_parts": { zh: "占各项合计", en: "Share of the parts' sum" },
  "chart.share_of_whole": { zh: "占总数", en: "Share of the total" },
  "chart.share_of_stated": { zh: "占已说明各项合计", en: "Share of the stated parts" },
  "chart.share_mixed": { zh: "占比（各年分母不同，见提示）", en: "Share (bases differ by year: see tooltips)" },
  "chart.basis": { zh: "分母", en: "Of" },
  "chart.part": { zh: "分项", en: "Part" },
  "chart.count": { zh: "数量", en: "Count" },
  "chart.note": { zh: "说明", en: "Note" },
  "chart.printed_share": { zh: "报告所印占比", en: "Printed share" },
  "chart.computed_share": { zh: "按数量计算的占比", en: "Share computed from counts" },
  "chart.status": { zh: "核对结果", en: "Check" },
  "chart.mismatch": { zh: "不符", en: "Mismatch" },
  "chart.match": { zh: "相符", en: "Agrees" },
  "chart.truncated": { zh: "截断而非四舍五入", en: "Truncated, not rounded" },
  "chart.not_comparable": { zh: "不可比", en: "n/a" },
  "chart.prior_zero": { zh: "上年为0", en: "prior was 0" },
  "chart.no_prior": { zh: "无上年数据", en: "no prior figure" },
  "chart.as_printed": { zh: "报告所列数字", en: "Figure as reported" },
  "chart.crosswalked": { zh: "按对照表取自旧格式（近似可比）", en: "Older form's figure, through the crosswalk" },
  "chart.crosswalk_note": {
    zh: "2019年以前的数字按对照表取自旧格式的对应指标（近似可比）",
    en: "Before 2019 the figure is the older form's counterpart, through the crosswalk (approximate)",
  },
  "chart.template_2019": { zh: "2019 新模板", en: "2019 template" },
  "chart.template_2021": { zh: "2021 新模板", en: "2021 template" },
  "chart.rise": { zh: "增长", en: "Rise" },
  "chart.fall": { zh: "下降", en: "Fall" },
  "chart.not_stated": { zh: "未说明", en: "Not stated" },
  "chart.page_title": { zh: "图表", en: "chart" },

  // ---- units English names (unit-label.ts; Chinese shows the catalogue's own)
  "chart.unit.wan_yuan": { zh: "万元", en: "10,000 yuan" },
  "chart.unit.yuan": { zh: "元", en: "yuan" },
  "chart.unit.person": { zh: "人", en: "people" },
  "chart.unit.person_time": { zh: "人次", en: "attendances" },
  "chart.unit.time": { zh: "次", en: "times" },

  // ---- scope changes on a trend (trend-chart.ts)
  "chart.scope_rule": { zh: "范围改变：{from}→{to}", en: "scope: {from} → {to}" },
  "chart.scope_dashed": { zh: "{who} {from_year}→{to_year} {change}（虚线）", en: "{who} {from_year}→{to_year} {change} (dashed)" },
  "chart.subtitle_separator": { zh: "；", en: "; " },

  // ---- what a bar's shares divide by (breakdown-parts.ts)
  "chart.the_total": { zh: "总数", en: "the total" },
  "chart.basis_parts": { zh: "分母：各项合计 {value}", en: "shares of the parts' sum, {value}" },
  "chart.basis_whole": { zh: "分母：{whole} {value}（{count}项未说明）", en: "shares of {whole}, {value} ({count} parts not stated)" },
  "chart.basis_whole_one": { zh: "分母：{whole} {value}（{count}项未说明）", en: "shares of {whole}, {value} ({count} part not stated)" },
  "chart.basis_stated": {
    zh: "分母：已说明各项合计 {value}（{count}项未说明{total}）",
    en: "shares of the stated parts, {value} ({count} parts not stated{total})",
  },
  "chart.basis_stated_one": {
    zh: "分母：已说明各项合计 {value}（{count}项未说明{total}）",
    en: "shares of the stated parts, {value} ({count} part not stated{total})",
  },
  "chart.total_not_stated": { zh: "，总数未说明", en: ", total not stated" },

  // ---- charts and tables shown in a notebook (src/notebook)
  "chart.notebook_chart": { zh: "图表：{title}", en: "chart: {title}" },
  "chart.untitled": { zh: "无标题", en: "untitled" },
  "chart.notebook_more_row": { zh: "… 另有 {more} 行（共 {all} 行）", en: "… {more} more row ({all} in all)" },
  "chart.notebook_more_rows": { zh: "… 另有 {more} 行（共 {all} 行）", en: "… {more} more rows ({all} in all)" },

  // ---- rows a chart cannot draw honestly (refuse-rows.ts)
  "chart.refuse_repeated": {
    zh: "{chart}：{body} 的 {metric} 在 {year} 年有两个数值；一条线每年只有一个数值。请只取一个申请人列（总计的数字，或 trend(table, {metric, applicant})）",
    en: "{chart}: two values for {body} {metric} {year}; a line has one value a year. Give one applicant column (the total figures, or trend(table, {metric, applicant}))",
  },
  "chart.refuse_mixed_donut": {
    zh: "donutChart 只画一个机关一年的构成；这些行包含{held}：请各选其一，或改画 breakdownChart",
    en: "donutChart draws one body's breakdown in one year; these rows hold {held}: select one of each, or draw breakdownChart",
  },
  "chart.refuse_bodies": { zh: "机关 {bodies}", en: "bodies {bodies}" },
  "chart.refuse_years": { zh: "年份 {years}", en: "years {years}" },
  "chart.refuse_and": { zh: "和", en: " and " },
  "chart.refuse_one_year_slope": {
    zh: "slopeChart 需要一早一晚两个年份；得到的是 {from} → {to}：请选两个年份的行",
    en: "slopeChart needs two years, an earlier and a later one; got {from} → {to}: select rows of two years",
  },

  // ---- the coverage grid (coverage-chart.ts)
  "chart.coverage_title": { zh: "哪些机关还没有发布 {year} 年的报告", en: "Who has not published a report for {year}" },
  "chart.coverage_subtitle": {
    zh: "{bodies} 个机关中 {lagging} 个缺 {year} 年（名称红色）{drawn}",
    en: "{lagging} of {bodies} bodies lack {year} (names in red){drawn}",
  },
  "chart.coverage_drawn": { zh: "；只画出有缺漏或变化的 {count} 个", en: "; {count} with a gap or change drawn" },
});
