/**
 * The catalogue's `scope.` messages: what a body's reports count (全区, 本级, 办公室) and its changes, and
 * the report page's section on text reused from the year before's report (`scope.reuse_*`), the other
 * over-time view of a body this area was made for.
 */
import { defineMessages } from "./message.js";

export const SCOPE_MESSAGES = defineMessages({
  "scope.column": { zh: "统计范围", en: "scope" },
  "scope.change": { zh: "{from}→{to}", en: "{from} → {to}" },
  "scope.kind.whole_area": { zh: "全域（全市、全区、全县）", en: "the whole area (「全市」, 「全区」, 「全县」)" },
  "scope.kind.this_level": { zh: "本级", en: "this level of government (「本级」)" },
  "scope.kind.this_office": { zh: "本机关（办公室）", en: "this office alone (「办公室」, 「本机关」)" },
  "scope.detected": {
    zh: "统计范围：{scope}（{kind}），见{where}：“{sentence}”",
    en: "scope: {scope} ({kind}), from {where}: “{sentence}”",
  },
  "scope.at_page_line": { zh: "第 {page} 页第 {line} 行", en: "page {page}, line {line}" },
  "scope.at_line": { zh: "第 {line} 行", en: "line {line}" },
  "scope.in_report": { zh: "报告正文", en: "the report's text" },
  "scope.not_detected": {
    zh: "统计范围：报告未说明（需要时在 entity.json 的 scope 中手工填写）",
    en: 'scope: the report does not say (set it by hand in entity.json\'s "scope" when needed)',
  },
  "scope.written": { zh: "已将 {year} 年的统计范围“{scope}”写入 {file}", en: 'wrote {year}\'s scope "{scope}" into {file}' },
  "scope.hand_set_kept": {
    zh: "{file} 中手工填写的 {year} 年统计范围“{set}”与报告所述“{detected}”不一致，保留手工填写的值；请核对（{where}：“{sentence}”）",
    en: '{file} sets {year}\'s scope by hand to "{set}", but the report says "{detected}"; the hand-set scope is kept: check it ({where}: “{sentence}”)',
  },
  "scope.help_report_texts": {
    zh: "已发布的报告所在的文件夹（文件名如 <entity>-<year>.txt/.html/.docx/.pdf）：有相邻两年报告的机构，其页面显示最新报告的文字有多少已见于上一年的报告",
    en: "the published reports, named <entity>-<year>.txt/.html/.docx/.pdf: each body's page shows how much of its latest report's text the year before's already had",
  },
  "scope.reuse_heading": { zh: "与上一年报告的文字重复", en: "Text reused from the year before's report" },
  "scope.reuse_overall": {
    zh: "{new_year}年报告正文中有{pct}的文字（{units}个字中的{reused}个）在{old_year}年报告中出现过。",
    en: "{pct} of the running text of the {new_year} report ({reused} of {units} characters) is found in the {old_year} report.",
  },
  "scope.reuse_no_text": {
    zh: "{year}年报告除统计表外没有可比较的正文。",
    en: "The {year} report has no running text to compare outside its tables.",
  },
  "scope.reuse_how": {
    zh: "连续{k}个字以上相同计为重复；统计表不计，数字与任何数字视为相同（与 reuse 命令的默认口径一致）。比较的文件：{old_file}、{new_file}。",
    en: "A run of at least {k} identical characters counts as reused; the statistical tables are left out and any figure matches any figure (the reuse command's defaults). Files compared: {old_file}, {new_file}.",
  },
  "scope.reuse_section": { zh: "部分", en: "Section" },
  "scope.reuse_units": { zh: "字数", en: "Characters" },
  "scope.reuse_reused_units": { zh: "重复字数", en: "Reused" },
  "scope.reuse_pct": { zh: "重复比例", en: "Reused share" },
  "scope.reuse_passages": { zh: "最长的{count}段重复文字", en: "The {count} longest reused passages" },
  "scope.reuse_passage_place": {
    zh: "{length}个字；{new_year}年报告{new_place}，{old_year}年报告{old_place}",
    en: "{length} characters; {new_year} report {new_place}, {old_year} report {old_place}",
  },
});
