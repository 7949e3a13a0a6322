/** Messages every part of the tool shares: how an error starts, list punctuation. */
import { defineMessages } from "./message.js";

export const GENERAL_MESSAGES = defineMessages({
  "general.error": { zh: "错误：{message}", en: "error: {message}" },
  "general.unexpected": { zh: "意外错误（请报告此问题）：\n{details}", en: "unexpected error (please report it):\n{details}" },
  "general.see_help": { zh: "（加 --help 查看用法）", en: "(run with --help for usage)" },
  "general.list_separator": { zh: "、", en: ", " },
});
