/**
 * The catalogue's `claim.` messages: what the narrative claims audit says about each claim of a report's
 * running text. `{arithmetic}` is the sum or quotient as numbers and operators ("(272 + 3) ÷ 811"), the
 * same in both languages; report words (categories, subjects) are quoted in 「」 in the English texts.
 */
import { defineMessages } from "./message.js";

export const CLAIM_MESSAGES = defineMessages({
  // ── what each claim check compares (CHECK_IDS) ───────────────────────────
  "claim.check.share": {
    zh: "正文在数字旁写的占比，对照表三和正文写明的答复总数",
    en: "a share the narrative prints beside a count, against table III and the answers it states",
  },
  "claim.check.growth": {
    zh: "正文写的同比增长，对照上一年的数字",
    en: "a growth on the prior year the narrative prints, against the prior year's figure",
  },
  "claim.check.ratio": {
    zh: "正文写的“是某年的N倍”，对照两年的数字",
    en: "a multiple of an earlier year the narrative prints, against both years' figures",
  },
  "claim.check.total": {
    zh: "正文写的合计、共计、总计，对照同一句中列出的各项",
    en: "a total the narrative prints, against the parts it lists before it",
  },
  "claim.check.timeliness": {
    zh: "“均在法定期限内答复”，对照结转下年度或延期办结的申请数",
    en: "'all answered within the time limit', against the requests carried over or extended",
  },
  "claim.check.other_year": {
    zh: "以别的年份开头、却像本年一样写数字的句子",
    en: "a sentence about an earlier year stating figures as this year's",
  },
  "claim.check.identical_table": {
    zh: "本年的表格数字对照上一年的数据集（照抄的表格）",
    en: "this year's table figures against the prior year's dataset (a copied table)",
  },
  // ── verdict words ────────────────────────────────────────────────────────
  "claim.verdict.agrees": { zh: "相符", en: "agrees" },
  "claim.verdict.disagrees": { zh: "不符", en: "does not agree" },
  "claim.verdict.truncated": { zh: "截断而非四舍五入", en: "truncated, not rounded" },
  // ── shares ───────────────────────────────────────────────────────────────
  "claim.share.arithmetic": {
    zh: "{category} {arithmetic} = {computed}%，报告称 {printed}%：{verdict}",
    en: "「{category}」 {arithmetic} = {computed}%, the report says {printed}%: {verdict}",
  },
  "claim.share.rounded": {
    zh: "（按报告的精度应为 {rounded}%）",
    en: " ({rounded}% at the printed precision)",
  },
  "claim.share.other_basis": {
    zh: "；按{basis}则为 {arithmetic} = {computed}%",
    en: "; against {basis} it would be {arithmetic} = {computed}%",
  },
  "claim.share.basis_table": { zh: "表三的数字", en: "table III's figures" },
  "claim.share.basis_text": { zh: "正文的数字", en: "the text's figures" },
  "claim.share.count_differs": {
    zh: "报告称{category} {count} 件，表三为 {arithmetic} = {sum} 件：不符。",
    en: "the report says 「{category}」 {count}, table III gives {arithmetic} = {sum}: does not agree. ",
  },
  "claim.share.unknown_category": {
    zh: "「{category}」{count} 件占 {printed}% 无法核对：不知道它是哪一项的占比（表三办理结果各类别之外的占比，与正文写明的答复数或申请数相符才算核对过）。",
    en: "「{category}」 {count} at {printed}% could not be checked: it is not known what this is a share of (outside table III's result categories, a share counts as checked only when it agrees with the answers or requests the text states).",
  },
  "claim.share.no_denominator": {
    zh: "{category} {count} 件占 {printed}% 无法核对：正文没有写明答复总数，表三也没有办理结果总计。",
    en: "「{category}」 {count} at {printed}% could not be checked: the text states no count of answers and table III no results total.",
  },
  // ── growth ───────────────────────────────────────────────────────────────
  "claim.growth.percent": {
    zh: "{subject}：({value} − {prior}) ÷ {prior} = {computed}%，报告称{direction} {printed}%：{verdict}{rounded}{priorFrom}",
    en: "「{subject}」: ({value} − {prior}) ÷ {prior} = {computed}%, the report says {direction} {printed}%: {verdict}{rounded}{priorFrom}",
  },
  "claim.growth.change": {
    zh: "{subject}：{value} − {prior} = {computed}，报告称{direction} {printed}：{verdict}{priorFrom}",
    en: "「{subject}」: {value} − {prior} = {computed}, the report says {direction} {printed}: {verdict}{priorFrom}",
  },
  "claim.growth.up": { zh: "增长", en: "up" },
  "claim.growth.down": { zh: "下降", en: "down" },
  "claim.growth.rounded": { zh: "（按报告的精度应为 {rounded}%）", en: " ({rounded}% at the printed precision)" },
  "claim.growth.prior_in_sentence": {
    zh: "（{year} 年的数字 {prior} 见同一句）",
    en: " (the {year} figure {prior} is stated in the same sentence)",
  },
  "claim.growth.prior_from_dataset": {
    zh: "（{year} 年的数字 {prior} 来自 {year} 年的数据集：{metrics}）",
    en: " (the {year} figure {prior} is from the {year} dataset: {metrics})",
  },
  "claim.growth.no_subject": {
    zh: "{direction} {printed}{unit} 无法核对：句中没有写明增长的是哪个数字。",
    en: "{direction} {printed}{unit} could not be checked: the sentence states no figure it is a growth of.",
  },
  "claim.growth.no_prior": {
    zh: "{subject}：{direction} {printed}{unit} 无法核对：句中没有 {year} 年的数字，数据集中也没有 {year} 年的{metrics}。",
    en: "「{subject}」: {direction} {printed}{unit} could not be checked: the sentence states no {year} figure and the datasets hold no {year} figure of {metrics}.",
  },
  "claim.growth.unknown_item": {
    zh: "{subject}：{direction} {printed}{unit} 无法核对：句中没有 {year} 年的数字，{value} 也对不上本报告的任何统计项，无法从数据集中取上一年的数字。",
    en: "「{subject}」: {direction} {printed}{unit} could not be checked: the sentence states no {year} figure, and {value} is no catalogue figure of this report, so the datasets cannot give the prior year's.",
  },
  "claim.scope_changed": {
    zh: "无法核对：{year} 年的报告统计的是{from}，{reportYear} 年的是{to}，两年的数字不可直接比较。",
    en: "could not be checked: the {year} report counts 「{from}」, the {reportYear} report 「{to}」; the two years' figures are not comparable.",
  },
  // ── ratios ───────────────────────────────────────────────────────────────
  "claim.ratio.arithmetic": {
    zh: "{subject}：{value} ÷ {prior} = {computed} 倍，报告称是 {year} 年的 {printed} 倍：{verdict}{rounded}{others}",
    en: "「{subject}」: {value} ÷ {prior} = {computed} times, the report says {printed} times the {year} figure: {verdict}{rounded}{others}",
  },
  "claim.ratio.rounded": { zh: "（按报告的精度应为 {rounded} 倍）", en: " ({rounded} at the printed precision)" },
  "claim.ratio.others": {
    zh: "；句中其他数字与 {prior} 之比：{ratios}",
    en: "; the sentence's other figures against {prior}: {ratios}",
  },
  "claim.ratio.no_figures": {
    zh: "是 {year} 年的 {printed} 倍 无法核对：句中没有写明{missing}。",
    en: "{printed} times the {year} figure could not be checked: the sentence does not state {missing}.",
  },
  "claim.ratio.missing_value": { zh: "本年的数字", en: "this year's figure" },
  "claim.ratio.missing_prior": { zh: "{year} 年的数字", en: "the {year} figure" },
  // ── totals ───────────────────────────────────────────────────────────────
  "claim.total.arithmetic": {
    zh: "{word} {total}{unit}：{arithmetic} = {sum}{unit}：{verdict}",
    en: "「{word}」 {total} {unit}: {arithmetic} = {sum} {unit}: {verdict}",
  },
  // ── timeliness ───────────────────────────────────────────────────────────
  "claim.timeliness.none_deferred": {
    zh: "称均在法定期限内答复；{what} {deferred} 件：相符",
    en: "says every request was answered within the time limit; {what}: {deferred}: agrees",
  },
  "claim.timeliness.named": {
    zh: "称均在法定期限内答复，并写明了顺延或结转的申请；{what} {deferred} 件：相符",
    en: "says every request was answered within the time limit and names those carried over or extended; {what}: {deferred}: agrees",
  },
  "claim.timeliness.deferred": {
    zh: "称均在法定期限内答复，但{what} {deferred} 件尚未答复，句中没有提到：“均”只能指已答复的申请（不一定是错误，结转的申请可能仍在期限内）。",
    en: "says every request was answered within the time limit, but {what}: {deferred} not yet answered, which the sentence does not mention: 「均」 can only mean the requests answered (not necessarily an error: requests carried over may still be within their time limit).",
  },
  "claim.timeliness.carried_out": { zh: "表三结转下年度继续办理", en: "table III carries over to next year" },
  "claim.timeliness.extended": { zh: "延期办结", en: "requests closed after an extension" },
  "claim.timeliness.unchecked": {
    zh: "称均在法定期限内答复，无法核对：报告没有写明结转下年度继续办理（或延期办结）的申请数。",
    en: "says every request was answered within the time limit; could not be checked: the report states no count of requests carried over (or extended).",
  },
  // ── another year ────────────────────────────────────────────────────────
  "claim.other_year.sentence": {
    zh: "这一句讲的是 {year} 年，报告是 {reportYear} 年的：它写的 {figures} 不是本年的数字（可能照抄了上一年的报告），这些数字未计入。",
    en: "this sentence is about {year}, the report about {reportYear}: the figures it states ({figures}) are not this year's (perhaps copied from the earlier report) and are not counted.",
  },
  "claim.other_year.same_as_dataset": {
    zh: "其中 {same} 与 {year} 年数据集的数字相同。",
    en: " Of these, {same} equal the {year} dataset's figures.",
  },
  // ── identical tables ─────────────────────────────────────────────────────
  "claim.identical.flag": {
    zh: "本年的表格数字与 {prior} 年数据集的 {shared} 个共有项中有 {same} 个相同（{share}%，不计两年都为 0 的项）：表格可能照抄了上一年。",
    en: "this year's table figures equal the {prior} dataset's on {same} of {shared} shared items ({share}%, items that are 0 in both years left out): the table may be copied from the year before.",
  },
  "claim.identical.differs": {
    zh: "本年的表格数字与 {prior} 年数据集的 {shared} 个共有项中有 {same} 个相同（{share}%）：不像照抄。",
    en: "this year's table figures equal the {prior} dataset's on {same} of {shared} shared items ({share}%): not a copy.",
  },
  // ── the audit of a report file ───────────────────────────────────────────
  "claim.help.path": {
    zh: "一个数据集文件夹或包含多个数据集文件夹的文件夹（datasets/），或一份报告文件（.txt、.html、.pdf、.docx）",
    en: "a dataset folder or a folder of them (datasets/), or one report file (.txt, .html, .pdf, .docx)",
  },
  "claim.help.datasets": {
    zh: "审核单个报告文件时，从这个数据集目录取上一年的数字（核对同比增长、倍数和照抄的表格）",
    en: "when auditing one report file, the datasets folder with the prior years (for growths, multiples and copied tables)",
  },
  "claim.help.texts": {
    zh: "同时核对这些目录中已发布报告正文的声明（文件名为 <机构编号>-<年份>.txt/.html/.pdf/.docx）",
    en: "also check the narrative claims of the published reports in these folders (named <entity-id>-<year>.txt/.html/.pdf/.docx)",
  },
  "claim.summary": {
    zh: "正文声明及表格比对 {claims} 项：核对 {checked} 项，相符 {matched} 项，有问题 {flagged} 项，无法核对 {unchecked} 项",
    en: "{claims} narrative claim(s) and table comparison(s): {checked} checked, {matched} agree, {flagged} flagged, {unchecked} could not be checked",
  },
  "claim.no_year": {
    zh: "{file}：看不出报告的年份（标题和文件名都没有写明），无法核对正文的声明；请把文件改名为 <机构编号>-<年份>.<扩展名>，如 huaian-hongze-2024.pdf。",
    en: "{file}: the report's year cannot be told (neither its title nor its file name says it), so its claims cannot be checked; name the file <entity-id>-<year>.<ext>, e.g. huaian-hongze-2024.pdf.",
  },
  "claim.no_entity": {
    zh: "{file}：文件名没有给出机构编号（应为 <机构编号>-<年份>.txt），无法从 --datasets 找到上一年的数字；请用 --entity 指定。",
    en: "{file}: the file name gives no body id (expected <entity-id>-<year>.txt), so the prior year cannot be found in --datasets; give it with --entity.",
  },
  "claim.texts_not_folder": {
    zh: "--texts 只用于数据集目录：{path} 是一个报告文件，直接运行 audit {path}",
    en: "--texts goes with a datasets folder: {path} is a report file, run audit {path} on its own",
  },
  "claim.texts_none": {
    zh: "{folders} 中没有数据集里的机构和年份的报告（文件名应为 <机构编号>-<年份>.txt 等）",
    en: "no report in {folders} is of a body and year the datasets hold (file names like <entity-id>-<year>.txt)",
  },
});
