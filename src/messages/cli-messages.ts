/**
 * The catalogue's `cli.` messages: what the commands say while they run (mistakes in a command line,
 * warnings, progress, what was written), and the warnings of the computations they print.
 */
import { defineMessages } from "./message.js";

export const CLI_MESSAGES = defineMessages({
  // ---- words shared by several messages
  "cli.warning": { zh: "警告：{message}", en: "warning: {message}" },
  "cli.or": { zh: "或", en: " or " },
  "cli.none": { zh: "无", en: "none" },
  /** Between two sentences: nothing after a Chinese full stop, a space after an English one. */
  "cli.sentence_gap": { zh: "", en: " " },
  "cli.did_you_mean": { zh: "；是否想用 {names}？", en: "; did you mean {names}?" },
  "cli.closest": { zh: "（最接近的：{names}）", en: " (closest: {names})" },
  "cli.wrote": { zh: "已写入 {path}", en: "wrote {path}" },
  "cli.usage_hint": { zh: "用法：{usage}", en: "usage: {usage}" },

  // ---- commander's own mistakes of a command line (commander-error-text.ts)
  "cli.commander_missing_argument": { zh: "缺少必需的参数 {name}", en: "missing required argument '{name}'" },
  "cli.commander_option_argument_missing": { zh: "选项 {option} 缺少取值", en: "option '{option}' argument missing" },
  "cli.commander_required_option": { zh: "缺少必需的选项 {option}", en: "required option '{option}' not specified" },
  "cli.commander_unknown_option": { zh: "未知的选项 {option}", en: "unknown option '{option}'" },
  "cli.commander_unknown_command": { zh: "未知的命令 {command}", en: "unknown command '{command}'" },
  "cli.commander_too_many_arguments": {
    zh: "参数太多：应为 {expected} 个，实为 {got} 个",
    en: "too many arguments: expected {expected} but got {got}",
  },
  "cli.commander_invalid_argument": { zh: "选项 {option} 的取值「{value}」无效", en: "option '{option}' argument '{value}' is invalid" },
  "cli.commander_conflict": { zh: "{option} 不能与 {other} 同时使用", en: "{option} cannot be used with {other}" },
  "cli.commander_did_you_mean": { zh: "（是否想用 {names}？）", en: "(Did you mean {names}?)" },

  // ---- options shared by the commands (command-options.ts)
  "cli.lang_unknown": { zh: "未知的 --lang「{value}」：应为 zh 或 en", en: 'unknown --lang "{value}": expected zh or en' },
  "cli.digits_invalid": {
    zh: "无效的 --digits「{value}」：应为 0 到 15 的整数，或 full",
    en: 'invalid --digits "{value}": expected a whole number from 0 to 15, or full',
  },
  "cli.bom_not_csv": { zh: "--bom 只用于 CSV 输出；这里的输出是 {format}", en: "--bom is for CSV output; the output here is {format}" },
  "cli.xlsx_needs_file": {
    zh: "xlsx 工作簿只能写入文件：请加 --out <文件>.xlsx",
    en: "an xlsx workbook is written to a file: add --out <file>.xlsx",
  },
  "cli.out_parquet": {
    zh: "--out {out}：Parquet 文件由 `disclosure-trends export` 写出；此命令写 .csv、.xlsx、.json、.md 或 .txt",
    en: "--out {out}: Parquet is written by `disclosure-trends export`; this command writes .csv, .xlsx, .json, .md or .txt",
  },
  "cli.out_no_extension": {
    zh: "--out {out}：没有文件扩展名；应为 .csv、.xlsx、.json、.md 或 .txt（终端表格）",
    en: "--out {out}: no file extension; expected .csv, .xlsx, .json, .md or .txt (the terminal table)",
  },
  "cli.out_unknown_extension": {
    zh: "--out {out}：未知的扩展名 .{ext}；应为 .csv、.xlsx、.json、.md 或 .txt（终端表格）",
    en: "--out {out}: unknown extension .{ext}; expected .csv, .xlsx, .json, .md or .txt (the terminal table)",
  },
  "cli.format_contradicts_out": {
    zh: "--format {format} 与 --out {out}（{found}）不一致；只给其中一个",
    en: "--format {format} contradicts --out {out} ({found}); give one of them",
  },
  "cli.year_missing": { zh: "缺少 {option} <年份>", en: "missing {option} <year>" },
  "cli.year_invalid": {
    zh: "无效的 {option}「{value}」：应为四位数的年份，如 2017",
    en: 'invalid {option} "{value}": expected a four-digit year such as 2017',
  },
  "cli.metric_unknown": {
    zh: "未知的指标「{id}」{hint}（disclosure-trends catalogue 列出全部指标）",
    en: 'unknown metric "{id}"{hint} (disclosure-trends catalogue lists every metric)',
  },
  "cli.applicant_unknown": {
    zh: "未知的 --applicant「{value}」：应为 total 或 {list} 之一",
    en: 'unknown --applicant "{value}": expected total or one of {list}',
  },
  "cli.entity_unknown": {
    zh: "未知的机关「{name}」：数据中有 {known}{closest}",
    en: 'unknown entity "{name}": the datasets hold {known}{closest}',
  },
  "cli.group_unknown": {
    zh: "未知的 --group「{id}」{hint}（分组：{groups}）",
    en: 'unknown --group "{id}"{hint} (groups: {groups})',
  },
  "cli.from_not_before_to": { zh: "--from {from} 必须早于 --to {to}", en: "--from {from} must be earlier than --to {to}" },
  "cli.option_unknown_value": {
    zh: "未知的 {option}「{value}」：应为 {expected}",
    en: 'unknown {option} "{value}": expected {expected}',
  },
  "cli.option_one_of": {
    zh: "未知的 {option}「{value}」：应为 {expected} 之一",
    en: 'unknown {option} "{value}": expected one of {expected}',
  },
  "cli.whole_number_invalid": {
    zh: "无效的 {option}「{value}」：应为 {min} 到 {max} 的整数",
    en: 'invalid {option} "{value}": expected a whole number from {min} to {max}',
  },

  // ---- files the system refused (file-error-text.ts, watch-output-streams.ts)
  "cli.stdout_name": { zh: "标准输出", en: "standard output" },
  "cli.stream_failed": { zh: "无法写入{stream}：{why}{code}", en: "cannot write {stream}: {why}{code}" },
  "cli.stream_code": { zh: "（{code}）", en: " ({code})" },
  "cli.fs_eisdir": { zh: "这是一个文件夹；请给出文件名", en: "it is a folder; give a file name" },
  "cli.fs_enotdir": { zh: "路径中有一部分是文件而不是文件夹", en: "a part of the path is a file, not a folder" },
  "cli.fs_enoent": { zh: "没有这个文件或文件夹", en: "no such file or folder" },
  "cli.fs_eacces": { zh: "没有权限", en: "permission denied" },
  "cli.fs_eperm": { zh: "不允许此操作", en: "operation not permitted" },
  "cli.fs_erofs": { zh: "文件系统是只读的", en: "the file system is read-only" },
  "cli.fs_enospc": { zh: "磁盘已满", en: "the disk is full" },
  "cli.fs_edquot": { zh: "磁盘配额已用完", en: "the disk quota is used up" },
  "cli.fs_emfile": { zh: "打开的文件太多", en: "too many open files" },
  "cli.fs_eio": { zh: "设备报告了输入/输出错误", en: "the device reported an input/output error" },
  "cli.fs_efbig": { zh: "文件超过了文件系统允许的大小", en: "the file is larger than the file system allows" },

  // ---- loading, progress, output
  "cli.load_problems": {
    zh: "{files} 个文件中共有 {count} 个问题；请修正（见 `disclosure-trends validate {path}`）后再运行",
    en: "{count} problem(s) in {files} file(s); fix them (see `disclosure-trends validate {path}`) and run again",
  },
  "cli.validate_problems": { zh: "{files} 个文件中共有 {count} 个问题", en: "{count} problem(s) in {files} file(s)" },
  "cli.progress_load": { zh: "文件 {file}/{files}  {read}/{total} MB", en: "file {file}/{files}  {read}/{total} MB" },
  "cli.progress_export": { zh: "{kind} → {path}  {rows} 行", en: "{kind} → {path}  {rows} rows" },
  "cli.progress_threads": { zh: "{kinds}，{count} 个线程", en: "{kinds} on {count} threads" },

  // ---- compute warnings (compute-warning.ts) and how the CLI folds them (print-warnings.ts)
  "cli.w_zero_prior": {
    zh: "{entity}的{what}在 {missing_year} 年为 0，{year} 年的增长率为空（从 0 起算的增长率没有定义）。绝对变化仍照常给出。",
    en: "{entity} has {what} = 0 in {missing_year}; its {year} percent growth is null (growth from 0 is undefined). The absolute change is still given.",
  },
  "cli.w_no_base": {
    zh: "{entity}没有可用的 {missing_year} 年{what}数值（缺失、未填报或为 0），{year} 年的指数为空。请另选基期年份。",
    en: "{entity} has no usable {missing_year} value for {what} (absent, not stated or 0); its {year} index is null. Choose another base year.",
  },
  "cli.w_no_prior": {
    zh: "{entity}没有 {missing_year} 年的{what}数值，{year} 年的增长率为空。{fix}",
    en: "{entity} has no {missing_year} value for {what}; its {year} growth is null. {fix}",
  },
  "cli.w_no_prior_fix_entity": {
    zh: "请在{entity}的数据集中补充 {missing_year} 年的{what}一行。",
    en: "Add a {missing_year} row for {what} to {entity}'s dataset.",
  },
  "cli.w_no_prior_fix_file": {
    zh: "请补充 {file}，写入{what}一行（或填上它的数值）。",
    en: "Add {file} with a {what} row (or fill its value).",
  },
  "cli.w_not_stated": {
    zh: "{entity}没有 {year} 年的{what}数字：{why}。{fix}",
    en: "{entity} has no {year} figure for {what}: {why}. {fix}",
  },
  "cli.w_not_stated_in_report": { zh: "其 {year} 年报告没有填报{what}", en: "its {year} report does not state {what}" },
  "cli.w_not_stated_no_report": { zh: "数据中没有其 {year} 年的报告", en: "there is no {year} report of it in the data" },
  "cli.w_not_stated_fix_row": {
    zh: "如报告中印有该数字，请在其 {year} 年数据集中补充{what}一行。",
    en: "Add the {what} row to its {year} dataset if the report prints it.",
  },
  "cli.w_not_stated_fix_year": {
    zh: "请补充其 {year} 年的数据集（disclosure-trends add-year）。",
    en: "Add its {year} dataset (disclosure-trends add-year).",
  },
  "cli.w_series_break": {
    zh: "{entity}：{metric} 从 {year} 年开始；{prior} 年报告中的 {older} 统计的是另一口径（{note}），因此序列不衔接，不计算 {year} 年的变化。",
    en: "{entity}: {metric} starts in {year}; the {prior} report's {older} counts something else ({note}), so the series is not joined and its {year} change is not computed.",
  },
  "cli.outside_layout": {
    zh: "{metric} 不属于 {layout_years} 年的报告模板，{years} 年的数据集不能包含它：{counterpart}。",
    en: "{metric} is not part of the {layout_years} report layout, so a {years} dataset cannot hold it: {counterpart}.",
  },
  "cli.outside_layout_none": { zh: "该模板中没有对应的指标", en: "it has no counterpart there" },
  "cli.outside_layout_break": {
    zh: "该位置上的 {older} 统计的是另一口径（{note}）",
    en: "{older} stands in its place but counts something else ({note})",
  },
  "cli.outside_layout_counterpart": {
    zh: "对应的指标是 {older}（{fit}；trend 和 peers 通过模板对照读取它）",
    en: "its counterpart there is {older} ({fit}; trend and peers read it through the crosswalk)",
  },
  "cli.fit_same": { zh: "口径相同", en: "same" },
  "cli.fit_approximate": { zh: "口径近似", en: "approximate" },
  "cli.layout_years_2008": { zh: "2008–2018 年", en: "2008–2018" },
  "cli.layout_years_2019": { zh: "2019–2020 年", en: "2019–2020" },
  "cli.layout_years_2021_on": { zh: "2021 年及以后", en: "2021 on" },
  "cli.warn_zero_group": {
    zh: "{entity}有 {count} 个数字在 {missing_year} 年为 0（{metrics}），它们 {year} 年的增长率为空。",
    en: "{entity} has {count} figures equal to 0 in {missing_year} ({metrics}); their {year} percent growth is null.",
  },
  "cli.warn_no_base_group": {
    zh: "{entity}有 {count} 个序列没有可用的 {missing_year} 年基期数值（{metrics}），它们的指数为空。",
    en: "{entity} has no usable {missing_year} base for {count} series ({metrics}); their index is null.",
  },
  "cli.warn_no_prior_group": {
    zh: "{entity}有 {count} 个指标没有 {missing_year} 年的数值（{metrics}），它们 {year} 年的增长率为空。{fix}",
    en: "{entity} has no {missing_year} value for {count} metrics ({metrics}); their {year} growth is null. {fix}",
  },
  "cli.warn_no_prior_group_fix_file": { zh: "请把它们补充到 {file}。", en: "Add them to {file}." },
  "cli.warn_no_prior_group_fix_rows": { zh: "请补充它们 {missing_year} 年的行。", en: "Add {missing_year} rows for them." },
  "cli.warnings_count_one": {
    zh: "（共 1 条警告；--verbose 逐条列出，--quiet 不显示）",
    en: "(1 warning; --verbose lists each, --quiet hides them)",
  },
  "cli.warnings_count": {
    zh: "（共 {count} 条警告；--verbose 逐条列出，--quiet 不显示）",
    en: "({count} warnings; --verbose lists each, --quiet hides them)",
  },

  // ---- empty answers (empty-answers.ts) and the analysis commands
  "cli.no_report_of_years_data": {
    zh: "数据中没有 {years} 年的报告（已有的报告年份：{held}）。请选择数据中有的年份，或补充缺少年份的数据集（disclosure-trends add-year）。",
    en: "the data holds no report of {years} (report years held: {held}). Choose years the data holds, or add the missing year's dataset (disclosure-trends add-year).",
  },
  "cli.no_report_of_years_entities": {
    zh: "{entities} 没有 {years} 年的报告（已有的报告年份：{held}）。请选择数据中有的年份，或补充缺少年份的数据集（disclosure-trends add-year）。",
    en: "{entities} holds no report of {years} (report years held: {held}). Choose years the data holds, or add the missing year's dataset (disclosure-trends add-year).",
  },
  "cli.compare_nothing": {
    zh: "{from} 年和 {to} 年都没有填报任何数字。{reasons}",
    en: "no figure is stated in {from} or {to}.{reasons}",
  },
  "cli.compare_nothing_of": {
    zh: "{from} 年和 {to} 年都没有填报 {metrics} 的数字。{reasons}",
    en: "no figure of {metrics} is stated in {from} or {to}.{reasons}",
  },
  "cli.compare_unstated": {
    zh: "没有机关在 {from} 年或 {to} 年填报 {metric}。{reasons}",
    en: "no body states {metric} in {from} or {to}.{reasons}",
  },
  "cli.compare_no_report": { zh: "{entity}（没有 {year} 年的报告）", en: "{entity} (no {year} report)" },
  "cli.compare_one_sided": {
    zh: "以下机关只有一年可比：{entities}；补充缺少年份的数据集后才能比较。",
    en: "compared on one year only: {entities}; add the missing year's dataset to compare them.",
  },
  "cli.compare_head": { zh: "{from} → {to}：{count} 个序列", en: "{from} → {to}: {count} series" },
  "cli.trend_nothing": {
    zh: "{whose}没有填报 {what}：它属于{layouts}的报告{crosswalk}，而数据中的报告年份是 {held}。",
    en: "no body{whose} states {what}: it belongs to the {layouts} reports{crosswalk}, and the data holds report years {held}.",
  },
  "cli.trend_nothing_whose_all": { zh: "所有机关都", en: "" },
  "cli.trend_nothing_whose": { zh: "{entities} 都", en: " of {entities}" },
  "cli.trend_nothing_crosswalk": {
    zh: "（更早的报告在有对应指标时通过模板对照读取）",
    en: " (older ones through the crosswalk, where it has a counterpart)",
  },
  "cli.trend_left_out": {
    zh: "{entities} 没有 {what} 的数字，未列入。",
    en: "no figure of {what} for {entities}; they are left out.",
  },
  "cli.peers_nothing": {
    zh: "没有同级机关在 {year} 年填报 {what}，无法排名（{why}）。",
    en: "no peer states {what} in {year}, so there is nothing to rank ({why}).",
  },
  "cli.peers_nothing_quiet": {
    zh: "去掉 --quiet 后，每个机关的原因会以警告列出",
    en: "without --quiet a warning says why for each body",
  },
  "cli.peers_nothing_above": { zh: "上面的警告列出了每个机关的原因", en: "the warnings above say why for each body" },
  "cli.breakdown_nothing": {
    zh: "{group}没有足够的已填报数字来计算占比{year}：占比需要该部分以及各部分之和或总数已填报。",
    en: "no {group} has enough stated figures for a share{year}: a share needs the part and the sum of its parts or the whole stated.",
  },
  "cli.breakdown_nothing_any": { zh: "任何分组都", en: "group" },
  "cli.breakdown_nothing_group": { zh: "分组 {group} ", en: "{group} group" },
  "cli.breakdown_nothing_year": { zh: "（{year} 年）", en: " in {year}" },
  "cli.breakdown_head": {
    zh: "「占分项合计」除以该组各分项之和；「占总数」除以报告给出的总数（一项计入多个分项时两者不同）。",
    en: "% of Σ parts divides by the sum of the group's parts; % of whole by the declared whole (they differ when one item counts in several parts).",
  },
  "cli.coverage_years_and_expect": {
    zh: "只给 --years（表中的年份，全部应有）或 --expect（各机关自身年份范围之外还应有的年份）之一，不要同时给",
    en: "give --years (the grid's years, all expected) or --expect (years expected besides each body's span), not both",
  },
  "cli.year_list_invalid": {
    zh: "无效的 {option}「{value}」：应为四位数的年份、范围（如 2019-2025）或列表（如 2023,2025）",
    en: 'invalid {option} "{value}": expected four-digit years, a range such as 2019-2025 or a list such as 2023,2025',
  },
  "cli.audit_summary": {
    zh: "核查了 {reports} 份报告，运行了 {checks} 项检查：{errors} 个错误，{warnings} 个警告，{notes} 个提示",
    en: "{reports} report(s) audited, {checks} checks ran: {errors} error(s), {warnings} warning(s), {notes} note(s)",
  },
  "cli.audit_no_findings": {
    zh: "没有发现问题：所有能核对的数字都一致",
    en: "no findings: every figure that could be checked agrees",
  },
  "cli.validate_summary": {
    zh: "{rows} 行，{entities}，年份 {years}，{metrics} 个指标：{printed} 个印于报告，{derived} 个推算，{unknown} 个未填报。没有问题。",
    en: "{rows} rows, {entities}, years {years}, {metrics} metrics: {printed} printed, {derived} derived, {unknown} not stated. No problems.",
  },
  "cli.entity_count_one": { zh: "1 个机关", en: "1 entity" },
  "cli.entity_count": { zh: "{count} 个机关", en: "{count} entities" },
  "cli.catalogue_metrics": { zh: "指标（{count}）", en: "Metrics ({count})" },
  "cli.catalogue_groups": { zh: "分组（{count}）", en: "Groups ({count})" },
  "cli.catalogue_crosswalk": { zh: "模板对照（{count}）", en: "Crosswalk ({count})" },
  "cli.chart_wrote": { zh: "已写入 {path}（{format}）", en: "wrote {path} ({format})" },
  "cli.chart_from_not_before_to": { zh: "--from {from} 必须早于 --to {to}", en: "--from {from} must be before --to {to}" },
  "cli.wide_needs_years": {
    zh: "--wide 需要含年份列和数值列的表（trend、peers、breakdown），或 compare 的两个年份",
    en: "--wide needs a table with a year and a value column (trend, peers, breakdown) or compare's two years",
  },
  "cli.format_unknown": {
    zh: "未知的 --format「{value}」：应为 {expected} 之一",
    en: 'unknown --format "{value}": expected one of {expected}',
  },

  // ---- add-year
  "cli.add_year_bulk_and_one": {
    zh: "--bulk 读取一个报告文件夹；不要同时给出机关、年份或 --from-report",
    en: "--bulk takes a folder of reports; give no entity, year or --from-report with it",
  },
  "cli.add_year_usage": {
    zh: "用法：add-year <机关代码> <年份> --from-report <文件>，或 add-year --bulk <文件夹>",
    en: "usage: add-year <entity> <year> --from-report <file>, or add-year --bulk <folder>",
  },
  "cli.add_year_year_invalid": {
    zh: "无效的年份「{value}」：应为四位数的年份，如 2017",
    en: 'invalid year "{value}": expected a four-digit year such as 2017',
  },
  "cli.add_year_entity_invalid": {
    zh: "无效的机关代码「{value}」：只能用小写字母、数字和连字符（它是文件夹名），如 huaian-hongze",
    en: 'invalid entity id "{value}": use lower-case letters, digits and hyphens (it is a folder name), e.g. huaian-hongze',
  },
  "cli.add_year_no_year": {
    zh: "{name}：标题中没有年份；请把文件命名为 <机关代码>-<年份>{ext}，或单独添加它",
    en: "{name}: the title gives no year; name the file <entity>-<year>{ext} or add it on its own",
  },
  "cli.add_year_year_differs": {
    zh: "{name}：报告标题写的是 {title_year} 年，不是 {year} 年；请检查文件，或加 --force 按 {year} 年添加",
    en: "{name}: the report's title says {title_year}, not {year}; check the file, or pass --force to add it as {year}",
  },
  "cli.add_year_exists": { zh: "{path} 已存在；加 --force 可替换它", en: "{path} already exists; pass --force to replace it" },
  "cli.add_year_others_fail": {
    zh: "{path} 中其他年份的数据有问题，未纳入核查（请运行 validate）",
    en: "the other years in {path} have problems; they were left out of the audit (run validate)",
  },
  "cli.add_year_no_entity": { zh: "{path} 中没有机关信息", en: "{path} holds no entity" },
  "cli.add_year_wrote": {
    zh: "已写入 {path}：从 {report} 读出 {figures} 个数字（{body} {year}，{layout} 年模板）",
    en: "wrote {path}: {figures} figure(s) from {report} ({body} {year}, layout {layout})",
  },
  "cli.add_year_body_not_found": { zh: "未找到机关名称", en: "body not found" },
  "cli.add_year_wrote_entity": {
    zh: "已为新机关写入 {path}；如 name_en、level、province 为空，请补填",
    en: "wrote {path} for a new entity; fill in name_en, level and province if blank",
  },
  "cli.add_year_unassigned": {
    zh: "报告中有 {count} 个数字没有对应的指标（请人工核对）：",
    en: "{count} number(s) in the report no metric took (check them by hand):",
  },
  "cli.add_year_audit_clean": {
    zh: "核查：没有发现问题，所有能核对的数字都一致",
    en: "audit: no findings: every figure that could be checked agrees",
  },
  "cli.add_year_audit_findings": { zh: "核查：发现 {count} 个问题", en: "audit: {count} finding(s)" },
  "cli.add_year_bulk_not_folder": { zh: "--bulk：{path} 不是报告文件夹", en: "--bulk: {path} is not a folder of reports" },
  "cli.add_year_bulk_empty": {
    zh: "--bulk：{path} 中没有报告（.pdf、.docx、.html、.htm 或 .txt 文件）",
    en: "--bulk: {path} holds no reports (.pdf, .docx, .html, .htm or .txt files)",
  },
  "cli.add_year_no_entity_in_name": { zh: "文件名中没有机关代码；请加 --entity", en: "no entity id in the file name; pass --entity" },
  "cli.add_year_skipped": { zh: "已跳过：{reason}", en: "skipped: {reason}" },
  "cli.add_year_failed": { zh: "失败：{reason}", en: "failed: {reason}" },
  "cli.add_year_at_line": { zh: "第 {line} 行第 {column} 列：{reason}", en: "line {line}, column {column}: {reason}" },

  // ---- export
  "cli.export_what_count": {
    zh: "给了 {what} 个 --what，却有 {out} 个 --out：每种输出给一个文件，顺序相同",
    en: "{what} --what but {out} --out: give one output file per kind, in the same order",
  },
  "cli.export_swept": {
    zh: "已删除 {count} 个中断的导出留在 {path} 旁的临时文件",
    en: "removed {count} temporary file(s) an interrupted export left beside {path}",
  },
  "cli.export_wrote": { zh: "已写入 {path}：{kind} {rows} 行{note}", en: "wrote {rows} {kind} rows to {path}{note}" },
  "cli.export_gaps": {
    zh: "（{count} 个增长率为空：上一年缺失、未填报或为 0）",
    en: " ({count} growths null: prior year missing, not stated or 0)",
  },
  "cli.export_format_unknown_file": {
    zh: "无法判断「{path}」的格式：请把文件命名为 .csv、.parquet 或 .xlsx，或加 --format csv|parquet|xlsx",
    en: 'cannot tell the format of "{path}": name it .csv, .parquet or .xlsx, or pass --format csv|parquet|xlsx',
  },
  "cli.export_xlsx_too_long": {
    zh: "{path}：超过 {rows} 行，一张 Excel 工作表放不下；请改写 .csv 或 .parquet",
    en: "{path}: more than {rows} rows, past what one Excel sheet holds; write .csv or .parquet instead",
  },

  // ---- charts
  "cli.chart_format_unknown": {
    zh: "无法判断图表「{path}」的格式：文件名应以 {extensions} 结尾",
    en: 'cannot tell the chart format of "{path}": end the file name with {extensions}',
  },
  "cli.cjk_font_missing": {
    zh: "无法绘制中文：找不到中文字体 {font}（{found}）；请运行 npm install（它是 disclosure-trends 的依赖）",
    en: "cannot draw Chinese text: the CJK font {font} was not found ({found}); run npm install (it is a dependency of disclosure-trends)",
  },
  "cli.cjk_font_no_package": { zh: "没有安装 {package} 包", en: "the package {package} is not installed" },
  "cli.cjk_font_no_file": { zh: "{path} 不存在", en: "{path} does not exist" },

  // ---- reuse
  "cli.reuse_no_wide": { zh: "--wide 把年份排成列；reuse 没有年份", en: "--wide puts years in columns; reuse has no years" },
  "cli.reuse_pairs_and_files": {
    zh: "--pairs 从列表中读取报告对；不要同时给出报告文件",
    en: "--pairs takes the pairs from its list; give no report files with it",
  },
  "cli.reuse_usage": {
    zh: "用法：reuse <旧报告> <新报告>（先给去年的报告，再给今年的），或 reuse --pairs <file.csv>",
    en: "usage: reuse <old> <new> (last year's report, then this year's), or reuse --pairs <file.csv>",
  },
  "cli.reuse_folder": {
    zh: "{path} 是一个文件夹；请给出一个报告文件，或用 --pairs 列出多对报告",
    en: "{path} is a folder; give one report file, or list pairs of reports with --pairs",
  },
  "cli.reuse_picture_page": {
    zh: "{name}：第 {page} 页是没有文字层的图片，其文字不参与比较",
    en: "{name}: page {page} is a picture with no text layer; its text is not compared",
  },
  "cli.reuse_picture_pages": {
    zh: "{name}：第 {pages} 页是没有文字层的图片，其文字不参与比较",
    en: "{name}: pages {pages} are pictures with no text layer; their text is not compared",
  },
  "cli.reuse_named": { zh: "{word}：{name}", en: "{word}: {name}" },
  "cli.reuse_word.section": { zh: "部分", en: "section" },
  "cli.reuse_word.units": { zh: "字数", en: "characters" },
  "cli.reuse_word.reused_units": { zh: "沿用字数", en: "reused" },
  "cli.reuse_word.reused_pct": { zh: "沿用比例", en: "reused %" },
  "cli.reuse_word.overall": { zh: "全文", en: "whole report" },
  "cli.reuse_word.tables_only": { zh: "（仅统计表）", en: " (tables only)" },
  "cli.reuse_word.passages": { zh: "最长的沿用段落", en: "longest reused passages" },
  "cli.reuse_word.sections_sheet": { zh: "各部分沿用比例", en: "reuse by section" },
  "cli.reuse_word.pairs_sheet": { zh: "逐对沿用比例", en: "reuse by pair" },
  "cli.reuse_word.length": { zh: "长度", en: "length" },
  "cli.reuse_word.in_new": { zh: "新报告位置", en: "in new" },
  "cli.reuse_word.in_old": { zh: "旧报告位置", en: "in old" },
  "cli.reuse_word.passage": { zh: "段落", en: "passage" },
  "cli.reuse_word.line": { zh: "行", en: "line" },
  "cli.reuse_word.old": { zh: "旧", en: "old" },
  "cli.reuse_word.new": { zh: "新", en: "new" },
  "cli.reuse_word.error": { zh: "无法比较的原因", en: "could not compare" },
  "cli.reuse_section.preamble": { zh: "标题与前言", en: "title and preamble" },
  "cli.reuse_section.overview": { zh: "总体情况", en: "overview" },
  "cli.reuse_section.proactive": { zh: "主动公开", en: "proactive disclosure" },
  "cli.reuse_section.requests": { zh: "依申请公开", en: "requests" },
  "cli.reuse_section.fees": { zh: "收费及减免", en: "fees and waivers" },
  "cli.reuse_section.review_litigation": { zh: "行政复议、行政诉讼", en: "reconsideration and litigation" },
  "cli.reuse_section.problems": { zh: "存在的主要问题及改进情况", en: "problems and improvements" },
  "cli.reuse_section.other_matters": { zh: "其他需要报告的事项", en: "other matters" },
  "cli.reuse_pair_list_missing": { zh: "没有这个报告对列表：{path}", en: "no such pair list: {path}" },
  "cli.reuse_pair_list_unreadable": { zh: "无法读取 {path}：{message}", en: "cannot read {path}: {message}" },
  "cli.reuse_pair_fields": {
    zh: "{path}:{line}：应为两个报告路径「旧,新」，实为 {count} 个字段：{text}；提示：每行一对，较早的报告在前；含逗号的路径请加引号",
    en: '{path}:{line}: expected two report paths "old,new", found {count} field(s): {text}; hint: one pair per line, the older report first; quote a path that holds a comma',
  },
  "cli.reuse_no_pairs": {
    zh: "{path} 没有列出任何报告对：应为「旧,新」形式、指向两个报告文件的行",
    en: '{path} lists no pairs: expected lines "old,new" naming two report files',
  },
  "cli.reuse_quote_open": {
    zh: '{path}:{line}：带引号的字段没有结束；提示：用 " 结束它',
    en: '{path}:{line}: a quoted field is not closed; hint: end it with "',
  },
  "cli.reuse_comma_expected": {
    zh: "{path}:{line}：带引号的字段后应为逗号，实为 {found}",
    en: "{path}:{line}: expected a comma after a quoted field, found {found}",
  },
  "cli.reuse_summary": {
    zh: "新报告 {units} 字中有 {reused} 字（{pct}）见于旧报告（连续相同、含 {k} 字以上文字的段落计为沿用，数字不计字数）",
    en: "{reused} of the new report's {units} characters ({pct}) are found in the old (identical runs holding {k} or more characters of words, figures not counted)",
  },
  "cli.reuse_no_text": {
    zh: "{name}：统计表之外没有正文，无法比较",
    en: "{name}: no text outside the statistical tables to compare",
  },
  "cli.reuse_pair_warning": { zh: "{list}:{line}：警告：{message}", en: "{list}:{line}: warning: {message}" },
  "cli.reuse_pair_error": { zh: "{list}:{line}：{message}", en: "{list}:{line}: {message}" },

  // ---- coverage (coverage-words.ts, coverage-warnings.ts)
  "cli.coverage_status.present": { zh: "已有报告", en: "report present" },
  "cli.coverage_status.failing": { zh: "数据未通过校验", en: "fails validation" },
  "cli.coverage_status.scope_changed": { zh: "统计范围改变", en: "scope changed" },
  "cli.coverage_status.derived": { zh: "仅有推算数字", en: "derived figures only" },
  "cli.coverage_status.missing": { zh: "缺少报告", en: "missing" },
  "cli.coverage_status.outside": { zh: "不要求", en: "not expected" },
  "cli.coverage_word.body": { zh: "机关", en: "body" },
  "cli.coverage_word.entity": { zh: "机关代码", en: "entity" },
  "cli.coverage_word.entity_name": { zh: "机关名称", en: "name" },
  "cli.coverage_word.year": { zh: "年份", en: "year" },
  "cli.coverage_word.status": { zh: "状态", en: "status" },
  "cli.coverage_word.expected": { zh: "应有", en: "expected" },
  "cli.coverage_word.problems": { zh: "问题数", en: "problems" },
  "cli.coverage_word.first_problem": { zh: "第一个问题", en: "first problem" },
  "cli.coverage_word.scope": { zh: "统计范围", en: "scope" },
  "cli.coverage_word.prior_scope": { zh: "上一份报告的统计范围", en: "prior report's scope" },
  "cli.coverage_word.prior_scope_year": { zh: "上一份报告年份", en: "prior report's year" },
  "cli.coverage_word.scope_changed": { zh: "统计范围改变", en: "scope changed" },
  "cli.coverage_word.latest_missing": { zh: "缺最新年份", en: "latest year missing" },
  "cli.coverage_word.symbol": { zh: "符号", en: "symbol" },
  "cli.coverage_word.meaning": { zh: "含义", en: "meaning" },
  "cli.coverage_word.legend": { zh: "图例", en: "legend" },
  "cli.coverage_word.coverage": { zh: "覆盖情况", en: "coverage" },
  "cli.coverage_missing_one": { zh: "警告：缺少 1 份应有的报告", en: "warning: 1 expected report is missing" },
  "cli.coverage_missing": { zh: "警告：缺少 {count} 份应有的报告", en: "warning: {count} expected reports are missing" },
  "cli.coverage_not_published": {
    zh: "  未发布 {year} 年报告（{count}/{bodies} 个机关）：{names}",
    en: "  not published {year} ({count} of {bodies} bodies): {names}",
  },
  "cli.coverage_other_missing": { zh: "  其他缺少的年份：{names}", en: "  other years missing: {names}" },
  "cli.coverage_more": { zh: "…（另有 {count} 个）", en: "… ({count} more)" },
  "cli.coverage_failing_one": {
    zh: "警告：1 份报告未通过校验{other}；`disclosure-trends validate` 列出全部问题",
    en: "warning: 1 report fails validation{other}; `disclosure-trends validate` lists every problem",
  },
  "cli.coverage_failing": {
    zh: "警告：{count} 份报告未通过校验{other}；`disclosure-trends validate` 列出全部问题",
    en: "warning: {count} reports fail validation{other}; `disclosure-trends validate` lists every problem",
  },
  "cli.coverage_other_problem_one": {
    zh: "，另有 1 个问题不属于任何一个机关的某一年",
    en: ", and 1 problem is in no one body's year",
  },
  "cli.coverage_other_problems": {
    zh: "，另有 {count} 个问题不属于任何一个机关的某一年",
    en: ", and {count} problems are in no one body's year",
  },
  "cli.coverage_no_years": { zh: "没有年份", en: "no years" },
  "cli.coverage_head_one": { zh: "1 个机关，{span}", en: "1 body, {span}" },
  "cli.coverage_head": { zh: "{count} 个机关，{span}", en: "{count} bodies, {span}" },
  "cli.coverage_head_separator": { zh: "；", en: "; " },
  "cli.coverage_rule": { zh: "缺少：机关年份范围内某年没有报告", en: "missing: no report for a year within a body's span" },
  "cli.coverage_rule_expected": {
    zh: "缺少：{years} 年没有报告，或机关年份范围内某年没有报告",
    en: "missing: no report for {years}, or for a year within a body's span",
  },
  "cli.coverage_problem_one": { zh: "1 个问题", en: "1 problem" },
  "cli.coverage_problems_n": { zh: "{count} 个问题", en: "{count} problems" },
  "cli.coverage_not_kept": { zh: "（未保留）", en: "(not kept)" },
  "cli.coverage_failing_body": {
    zh: "未通过校验：{body}：{problems}，第一个：{first}",
    en: "failing validation: {body}: {problems}, first: {first}",
  },
  "cli.coverage_failing_year": {
    zh: "未通过校验：{body} {year}：{problems}，第一个：{first}",
    en: "failing validation: {body} {year}: {problems}, first: {first}",
  },
  "cli.coverage_scope_changed": {
    zh: "统计范围改变：{body} {year}：{scope}（{prior_year}：{prior}）",
    en: "scope changed: {body} {year}: {scope} ({prior_year}: {prior})",
  },
  "cli.coverage_failing_other": {
    zh: "未通过校验，问题在涉及多个机关或年份的文件中：{problems}，第一个：{first}",
    en: "failing validation, in files of several bodies or years: {problems}, first: {first}",
  },
  "cli.coverage_more_details": {
    zh: "……另有 {count} 条（--format csv 列出每一格）",
    en: "… and {count} more (--format csv lists every cell)",
  },
  "cli.coverage_scope_problem": {
    zh: "警告：{problem}；该机关的统计范围变化不予显示",
    en: "warning: {problem}; scope changes of that body are not shown",
  },
});
