/**
 * Whether a long CSV (one not named <year>.csv) is a wide table: one of its first lines (a title may
 * come before it) heads a metric column (指标, metric, …) and a year column (2016, 2016年). Reads the
 * first 64 KB only. A dataset CSV never has such a line: its year values stand beside metric ids, not
 * beside the word metric.
 */
import { detectEncoding } from "../detect-encoding.js";
import { readFileHead } from "../file-head.js";

const YEAR_HEADING = /^(?:19|20|21)\d{2}(?:年度?)?$/;
const METRIC_HEADINGS = new Set(["metric", "指标", "指标名称", "项目"]);
const HEADING_SEARCH_LINES = 20;

export function isWideCsv(path: string): boolean {
  const head = readFileHead(path);
  const text = new TextDecoder(detectEncoding(head)).decode(head).replace(/^\uFEFF/, "");
  return text.split(/\r\n|\n|\r/, HEADING_SEARCH_LINES).some((line) => {
    const fields = line.split(",").map(fold);
    return fields.some((f) => YEAR_HEADING.test(f)) && fields.some((f) => METRIC_HEADINGS.has(f));
  });
}

/** A field as a heading: quotes, spaces and full width gone, lower case. */
function fold(field: string): string {
  return field
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/["'\s\u3000]/g, "")
    .toLowerCase();
}
