/** The catalogue's `scope.` messages: what a body's reports count (全区, 本级, 办公室) and its changes. */
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
  "scope.at_page_line": { zh: "第{page}页第{line}行", en: "page {page}, line {line}" },
  "scope.at_line": { zh: "第{line}行", en: "line {line}" },
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
});
