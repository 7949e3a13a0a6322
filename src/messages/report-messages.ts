/**
 * The catalogue's `report.` messages: the words of the HTML report pages (headings, table headers,
 * notes, the index page), the report command's summary and the notes a page gives on its data.
 */
import { defineMessages } from "./message.js";

export const REPORT_MESSAGES = defineMessages({
  // ---- page titles and sections
  "report.report_title": { zh: "政府信息公开工作年度报告 · 数据分析", en: "Government information disclosure annual reports: analysis" },
  "report.index_title": { zh: "各机关年度报告对比", en: "Bodies compared" },
  "report.overview": { zh: "概览", en: "Overview" },
  "report.trends": { zh: "趋势", en: "Trends" },
  "report.changes": { zh: "同比变化", en: "Year-over-year change" },
  "report.breakdowns": { zh: "构成", en: "Breakdowns" },
  "report.audit": { zh: "核对", en: "Audit" },
  "report.notes": { zh: "数据说明", en: "Notes on the data" },
  "report.cross_body": { zh: "跨机关对比", en: "Across bodies" },
  "report.years_meta": { zh: "年份：{years}", en: "Years: {years}" },

  // ---- table headers and cell words
  "report.years": { zh: "年份", en: "Years" },
  "report.year": { zh: "年份", en: "Year" },
  "report.headline": { zh: "主要数据", en: "Key figures" },
  "report.metric": { zh: "指标", en: "Metric" },
  "report.value": { zh: "数值", en: "Value" },
  "report.unit": { zh: "单位", en: "Unit" },
  "report.from_value": { zh: "前一年", en: "Earlier year" },
  "report.to_value": { zh: "当年", en: "Later year" },
  "report.change": { zh: "增减", en: "Change" },
  "report.growth": { zh: "增长率", en: "Growth" },
  "report.comparability": { zh: "可比性", en: "Comparability" },
  "report.comparable": { zh: "可比", en: "comparable" },
  "report.approximate": { zh: "近似可比", en: "approximate" },
  "report.not_comparable": { zh: "不可比", en: "not comparable" },
  "report.scope_changed_short": { zh: "统计范围改变", en: "scope changed" },
  "report.part": { zh: "分项", en: "Part" },
  "report.share_of_parts": { zh: "占各项合计", en: "Share of parts' sum" },
  "report.share_of_whole": { zh: "占总数", en: "Share of total" },
  "report.printed_share": { zh: "报告所印占比", en: "Printed share" },
  "report.severity": { zh: "级别", en: "Severity" },
  "report.error": { zh: "错误", en: "error" },
  "report.warning": { zh: "警告", en: "warning" },
  "report.note": { zh: "提示", en: "note" },
  "report.check": { zh: "核对项", en: "Check" },
  "report.finding": { zh: "发现", en: "Finding" },
  "report.source": { zh: "出处", en: "Source" },
  "report.body": { zh: "机关", en: "Body" },
  "report.prior_zero": { zh: "上年为0", en: "prior was 0" },
  "report.no_prior": { zh: "无上年数据", en: "no prior figure" },
  "report.signed_change": { zh: "增减数不计增长率", en: "a signed figure has no growth rate" },
  "report.derived": { zh: "推算", en: "derived" },
  "report.not_stated": { zh: "未说明", en: "not stated" },

  // ---- sentences of the page
  "report.audit_intro": {
    zh: "将报告所印的占比、增减、合计与报告自身的数量相核对，共运行 {checks} 项核对。",
    en: "What each report prints (shares, changes, totals) checked against its own counts: {checks} checks ran.",
  },
  "report.audit_none": { zh: "未发现问题。", en: "No findings." },
  "report.scope_changed": { zh: "统计范围改变（{from}→{to}），不可直接比较", en: "scope changed ({from} → {to}): not directly comparable" },
  "report.disputed": { zh: "{years}数字与报告自身数量不符（见核对）", en: "{years}: figure fails the report's own arithmetic (see Audit)" },
  "report.year_of": { zh: "{year}年", en: "{year}" },
  "report.change_on": { zh: "较{year}年 {change}（{growth}）", en: "on {year} {change} ({growth})" },
  "report.change_on_no_prior": { zh: "较{year}年 无上年数据", en: "on {year}: no prior figure" },
  "report.one_sided": {
    zh: "另有 {count} 项指标只在相邻两年中的一年有数据，无法计算变化（见数据说明）。",
    en: "{count} more figures are stated in only one of two consecutive years, so they have no change (see the notes).",
  },
  "report.template_note": {
    zh: "2019年和2021年报告格式两次变更，跨格式比较的数字按对照表标注可比性。",
    en: "The report form changed in 2019 and 2021; comparisons across a change are marked by the crosswalk.",
  },
  "report.overlapping_note": {
    zh: "同一信息可通过多个渠道公开，各渠道之和大于主动公开总数，因此占比分别按“各项合计”和“总数”给出。",
    en: "One item can go out on several channels, so the channels add up to more than the total: shares are given against both.",
  },
  "report.crosswalk_note": {
    zh: "2019年以前的数字按对照表取自旧格式的对应指标（近似可比）",
    en: "Before 2019 the figure is the older form's counterpart, through the crosswalk (approximate)",
  },
  "report.denominator_parts": { zh: "分母：各项合计 {value}", en: "against the sum of the parts, {value}" },
  "report.denominator_whole": { zh: "分母：{whole} {value}", en: "against {whole}, {value}" },

  // ---- a body-year with few figures
  "report.sparse_one": {
    zh: "本数据集只有{name} {year} 年报告中的 {count} 个数字（{sections}），列于下表；本页只显示这些数字和由它们得出的内容。",
    en: "This dataset holds only {count} figure from {name}'s {year} report ({sections}), listed below; this page shows this figure and what follows from it, nothing more.",
  },
  "report.sparse": {
    zh: "本数据集只有{name} {year} 年报告中的 {count} 个数字（{sections}），列于下表；本页只显示这些数字和由它们得出的内容。",
    en: "This dataset holds only {count} figures from {name}'s {year} report ({sections}), listed below; this page shows these figures and what follows from them, nothing more.",
  },
  "report.sparse_others": {
    zh: "其他年份（{years}）的数字见下文。",
    en: " Figures of the other years ({years}) are in the sections below.",
  },
  "report.section_separator": { zh: "、", en: "; " },

  // ---- the report sections a figure comes from (section-label.ts)
  "report.section.proactive": { zh: "主动公开情况", en: "proactive disclosure" },
  "report.section.art20": { zh: "主动公开政府信息情况", en: "proactive disclosure" },
  "report.section.response": { zh: "回应解读情况", en: "responses to public concern" },
  "report.section.requests": { zh: "依申请公开情况", en: "requests for disclosure" },
  "report.section.t3": { zh: "收到和处理政府信息公开申请情况", en: "requests received and handled" },
  "report.section.t4": { zh: "政府信息公开行政复议、行政诉讼情况", en: "administrative reconsideration and litigation" },
  "report.section.appeals": { zh: "行政复议、行政诉讼和举报投诉情况", en: "reconsideration, litigation and complaints" },
  "report.section.fees": { zh: "收费情况", en: "fees" },
  "report.section.capacity": { zh: "机构建设和保障经费情况", en: "staff and facilities" },
  "report.section.training": { zh: "会议和培训情况", en: "meetings and training" },
  "report.section.proposals": { zh: "人大代表建议和政协委员提案办理情况", en: "proposals of deputies and committee members" },

  // ---- a body's administrative level (entity.json's `level`)
  "report.level.province_city": { zh: "直辖市", en: "province-level city" },
  "report.level.prefecture_city": { zh: "地级市", en: "prefecture-level city" },
  "report.level.district": { zh: "区", en: "district" },
  "report.level.county": { zh: "县", en: "county" },
  "report.level.town": { zh: "乡镇", en: "town" },
  "report.level.department": { zh: "部门", en: "department" },
  "report.level.office": { zh: "办公室", en: "office" },

  // ---- audit findings on the page (finding-summary.ts)
  "report.finding_not_run": {
    zh: "{label}：{check}缺少所需数字，未能核对",
    en: "{label}: {check} could not be checked, a figure it needs is not stated",
  },
  "report.finding_share": {
    zh: "{label}：报告印 {printed}%，按数量计算为 {computed}%",
    en: "{label}: the report prints {printed}%, its counts give {computed}%",
  },
  "report.finding_growth": {
    zh: "{label}：报告印增长 {printed}%，按两年数字计算为 {computed}%",
    en: "{label}: the report prints a growth of {printed}%, the two years' figures give {computed}%",
  },
  "report.finding_change": {
    zh: "{label}：报告印增减 {printed}，按两年数字计算为 {computed}",
    en: "{label}: the report prints a change of {printed}, the two years' figures give {computed}",
  },
  "report.finding_narrative": {
    zh: "正文称 {printed} 件，表格为 {computed} 件，两者均保留",
    en: "the text says {printed}, the table {computed}; both are kept",
  },
  "report.finding_sum": {
    zh: "{label}：报告印 {printed}，{check}计算为 {computed}",
    en: "{label}: the report prints {printed}, {check} gives {computed}",
  },

  // ---- page names (report-page-names.ts)
  "report.page_body": { zh: "机关「{id}」（{name}）", en: 'the body "{id}" ({name})' },
  "report.page_bad_id": {
    zh: "无法为{body}命名报告页面：机关 id 只能由小写 ASCII 字母、数字和“-”组成（如“huaian-hongze”）；请重命名它的文件夹和 entity.json 中的 id",
    en: 'cannot name the report page of {body}: an entity id must be lower-case ASCII letters, digits and "-" (like "huaian-hongze"); rename its folder and the id in its entity.json',
  },
  "report.page_reserved": {
    zh: "{body}的报告页面会覆盖报告自身的 {page}：请给该机关另起一个 id",
    en: "the report page of {body} would overwrite the report's {page}: give the body another id",
  },
  "report.page_shared": {
    zh: "{first}和{second}会写入同一个页面 {page}：请给其中一个另起 id",
    en: "{first} and {second} would be written to one page, {page}: give one of them another id",
  },

  // ---- the chart command's selection (chart-for-kind.ts)
  "report.chart_kind_unknown": {
    zh: "未知的图表类型「{kind}」：应为 {kinds} 之一",
    en: 'unknown chart kind "{kind}": expected one of {kinds}',
  },
  "report.chart_empty_trend": { zh: "所选范围内没有该指标的已填报数字", en: "no stated figure of that metric in the selection" },
  "report.chart_empty_pairs": {
    zh: "所选范围内没有在一对年份中都有填报的数字",
    en: "no figure is stated in both years of a pair in the selection",
  },
  "report.chart_empty_group": { zh: "所选范围内 {group} 组没有占比", en: "group {group} has no shares in the selection" },
  "report.chart_donut_one_body": {
    zh: "环形图只显示一个机关：请加 --entity（{entities} 之一）",
    en: "a donut shows one body: add --entity (one of {entities})",
  },
  "report.chart_empty_figures": { zh: "所选范围内没有已填报的数字", en: "no stated figure in the selection" },
  "report.chart_slope_one_year": {
    zh: "斜率图需要两个年份；所选范围只有 {year} 年",
    en: "a slope chart needs two years; the selection has only {year}",
  },
  "report.chart_no_printed_shares": { zh: "所选范围内没有可核对的所印占比", en: "no printed shares to check in the selection" },
  "report.chart_choose_group": {
    zh: "有多个组印有占比，请选择其一：{choices}",
    en: "several groups have printed shares; choose one: {choices}",
  },
  "report.chart_group_unknown": {
    zh: "未知的 --group「{group}」：应为 {groups} 之一",
    en: 'unknown --group "{group}": expected one of {groups}',
  },
  "report.chart_group_needed": { zh: "请用 --group 指定构成（{groups} 之一）", en: "name the breakdown with --group (one of {groups})" },
  "report.chart_needs_option": { zh: "{kind} 图需要 {option}", en: "a {kind} chart needs {option}" },
  "report.chart_metric_or_group": { zh: "--metric 或 --group", en: "--metric or --group" },
  "report.chart_nothing_to_draw": { zh: "没有可画的内容：{why}", en: "nothing to draw: {why}" },

  // ---- the report command's summary (report-summary-text.ts)
  "report.written": {
    zh: "报告已写入 {path}（{bodies} 个机关，{charts} 张图，共 {files} 个文件）",
    en: "report written to {path} ({bodies} bodies, {charts} charts, {files} files)",
  },
  "report.summary_change_on": { zh: "较{year}年", en: "on {year}" },
  "report.summary_findings": {
    zh: "核对发现：错误 {errors}，警告 {warnings}，提示 {notes}",
    en: "findings: {errors} error(s), {warnings} warning(s), {notes} note(s)",
  },
  "report.chart_failed": { zh: "图表无法绘制：", en: "chart failed to draw: " },
});
