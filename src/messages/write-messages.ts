/**
 * The catalogue's `write.` messages: outputs the system would not let the tool write (or inputs it would
 * not let it read), outputs that would overwrite one another or an input, files that already exist, and
 * the temporary files an interrupted run left.
 */
import { defineMessages } from "./message.js";

export const WRITE_MESSAGES = defineMessages({
  "write.cannot_write": { zh: "无法写入 {path}：{why}（{code}）", en: "cannot write {path}: {why} ({code})" },
  "write.cannot_read": { zh: "无法读取 {path}：{why}（{code}）", en: "cannot read {path}: {why} ({code})" },
  "write.output_twice": {
    zh: "{first} 和 {second} 是同一个文件：每个输出须写入不同的文件",
    en: "{first} and {second} are the same file: give each output a file of its own",
  },
  "write.output_is_input": {
    zh: "输出 {output} 就是输入 {input}（或包含它）：写入会覆盖输入；请另选输出位置",
    en: "the output {output} is (or holds) the input {input}: writing it would overwrite the input; choose another output",
  },
  "write.not_a_regular_file": {
    zh: "{path} 不是普通文件（是设备或管道）：{format} 只能写入文件；请给出文件名",
    en: "{path} is not a regular file (a device or pipe): {format} is written to a file only; give a file name",
  },
  "write.report_over_file": {
    zh: "无法把报告写到 {dir}：它是文件，不是文件夹；请另选文件夹名",
    en: "cannot write the report to {dir}: it is a file, not a folder; choose a folder name",
  },
  "write.report_over_foreign": {
    zh: "无法把报告写到 {dir}：该文件夹中有 {entry}，它不属于报告，而报告会替换整个文件夹；请选择空文件夹或新文件夹",
    en: "cannot write the report to {dir}: the folder holds {entry}, which is not part of a report, and the report replaces the whole folder; choose an empty or new folder",
  },
  "write.already_exists": {
    zh: "{path} 已存在；如要替换，请加 --force",
    en: "{path} already exists; pass --force to replace it",
  },
  "write.stale_removed": {
    zh: "已删除中断的运行在 {path} 旁留下的 {count} 个临时文件夹",
    en: "removed {count} temporary folder(s) an interrupted run left beside {path}",
  },
});
