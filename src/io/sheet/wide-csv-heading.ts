/**
 * Whether a long CSV (one not named <year>.csv) is a wide table: its first line heads a column with a
 * year (2016, 2016年). Reads the first 64 KB only; a dataset-format CSV never has such a heading.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { detectEncoding } from "../detect-encoding.js";

const YEAR_HEADING = /^\s*["']?\s*(?:19|20|21)\d{2}\s*(?:年度?)?\s*["']?\s*$/;

export function isWideCsv(path: string): boolean {
  const fd = openSync(path, "r");
  let head: Buffer;
  try {
    head = Buffer.alloc(65536);
    head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
  const text = new TextDecoder(detectEncoding(head)).decode(head).replace(/^\uFEFF/, "");
  const first = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  return first
    .split(",")
    .some((f) => YEAR_HEADING.test(f.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))));
}
