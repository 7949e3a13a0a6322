/**
 * The catalogue's `table.` messages: how result tables are chosen and shaped (--columns, --sort, --top,
 * filters), the column headings of result tables (`table.column.<key>`, by the column's key), and the
 * --help of every command (`table.help.*`: descriptions, option texts and examples).
 */
import { defineMessages } from "./message.js";

export const TABLE_MESSAGES = defineMessages({
  // Shaping a table.
  "table.view.columns_empty": {
    zh: "--columns 没有列名：请给出以逗号分隔的列名，如 --columns entity_name,year,value",
    en: "--columns names no column: give column keys separated by commas, e.g. --columns entity_name,year,value",
  },
  "table.view.columns_and_all": {
    zh: "--columns 与 --all-columns 只能给一个：--columns 已经指定了要显示的列",
    en: "give --columns or --all-columns, not both: --columns already says which columns to show",
  },
  "table.view.bad_sort": {
    zh: "无法识别 --sort “{value}”：应为列名，可加 :desc 表示降序，如 --sort change_pct:desc",
    en: 'invalid --sort "{value}": expected a column key, optionally with :desc for descending, e.g. --sort change_pct:desc',
  },
  "table.view.bad_top": {
    zh: "无法识别 --top “{value}”：应为正整数，如 --top 10",
    en: 'invalid --top "{value}": expected a whole number from 1, e.g. --top 10',
  },
  "table.view.unknown_column": {
    zh: "{option} 中的列“{key}”不存在。可用的列：{keys}",
    en: '{option}: no column "{key}" in this table. Its columns: {keys}',
  },
  "table.view.unknown_column_near": {
    zh: "{option} 中的列“{key}”不存在，是否指 {near}？可用的列：{keys}",
    en: '{option}: no column "{key}" in this table; did you mean {near}? Its columns: {keys}',
  },
  "table.view.filter_not_here": {
    zh: "{option} 不适用于这张表：表中没有可以筛选的列",
    en: "{option} does not apply to this table: it has no column to filter on",
  },
  "table.view.filter_no_match": {
    zh: "{option} {values} 在结果中没有对应的行；结果中有：{held}",
    en: "{option} {values} matches no row of the result; the result holds: {held}",
  },
  "table.view.section_all": {
    zh: "{option} 作用于一张表：请用 --section metrics、groups 或 crosswalk 选定一张",
    en: "{option} shapes one table: choose it with --section metrics, groups or crosswalk",
  },

  // Column headings, by column key.
  "table.column.id": { zh: "代码", en: "id" },
  "table.column.entity": { zh: "机构代码", en: "entity" },
  "table.column.entity_name": { zh: "机构", en: "name" },
  "table.column.name_zh": { zh: "名称", en: "name" },
  "table.column.metric": { zh: "指标代码", en: "metric" },
  "table.column.part": { zh: "分项代码", en: "part" },
  "table.column.label": { zh: "指标", en: "label" },
  "table.column.group_label": { zh: "分组", en: "label" },
  "table.column.applicant": { zh: "申请人", en: "applicant" },
  "table.column.year": { zh: "年份", en: "year" },
  "table.column.value": { zh: "数值", en: "value" },
  "table.column.from_year": { zh: "起始年份", en: "from" },
  "table.column.from_value": { zh: "起始年数值", en: "from value" },
  "table.column.to_year": { zh: "比较年份", en: "to" },
  "table.column.to_value": { zh: "比较年数值", en: "to value" },
  "table.column.change": { zh: "增减", en: "change" },
  "table.column.change_pct": { zh: "增减率", en: "change %" },
  "table.column.index": { zh: "指数", en: "index" },
  "table.column.comparability": { zh: "可比性", en: "comparability" },
  "table.source_report_line": { zh: "（报告第 {line} 行）", en: "(report line {line})" },
  "table.source_page_line": { zh: "（第 {page} 页第 {line} 行）", en: "(page {page}, line {line})" },
  "table.source_label": { zh: "出处：{source}", en: "source: {source}" },
  "table.basis.printed": { zh: "报告所印", en: "printed" },
  "table.basis.ocr": { zh: "OCR 识别", en: "OCR" },
  "table.basis.crosswalk": { zh: "跨格式对照", en: "crosswalk" },
  "table.column.trend_comparability": { zh: "与上年可比性", en: "vs year before" },
  "table.column.basis": { zh: "来源性质", en: "basis" },
  "table.column.derivation": { zh: "推算方式", en: "derivation" },
  "table.column.source_metrics": { zh: "来源指标", en: "from metrics" },
  "table.column.first_year": { zh: "首年", en: "first" },
  "table.column.first_value": { zh: "首年数值", en: "first value" },
  "table.column.last_year": { zh: "末年", en: "last" },
  "table.column.last_value": { zh: "末年数值", en: "last value" },
  "table.column.cagr_pct": { zh: "年均增长率", en: "CAGR %/yr" },
  "table.column.base_year": { zh: "指数基年", en: "index base" },
  "table.column.rank": { zh: "排名", en: "rank" },
  "table.column.share_of_peer_total_pct": { zh: "占同级合计", en: "% of peers" },
  "table.column.peer_total": { zh: "同级合计", en: "peer total" },
  "table.column.peer_median": { zh: "同级中位数", en: "peer median" },
  "table.column.prior_value": { zh: "上年数值", en: "year before" },
  "table.column.prior_metrics": { zh: "上年指标", en: "prior from" },
  "table.column.group": { zh: "分组", en: "group" },
  "table.column.parts_sum": { zh: "分项合计", en: "Σ parts" },
  "table.column.share_of_parts_pct": { zh: "占分项合计", en: "% of Σ parts" },
  "table.column.whole": { zh: "总数指标", en: "whole" },
  "table.column.whole_value": { zh: "总数", en: "whole value" },
  "table.column.share_of_whole_pct": { zh: "占总数", en: "% of whole" },
  "table.column.printed_share_pct": { zh: "报告所列占比", en: "printed %" },
  "table.column.share_of_parts_change_pp": { zh: "占分项合计变化", en: "Δ % of Σ parts" },
  "table.column.share_of_whole_change_pp": { zh: "占总数变化", en: "Δ % of whole" },
  "table.column.severity": { zh: "级别", en: "severity" },
  "table.column.check": { zh: "核对项", en: "check" },
  "table.column.metrics": { zh: "指标", en: "metrics" },
  "table.column.printed": { zh: "报告数", en: "printed" },
  "table.column.computed": { zh: "计算数", en: "computed" },
  "table.column.difference": { zh: "差额", en: "difference" },
  "table.column.location": { zh: "位置", en: "where" },
  "table.column.message": { zh: "说明", en: "message" },
  "table.column.source": { zh: "出处", en: "source" },
  "table.column.unit": { zh: "单位", en: "unit" },
  "table.column.kind": { zh: "类型", en: "kind" },
  "table.column.parent": { zh: "上级指标", en: "parent" },
  "table.column.section": { zh: "部分", en: "section" },
  "table.column.layouts": { zh: "模板", en: "layouts" },
  "table.column.by_applicant": { zh: "分申请人", en: "by applicant" },
  "table.column.derived_only": { zh: "仅推算", en: "derived only" },
  "table.column.evidence": { zh: "依据", en: "evidence" },
  "table.column.relation": { zh: "关系", en: "relation" },
  "table.column.parts": { zh: "分项", en: "parts" },
  "table.column.from_layout": { zh: "原模板", en: "from layout" },
  "table.column.from": { zh: "原指标", en: "from" },
  "table.column.to_layout": { zh: "新模板", en: "to layout" },
  "table.column.to": { zh: "新指标", en: "to" },
  "table.column.fit": { zh: "对应", en: "fit" },
  "table.column.note": { zh: "备注", en: "note" },
  "table.column.rows": { zh: "行数", en: "rows" },
  "table.column.derived": { zh: "推算数", en: "derived" },
  "table.column.unknown": { zh: "未说明", en: "not stated" },
  "table.column.file": { zh: "文件", en: "file" },
  "table.column.years": { zh: "年份", en: "years" },
  "table.column.line": { zh: "行", en: "line" },
  "table.column.error": { zh: "错误", en: "error" },
  "table.column.code": { zh: "代码", en: "code" },
  "table.column.cell": { zh: "单元格", en: "cell" },
  "table.column.column": { zh: "列", en: "column" },
  "table.column.problem": { zh: "问题", en: "problem" },
  "table.column.expected": { zh: "应为", en: "expected" },
  "table.column.found": { zh: "实为", en: "found" },
  "table.column.hint": { zh: "提示", en: "hint" },

  // --help: the program.
  "table.help.program": {
    zh: "比较政府信息公开工作年度报告：跨年份、跨机构的数字、增减、构成、核对和图表。",
    en: "Compare Chinese government information-disclosure annual reports across years and bodies.",
  },
  "table.help.program.examples": {
    zh: "\n示例：\n  # 检查附带的数据集\n  disclosure-trends validate datasets\n  # 2023 到 2024 年各机构每个数字的变化\n  disclosure-trends compare datasets --from 2023 --to 2024\n  # 一个指标的逐年趋势，按增减率降序取前 5 行\n  disclosure-trends trend datasets --metric requests_received --sort change_pct:desc --top 5\n\n加 --help 查看某个命令的选项和示例，如 disclosure-trends compare --help。\n",
    en: "\nExamples:\n  # check the bundled datasets\n  disclosure-trends validate datasets\n  # the change of every figure of every body from 2023 to 2024\n  disclosure-trends compare datasets --from 2023 --to 2024\n  # one metric over the years, the 5 largest percent changes first\n  disclosure-trends trend datasets --metric requests_received --sort change_pct:desc --top 5\n\nEach command has its own options and examples: disclosure-trends compare --help.\n",
  },
  "table.help.examples_heading": { zh: "示例：", en: "Examples:" },
  "table.help.required": { zh: "（必填）", en: " (required)" },
  "table.help.title.usage": { zh: "用法：", en: "Usage:" },
  "table.help.title.arguments": { zh: "参数：", en: "Arguments:" },
  "table.help.title.options": { zh: "选项：", en: "Options:" },
  "table.help.title.commands": { zh: "命令：", en: "Commands:" },
  "table.help.default": { zh: "（默认：{value}）", en: " (default: {value})" },
  "table.help.option.help": { zh: "显示帮助", en: "display help for command" },
  "table.help.command.help": { zh: "显示某个命令的帮助", en: "display help for command" },

  // --help: options shared by the commands.
  "table.help.option.format": {
    zh: "输出格式：table、csv、json、md 或 xlsx（默认按 --out 的扩展名，否则为 table）",
    en: "table, csv, json, md or xlsx (default: from --out's extension, else table)",
  },
  "table.help.option.out": {
    zh: "将结果写入文件（原子写入）而不是标准输出；扩展名 .csv、.xlsx、.json、.md 或 .txt 决定格式",
    en: "write the result to a file (atomically) instead of stdout; .csv, .xlsx, .json, .md or .txt picks the format",
  },
  "table.help.option.bom": {
    zh: "CSV 以字节顺序标记开头，使 Windows 上的 Excel 正确显示中文",
    en: "start CSV with a byte-order mark, so Excel on Windows shows its Chinese correctly",
  },
  "table.help.option.wide": {
    zh: "年份作为列（trend、peers、breakdown、compare）",
    en: "years in columns (trend, peers, breakdown, compare)",
  },
  "table.help.option.lang": {
    zh: "zh（中文）或 en（英文）；默认按系统语言环境，除非它指明其他语言，否则为中文",
    en: "zh (Chinese) or en (English); default: the locale's, Chinese unless it names another language",
  },
  "table.help.option.digits": {
    zh: "百分比保留的小数位数，或 full 表示精确值",
    en: "decimals of percent values, or 'full' for the exact value",
  },
  "table.help.option.columns": {
    zh: "只输出这些列，按此顺序（列名以逗号分隔，如 entity_name,year,value）；适用于所有格式",
    en: "only these columns, in this order (column keys separated by commas, e.g. entity_name,year,value); in every format",
  },
  "table.help.option.all_columns": {
    zh: "终端表格显示全部列（默认只显示能放进 100 列宽的主要列；CSV、JSON、xlsx 和 Markdown 是给程序、Excel 和文档用的文件，默认保留全部列）",
    en: "show every column in the terminal table (by default it shows the main columns, to fit 100 characters; CSV, JSON, xlsx and Markdown are files for programs, Excel and documents and keep every column)",
  },
  "table.help.option.sort": {
    zh: "按某列排序，加 :desc 为降序；数字按大小，中文按拼音，空白排最后",
    en: "sort by a column, :desc for descending; numbers by value, Chinese text by pinyin, blanks last",
  },
  "table.help.option.top": {
    zh: "只保留前 N 行（在排序之后）",
    en: "keep only the first N rows (after sorting)",
  },
  "table.help.option.verbose": { zh: "完整列出每条警告", en: "list every warning in full" },
  "table.help.option.quiet": { zh: "不输出警告", en: "print no warnings" },
  "table.help.option.entities": { zh: "只看这些机构（代码或名称）", en: "only these bodies (id or name)" },
  "table.help.option.metrics": { zh: "只看这些指标代码", en: "only these metric ids" },
  "table.help.option.metric": {
    zh: "指标代码（disclosure-trends catalogue 列出全部指标）",
    en: "the metric id (disclosure-trends catalogue lists them)",
  },
  "table.help.option.applicant": {
    zh: "表三的一类申请人（默认 total，即总计）",
    en: "a table 「三」 applicant column (default total)",
  },
  "table.help.option.years_filter": { zh: "只看这些年份的行", en: "only the rows of these years" },
  "table.help.option.metric_filter": { zh: "只看涉及这些指标代码的行", en: "only the rows about these metric ids" },
  "table.help.option.path": {
    zh: "一个数据集文件夹，或包含多个数据集文件夹的文件夹（datasets/）",
    en: "a dataset folder or a folder of them (datasets/)",
  },
  "table.help.option.path_peers": {
    zh: "包含多个数据集文件夹的文件夹（datasets/）",
    en: "a folder of dataset folders (datasets/)",
  },
  "table.help.option.path_coverage": {
    zh: "包含多个数据集文件夹的文件夹（datasets/），或一个机构的文件夹",
    en: "a folder of dataset folders (datasets/), or one body's folder",
  },
  "table.help.option.path_validate": {
    zh: "一个数据集文件、一个机构文件夹，或包含多个机构文件夹的文件夹（datasets/）",
    en: "a dataset file, an entity folder, or a folder of them (datasets/)",
  },

  // --help: compare.
  "table.help.compare": {
    zh: "两个年份之间每个数字的变化：两年的数值、增减和增减率",
    en: "change of every figure between two years: both values, change and percent change",
  },
  "table.help.compare.from": { zh: "较早的年份", en: "the earlier year" },
  "table.help.compare.to": { zh: "较晚的年份", en: "the later year" },
  "table.help.compare.applicants": {
    zh: "同时列出表三各类申请人的列（默认只列总计）",
    en: "also list table 「三」 applicant columns (default: 「总计」 only)",
  },
  "table.help.compare.section": {
    zh: "只看目录中这些部分的指标（proactive、requests、t3、t4 等，见 catalogue 的 section 列）",
    en: "only the metrics of these catalogue sections (proactive, requests, t3, t4, …: catalogue's section column)",
  },
  "table.help.compare.examples": {
    zh: "\n示例：\n  # 2023 到 2024 年各机构每个数字的变化\n  disclosure-trends compare datasets --from 2023 --to 2024\n  # 只看两个指标，按增减率降序\n  disclosure-trends compare datasets --from 2023 --to 2024 --metric requests_new result_granted --sort change_pct:desc\n  # 选几列写成 CSV\n  disclosure-trends compare datasets/jiamusi --from 2016 --to 2017 --columns metric,from_value,to_value,change --format csv\n",
    en: "\nExamples:\n  # the change of every figure of every body from 2023 to 2024\n  disclosure-trends compare datasets --from 2023 --to 2024\n  # two metrics only, the largest percent change first\n  disclosure-trends compare datasets --from 2023 --to 2024 --metric requests_new result_granted --sort change_pct:desc\n  # a few columns as CSV\n  disclosure-trends compare datasets/jiamusi --from 2016 --to 2017 --columns metric,from_value,to_value,change --format csv\n",
  },

  // --help: trend.
  "table.help.trend": {
    zh: "一个指标在各机构的逐年变化：增减、增减率、指数和年均增长率",
    en: "one metric over the years for each body: change, percent change, index and compound annual growth",
  },
  "table.help.trend.base_year": {
    zh: "指数基年（=100；默认为各机构第一个非零年份）",
    en: "index base year = 100 (default each body's first non-zero year)",
  },
  "table.help.trend.no_crosswalk": {
    zh: "不通过模板对照读取旧模板的报告",
    en: "do not read older report layouts through the crosswalk",
  },
  "table.help.trend.summary": {
    zh: "每个机构一行（首年、末年、年均增长率），而不是每年一行",
    en: "print one row per body (first, last, CAGR) instead of every year",
  },
  "table.help.trend.examples": {
    zh: "\n示例：\n  # 收到申请数的逐年趋势\n  disclosure-trends trend datasets --metric requests_received\n  # 只看 2023 和 2024 年，按数值降序\n  disclosure-trends trend datasets --metric requests_received --year 2023 2024 --sort value:desc\n  # 每个机构一行：首年、末年和年均增长率\n  disclosure-trends trend datasets --metric requests_received --summary\n",
    en: "\nExamples:\n  # requests received, year by year\n  disclosure-trends trend datasets --metric requests_received\n  # 2023 and 2024 only, the largest figures first\n  disclosure-trends trend datasets --metric requests_received --year 2023 2024 --sort value:desc\n  # one row per body: first and last figure and the compound annual growth\n  disclosure-trends trend datasets --metric requests_received --summary\n",
  },

  // --help: peers.
  "table.help.peers": {
    zh: "同一年份、同一指标下几个机构并列：排名、占同级合计的比例、中位数和增减",
    en: "several bodies side by side for one year and metric: rank, share of the peers' total, median, change",
  },
  "table.help.peers.year": { zh: "报告年份", en: "the report year" },
  "table.help.peers.examples": {
    zh: "\n示例：\n  # 2023 年各机构收到申请数的排名\n  disclosure-trends peers datasets --year 2023 --metric requests_received\n  # 只显示排名、机构和数值，取前 3 名\n  disclosure-trends peers datasets --year 2023 --metric requests_received --columns rank,entity_name,value --top 3\n",
    en: "\nExamples:\n  # bodies ranked by requests received in 2023\n  disclosure-trends peers datasets --year 2023 --metric requests_received\n  # rank, body and figure only, the first 3\n  disclosure-trends peers datasets --year 2023 --metric requests_received --columns rank,entity_name,value --top 3\n",
  },

  // --help: breakdown.
  "table.help.breakdown": {
    zh: "各分项在分组中的占比：占分项合计和占所列总数的比例，及其变化（百分点）",
    en: "each part's share of its group, of the sum of the parts and of the declared whole, and its change in points",
  },
  "table.help.breakdown.year": { zh: "报告年份（默认全部年份）", en: "the report year (default every year)" },
  "table.help.breakdown.group": { zh: "只看一个分组：{groups}", en: "one group: {groups}" },
  "table.help.breakdown.metric": { zh: "只看这些分项指标代码", en: "only these part metric ids" },
  "table.help.breakdown.examples": {
    zh: "\n示例：\n  # 2024 年申请处理结果的构成\n  disclosure-trends breakdown datasets --year 2024 --group result_categories\n  # 一个机构的主动公开渠道，按占比降序\n  disclosure-trends breakdown datasets/jiamusi --group proactive_channels --sort share_of_parts_pct:desc\n",
    en: "\nExamples:\n  # how the 2024 requests were answered\n  disclosure-trends breakdown datasets --year 2024 --group result_categories\n  # one body's proactive-disclosure channels, the largest share first\n  disclosure-trends breakdown datasets/jiamusi --group proactive_channels --sort share_of_parts_pct:desc\n",
  },

  // --help: audit.
  "table.help.audit": {
    zh: "核对每份报告所列的数字（占比、增长、合计）与其自身数据是否一致",
    en: "compare what each report prints (shares, growth, totals) with what its own counts imply",
  },
  "table.help.audit.check": { zh: "只做这些核对：{checks}", en: "only these checks: {checks}" },
  "table.help.audit.min_severity": {
    zh: "略去低于此级别的发现：error、warning 或 note",
    en: "leave out findings below error, warning or note",
  },
  "table.help.audit.strict": { zh: "有 error 级发现时退出码为 1", en: "exit 1 when any error-severity finding exists" },
  "table.help.audit.examples": {
    zh: "\n示例：\n  # 核对全部报告\n  disclosure-trends audit datasets\n  # 只看错误，列成表格，按差额降序\n  disclosure-trends audit datasets --min-severity error --sort difference:desc --all-columns\n  # 2024 年的发现写成 CSV\n  disclosure-trends audit datasets --year 2024 --format csv\n",
    en: "\nExamples:\n  # audit every report\n  disclosure-trends audit datasets\n  # errors only, as a table, the largest difference first\n  disclosure-trends audit datasets --min-severity error --sort difference:desc --all-columns\n  # the findings of 2024 as CSV\n  disclosure-trends audit datasets --year 2024 --format csv\n",
  },

  // --help: catalogue.
  "table.help.catalogue": {
    zh: "列出指标目录、总数与分项的分组，以及不同报告模板之间的对照",
    en: "print the metric catalogue, the whole → parts groups and the crosswalk between report layouts",
  },
  "table.help.catalogue.section": {
    zh: "all、metrics、groups 或 crosswalk（csv 只能输出一张表；all 输出 metrics）",
    en: "all, metrics, groups or crosswalk (csv needs one; all gives metrics)",
  },
  "table.help.catalogue.layout": { zh: "只看 2008、2019 或 2021 模板", en: "only the 2008, 2019 or 2021 layout" },
  "table.help.catalogue.examples": {
    zh: "\n示例：\n  # 2021 模板的全部指标\n  disclosure-trends catalogue --section metrics --layout 2021\n  # 指标按部分排序，只显示代码、名称和部分\n  disclosure-trends catalogue --section metrics --columns id,label,section --sort section\n  # 模板对照的全部列\n  disclosure-trends catalogue --section crosswalk --all-columns\n",
    en: "\nExamples:\n  # every metric of the 2021 layout\n  disclosure-trends catalogue --section metrics --layout 2021\n  # metrics sorted by section: id, label and section only\n  disclosure-trends catalogue --section metrics --columns id,label,section --sort section\n  # the crosswalk with every column\n  disclosure-trends catalogue --section crosswalk --all-columns\n",
  },

  // --help: coverage.
  "table.help.coverage": {
    zh: "机构 × 年份：哪些报告已有、缺失、未通过校验或统计范围改变",
    en: "bodies × years: which reports are present, missing, failing validation or of a changed scope",
  },
  "table.help.coverage.years": {
    zh: "只看这些年份，每个机构都应有（2019-2025 或 2023,2025）",
    en: "only these years, each expected of every body (2019-2025, or 2023,2025)",
  },
  "table.help.coverage.expect": {
    zh: "除各机构自身年份跨度外，每个机构都应有的年份（默认：数据集中最新的年份）",
    en: "years expected of every body besides each body's own span (default: the latest year in the datasets)",
  },
  "table.help.coverage.examples": {
    zh: "\n示例：\n  # 全部机构和年份的覆盖情况\n  disclosure-trends coverage datasets\n  # 只看 2023 到 2024 年\n  disclosure-trends coverage datasets --years 2023-2024\n  # 逐格明细，按状态排序写成 CSV\n  disclosure-trends coverage datasets --format csv --sort status\n",
    en: "\nExamples:\n  # which reports every body has\n  disclosure-trends coverage datasets\n  # 2023 to 2024 only\n  disclosure-trends coverage datasets --years 2023-2024\n  # one row per body and year as CSV, sorted by status\n  disclosure-trends coverage datasets --format csv --sort status\n",
  },

  // --help: validate.
  "table.help.validate": {
    zh: "按格式和指标目录检查数据集；列出每个问题，或给出汇总",
    en: "check datasets against the format and the catalogue; print every problem, or a summary",
  },
  "table.help.validate.max_problems": { zh: "完整列出的问题数，其余只计数", en: "problems listed in full; the rest are counted" },
  "table.help.validate.entity": { zh: "汇总表只列这些机构代码", en: "only these entity ids in the summary" },
  "table.help.validate.examples": {
    zh: "\n示例：\n  # 检查全部数据集\n  disclosure-trends validate datasets\n  # 汇总表只看 2024 年，按行数降序\n  disclosure-trends validate datasets --year 2024 --sort rows:desc\n",
    en: "\nExamples:\n  # check every dataset\n  disclosure-trends validate datasets\n  # the summary of 2024 only, the most rows first\n  disclosure-trends validate datasets --year 2024 --sort rows:desc\n",
  },

  // --help: export.
  "table.help.export": {
    zh: "将整齐的观测值、逐年变化、占比或核对发现写成 CSV、Parquet 或 xlsx，供 DuckDB、Spark 或数据仓库使用",
    en: "write the tidy observations, year over year, shares or audit findings as CSV or Parquet, for DuckDB, Spark or a warehouse",
  },
  "table.help.export.path": {
    zh: "一个数据集文件夹、包含多个数据集文件夹的文件夹，或带有 entities.json 的长格式 CSV",
    en: "a dataset folder, a folder of them, or a long corpus CSV beside entities.json",
  },
  "table.help.export.what": { zh: "要写出的内容，可多选：{kinds}", en: "what to write, one or more of {kinds}" },
  "table.help.export.out": {
    zh: "每个 --what 对应一个输出文件，顺序相同（.csv、.parquet 或 .xlsx）",
    en: "one output file per --what, in the same order (.csv, .parquet or .xlsx)",
  },
  "table.help.export.format": {
    zh: "所有输出都用 csv、parquet 或 xlsx（默认按各文件的扩展名）",
    en: "csv, parquet or xlsx for every output (default: from each file's extension)",
  },
  "table.help.export.group": {
    zh: "只写这个分组的占比（如 proactive_channels）",
    en: "shares of this breakdown group only (e.g. proactive_channels)",
  },
  "table.help.export.threads": {
    zh: "写 CSV 的线程数（默认：数据集达到 {mb} MB 时每核一个，本机 {cores} 个；否则 1 个）",
    en: "threads writing CSV outputs (default: one per core, {cores} here, from {mb} MB of datasets; else 1)",
  },
  "table.help.export.examples": {
    zh: "\n示例：\n  # 观测值写成 CSV\n  disclosure-trends export datasets --what observations --out observations.csv\n  # 逐年变化和占比各写一个文件\n  disclosure-trends export datasets --what yoy shares --out yoy.csv shares.parquet\n\n导出文件是给程序用的，保留全部列；--columns、--sort 和 --top 用于其他命令的结果表。\n",
    en: "\nExamples:\n  # the observations as CSV\n  disclosure-trends export datasets --what observations --out observations.csv\n  # year over year and shares, one file each\n  disclosure-trends export datasets --what yoy shares --out yoy.csv shares.parquet\n\nExports are files for programs and keep every column; --columns, --sort and --top shape the other commands' result tables.\n",
  },

  // --help: reuse.
  "table.help.reuse": {
    zh: "一份报告的文字有多少出自上一年的报告：分部分和总体的比例，以及最长的重复段落",
    en: "how much of a report's text is found in last year's: per section and overall, with the longest reused passages",
  },
  "table.help.reuse.old": { zh: "上一年的报告：文本、HTML、PDF 或 Word .docx", en: "last year's report: text, HTML, PDF or Word .docx" },
  "table.help.reuse.new": { zh: "本年的报告", en: "this year's report" },
  "table.help.reuse.pairs": {
    zh: "比较多对报告：每行 old,new 的 CSV（路径相对于该 CSV 所在的文件夹）",
    en: "compare many pairs: a CSV with old,new on each line (paths relative to the CSV's folder)",
  },
  "table.help.reuse.min_length": {
    zh: "计为重复的相同文字至少含多少个字符（数字不计）",
    en: "the fewest characters of words (figures not counted) in a run of identical text that counts as reused",
  },
  "table.help.reuse.figures": {
    zh: "any（数字与任意数字相符：换了数字的照抄句子仍算照抄）或 exact",
    en: "any (a number matches any number: a copied sentence with new figures is copied) or exact",
  },
  "table.help.reuse.tables": {
    zh: "也计入统计表（2019 年以后模板的表二、三、四）",
    en: "count the statistical tables (「二」, 「三」, 「四」 of the 2019+ layouts) too",
  },
  "table.help.reuse.passages": { zh: "列出最长的重复段落的数量", en: "how many of the longest reused passages to list" },
  "table.help.reuse.html": { zh: "不论文件名，都按 HTML 读取报告", en: "read the reports as HTML whatever their names" },
  "table.help.reuse.examples": {
    zh: "\n示例：\n  # 一份报告与其自身比较（应为 100%），检验读取是否正常\n  disclosure-trends reuse reports/jiamusi-2017.txt reports/jiamusi-2017.txt\n  # 各部分按重复比例降序，写成 CSV\n  disclosure-trends reuse reports/jiamusi-2017.txt reports/jiamusi-2017.txt --sort reused_pct:desc --format csv\n",
    en: "\nExamples:\n  # a report against itself (100%): a check that it reads\n  disclosure-trends reuse reports/jiamusi-2017.txt reports/jiamusi-2017.txt\n  # the sections, most reused first, as CSV\n  disclosure-trends reuse reports/jiamusi-2017.txt reports/jiamusi-2017.txt --sort reused_pct:desc --format csv\n",
  },

  // --help: chart, report, extract, add-year (no tables; their options stay in their own words).
  "table.help.chart": {
    zh: "将一张图表画到文件：.vl.json（Vega-Lite）、.svg、.png 或 .html（离线网页），按扩展名决定",
    en: "draw one chart to a file: .vl.json (Vega-Lite), .svg, .png or .html (offline page), by the file's extension",
  },
  "table.help.chart.examples": {
    zh: "\n示例：\n  # 收到申请数的趋势图\n  disclosure-trends chart trend datasets --metric requests_received --out trend.svg\n  # 2024 年一个机构申请处理结果的环形图\n  disclosure-trends chart donut datasets --entity huaian-hongze --group result_categories --year 2024 --out donut.html\n",
    en: "\nExamples:\n  # a trend chart of requests received\n  disclosure-trends chart trend datasets --metric requests_received --out trend.svg\n  # a donut of how one body answered its 2024 requests\n  disclosure-trends chart donut datasets --entity huaian-hongze --group result_categories --year 2024 --out donut.html\n",
  },
  "table.help.chart.kind": {
    zh: "trend、growth、heatmap、breakdown、donut、slope 或 audit",
    en: "trend, growth, heatmap, breakdown, donut, slope or audit",
  },
  "table.help.chart.metric": {
    zh: "指标代码（trend、slope；growth 和 heatmap 默认画顶层数字）",
    en: "metric ids (trend, slope; growth and heatmap default to the top-level figures)",
  },
  "table.help.chart.group": { zh: "分组（breakdown、donut、slope、audit）", en: "the breakdown group (breakdown, donut, slope, audit)" },
  "table.help.chart.year": {
    zh: "一个报告年份（donut、audit；growth 为较晚的年份）",
    en: "one report year (donut, audit; growth: the later year)",
  },
  "table.help.chart.from": { zh: "第一年", en: "first year" },
  "table.help.chart.to": { zh: "最后一年", en: "last year" },
  "table.help.chart.title": { zh: "图表标题", en: "the chart title" },
  "table.help.chart.out": { zh: "图表文件；扩展名决定格式", en: "the chart file; its extension picks the format" },
  "table.help.report.out": { zh: "写入报告的文件夹", en: "the folder to write the report into" },
  "table.help.report.png": { zh: "同时为每张图表写一个 PNG（每张约 0.3 秒）", en: "also write a PNG of every chart (about 0.3 s a chart)" },
  "table.help.extract.report": {
    zh: "报告：PDF、Word .docx、网页（.html）、其文本（pdftotext -layout 的输出），或 - 表示标准输入",
    en: "the report: a PDF, a Word .docx, a web page (.html), its text (pdftotext -layout output), or - for stdin",
  },
  "table.help.extract.format": {
    zh: "csv（数据集文件；位置在 note 列）、json（数字附页码和行，以及未归属的数字）或 xlsx（默认按 --out 的扩展名，否则为 csv）",
    en: "csv (a dataset file; offsets in the note column), json (figures with page and line, unassigned numbers) or xlsx (default: from --out's extension, else csv)",
  },
  "table.help.extract.out": {
    zh: "将数据集写入文件（原子写入）而不是标准输出；扩展名 .csv、.json 或 .xlsx 决定格式",
    en: "write the dataset to a file (atomically) instead of stdout; .csv, .json or .xlsx picks the format",
  },
  "table.help.extract.year": { zh: "报告年份，在标题没有写明时使用", en: "the report year, when the title does not give it" },
  "table.help.extract.entity": {
    zh: "数字所属的机构代码（默认取自 huaian-hongze-2024.pdf 这样的文件名）",
    en: "the entity id the figures belong to (default: from a file name like huaian-hongze-2024.pdf)",
  },
  "table.help.extract.html": { zh: "不论文件名，都按 HTML 读取文本输入", en: "read a text input as HTML whatever its name" },
  "table.help.extract.ocr": {
    zh: "从扫描版 PDF 的页面图像读取表格（tesseract.js，离线；数字的 basis 为 ocr）",
    en: "read a scanned PDF's tables from its page images (tesseract.js, offline; figures get basis ocr)",
  },
  "table.help.extract.pages": {
    zh: "与 --ocr 一起用：要读的页，如 3-4,6（默认全部）",
    en: "with --ocr: the pages to read, e.g. 3-4,6 (default: all)",
  },
  "table.help.add_year.entity": {
    zh: "机构代码（它在数据集文件夹下的文件夹名）",
    en: "the entity id (its folder name under the datasets folder)",
  },
  "table.help.add_year.year": { zh: "报告年份", en: "the report year" },
  "table.help.add_year.from_report": {
    zh: "报告：PDF、Word .docx、网页（.html）或其文本（.txt，pdftotext -layout 的输出）",
    en: "the report: a PDF, a Word .docx, a web page (.html) or its text (.txt, pdftotext -layout output)",
  },
  "table.help.add_year.bulk": {
    zh: "加入一个文件夹里的全部报告（*.pdf、*.docx、*.html、*.txt）；机构和年份取自 jiamusi-2017.pdf 这样的文件名",
    en: "add every report in a folder (*.pdf, *.docx, *.html, *.txt); ids and years from file names like jiamusi-2017.pdf",
  },
  "table.help.add_year.bulk_entity": {
    zh: "与 --bulk 一起用：文件夹中每份报告的机构代码",
    en: "with --bulk: the entity id of every report in the folder",
  },
  "table.help.add_year.datasets": { zh: "数据集文件夹", en: "the datasets folder" },
  "table.help.add_year.force": {
    zh: "替换已有的数据集文件，并接受与报告标题不同的年份",
    en: "replace an existing dataset file, and accept a year that differs from the report's title",
  },
  "table.help.add_year.name_en": { zh: "新机构：英文名称", en: "for a new entity: its English name" },
  "table.help.add_year.level": {
    zh: '新机构：行政级别，如 "district"',
    en: 'for a new entity: its administrative level, e.g. "district"',
  },
  "table.help.add_year.province": { zh: "新机构：所在省份，如 江苏省", en: "for a new entity: its province, e.g. 「江苏省」" },
  "table.help.add_year.parent": { zh: "新机构：上级机关", en: "for a new entity: the body it belongs to" },
  "table.help.add_year.html": { zh: "不论文件名，都按 HTML 读取文本报告", en: "read text reports as HTML whatever their names" },
  "table.help.add_year.format": {
    zh: "与 --bulk 一起用：汇总的格式，table、csv、json 或 md",
    en: "with --bulk: the summary as table, csv, json or md",
  },
  "table.help.report": {
    zh: "为每个机构写一份离线 HTML 报告（数字、变化、构成、核对、图表），并写一个比较各机构的索引页",
    en: "write an offline HTML report per body (figures, changes, breakdowns, audit, charts) and an index comparing them",
  },
  "table.help.report.examples": {
    zh: "\n示例：\n  # 一个机构的报告页\n  disclosure-trends report datasets/jiamusi --out report\n  # 全部机构的英文报告页和比较它们的索引页\n  disclosure-trends report datasets --out report-en --lang en\n",
    en: "\nExamples:\n  # the report pages of one body\n  disclosure-trends report datasets/jiamusi --out report\n  # English pages of every body, and the index comparing them\n  disclosure-trends report datasets --out report-en --lang en\n",
  },
  "table.help.extract": {
    zh: "将已发布的报告（PDF、Word .docx、HTML 或文本）读成数据集，每个数字附页码和行、句子或表格行",
    en: "read a published report (PDF, Word .docx, HTML or text) into a dataset, every figure with its page and line, sentence or table row",
  },
  "table.help.extract.examples": {
    zh: "\n示例：\n  # 把一份文本报告读成 CSV 数据集\n  disclosure-trends extract reports/jiamusi-2017.txt\n  # 写成 JSON，每个数字附页码和行\n  disclosure-trends extract reports/jiamusi-2017.txt --out jiamusi-2017.json\n",
    en: "\nExamples:\n  # a text report read into a CSV dataset\n  disclosure-trends extract reports/jiamusi-2017.txt\n  # as JSON, every figure with its page and line\n  disclosure-trends extract reports/jiamusi-2017.txt --out jiamusi-2017.json\n",
  },
  "table.help.add_year": {
    zh: "读取一份报告，校验并核对后加入为 datasets/<机构>/<年份>.csv",
    en: "extract a report, validate and audit it, and add it as datasets/<entity>/<year>.csv",
  },
  "table.help.add_year.examples": {
    zh: "\n示例：\n  # 把佳木斯市 2017 年的报告加入另一个数据集文件夹\n  disclosure-trends add-year jiamusi 2017 --from-report reports/jiamusi-2017.txt --datasets my-datasets\n  # 加入一个文件夹里的全部报告，机构和年份取自 jiamusi-2017.txt 这样的文件名\n  disclosure-trends add-year --bulk reports --datasets my-datasets\n",
    en: "\nExamples:\n  # add Jiamusi's 2017 report to another datasets folder\n  disclosure-trends add-year jiamusi 2017 --from-report reports/jiamusi-2017.txt --datasets my-datasets\n  # add every report of a folder, bodies and years from file names like jiamusi-2017.txt\n  disclosure-trends add-year --bulk reports --datasets my-datasets\n",
  },
});
