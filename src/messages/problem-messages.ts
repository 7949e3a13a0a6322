/**
 * The catalogue's `problem.` messages: how a data problem is worded and listed (its one-line message,
 * hint, the counts after a list), and what each problem code means.
 */
import { defineMessages } from "./message.js";

export const PROBLEM_MESSAGES = defineMessages({
  "problem.message": { zh: "{where}: {what}：应为{expected}，实为{found}", en: "{where}: {what}: expected {expected}, got {found}" },
  "problem.hint": { zh: "提示：{hint}", en: "hint: {hint}" },
  "problem.more_not_shown": { zh: "……另有 {n} 个问题未列出", en: "… and {n} more problem(s) not shown" },
  "problem.and_more": { zh: "{head}（另有 {n} 个问题）", en: "{head} (and {n} more problem(s))" },
  "problem.invalid_data": { zh: "数据有误", en: "invalid data" },
  "problem.note": { zh: "注意：{note}", en: "note: {note}" },
  "problem.more_chars": { zh: "…（另 {n} 字）", en: "…({n} more)" },
  "problem.code.E_EMPTY_FILE": { zh: "文件没有表头或没有数据行", en: "the file has no header or no data rows" },
  "problem.code.E_ENCODING": {
    zh: "字节既不是 UTF-8 也不是 GB18030（或是不带字节顺序标记的 UTF-16）",
    en: "the bytes are neither UTF-8 nor GB18030 (or UTF-16 without a byte-order mark)",
  },
  "problem.code.E_BAD_FILE_NAME": { zh: "数据文件须以 <年份>.csv 命名", en: "a dataset file must be named <year>.csv" },
  "problem.code.E_MISSING_COLUMN": { zh: "表头缺少必需的列", en: "a required column is missing from the header" },
  "problem.code.E_UNKNOWN_COLUMN": { zh: "表头含有格式中没有的列", en: "the header names a column the format does not have" },
  "problem.code.E_DUPLICATE_COLUMN": { zh: "表头中同一列出现两次", en: "the header names a column twice" },
  "problem.code.E_FIELD_COUNT": { zh: "该行字段数与表头不同", en: "the row has more or fewer fields than the header" },
  "problem.code.E_CSV_SYNTAX": { zh: "CSV 无法解析（引号未闭合等）", en: "the CSV cannot be parsed (an unclosed quote, …)" },
  "problem.code.E_UNKNOWN_METRIC": { zh: "指标编号不在指标目录中", en: "the metric id is not in the catalogue" },
  "problem.code.E_NOT_A_NUMBER": { zh: "此处应为数字", en: "a number was expected" },
  "problem.code.E_UNIT_IN_VALUE": { zh: "数值带有“万”“亿”等单位字", en: 'the value carries a unit word such as "万" or "亿"' },
  "problem.code.E_NEGATIVE": { zh: "数量或金额不能为负", en: "a count or amount cannot be negative" },
  "problem.code.E_FRACTIONAL": { zh: "数量须为整数", en: "a count must be a whole number" },
  "problem.code.E_SHARE_RANGE": { zh: "占比须在 0 到 100% 之间", en: "a share must be between 0 and 100 percent" },
  "problem.code.E_BAD_BASIS": { zh: "basis 须为 printed 或 derived", en: "basis must be printed or derived" },
  "problem.code.E_BAD_APPLICANT": {
    zh: "申请人列的申请人类型未知，或该指标不按申请人分列",
    en: "the applicant column holds an unknown applicant type, or the metric has no applicant split",
  },
  "problem.code.E_DUPLICATE": {
    zh: "同一主体、年份、指标和申请人出现两次",
    en: "the same entity, year, metric and applicant appear twice",
  },
  "problem.code.E_YEAR_MISMATCH": { zh: "年份列与文件名不符", en: "the year column contradicts the file name" },
  "problem.code.E_ENTITY_MISMATCH": { zh: "主体列与文件夹名不符", en: "the entity column contradicts the folder name" },
  "problem.code.E_UNKNOWN_ENTITY": { zh: "主体没有元数据（entity.json）", en: "the entity has no metadata (entity.json)" },
  "problem.code.E_BAD_ENTITY_INFO": { zh: "entity.json 无效", en: "entity.json is not valid" },
  "problem.code.E_NO_DATASET": { zh: "该路径下没有数据文件", en: "the path holds no dataset files" },
  "problem.code.E_NOT_FOUND": { zh: "路径不存在", en: "the path does not exist" },
  "problem.code.E_WORKBOOK": {
    zh: "工作簿无法安全读取（压缩包损坏或加密、超出大小限制、XML 含 DTD）",
    en: "the workbook cannot be read safely (a broken or encrypted zip, past the size bounds, XML with a DTD)",
  },
  "problem.code.E_FORMULA": {
    zh: "工作簿单元格为错误值，或公式的结果从未保存",
    en: "a workbook cell holds an error value or a formula whose result was never saved",
  },
  "problem.code.E_MERGED": { zh: "工作簿的合并区域覆盖了多个数字", en: "a merged range of a workbook covers several figures" },
  "problem.code.E_NOT_A_FILE": {
    zh: "数据路径不是普通文件或文件夹（命名管道、设备、套接字，或应为文件处是文件夹）",
    en: "a dataset path is not a regular file or folder (a FIFO, device or socket, or a folder where a file was expected)",
  },
  "problem.code.E_LINK": { zh: "符号链接指向不存在的位置，或形成循环", en: "a symbolic link that points nowhere, or round in a loop" },
  "problem.code.E_YEAR_RANGE": { zh: "年份超出公开年报存在的年份范围", en: "a year outside the years reports exist for" },
  "problem.code.E_EXPONENT": {
    zh: "应为普通数字处写成了科学计数法（1e3）",
    en: "a number in exponent notation (1e3) where a plain count was expected",
  },
  "problem.code.E_DECIMAL_COMMA": {
    zh: "数字使用了小数逗号（1,5）或千分位逗号位置不对",
    en: "a number with a decimal comma (1,5) or a misplaced thousands comma",
  },
  "problem.code.E_CONTROL_CHAR": {
    zh: "值中含有控制字符（NUL、转义序列等）",
    en: "a control character (NUL, an escape sequence, …) inside a value",
  },
  "problem.code.E_FILE_CHANGED": { zh: "文件在读取过程中被改动", en: "a file changed while it was being read" },
  "problem.code.E_RECORD_TOO_LONG": {
    zh: "一条记录（一行，或在引号内换行而连成的几行）超过 1 MiB，未读取",
    en: "a record (a line, or lines joined inside quotes) longer than 1 MiB: skipped unread",
  },
});
