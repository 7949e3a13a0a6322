import { say } from "../messages/catalogue.js";
import { contextAround } from "./extract-context.js";
import type { UnassignedNumber } from "./extracted-report.js";
import { mirrorArtefacts } from "./mirror-artefacts.js";

/**
 * Spans that hold digits but no figure: years, dates and times, document numbers (〔2017〕5号, 第711号),
 * ordinals, phone numbers, postcodes, street numbers, e-mail and web addresses, file names, page numbers
 * and list marks ("1.以公开服务深化改革").
 */
const NON_FIGURES: readonly RegExp[] = [
  /(?:19|20)\d\d\s*年度?/g,
  /(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}/g,
  /\d{1,2}\s*[月日]/g,
  /\d{1,2}:\d{2}(?::\d{2})?/g,
  /[〔[(【]\s*(?:19|20)\d\d\s*[〕\])】]\s*(?:第\s*)?\d+\s*号/g,
  // Dates and document numbers whose 年/月 or bracket a web page lost: "202111日至20211231日",
  // "20191月1日", "1222日", "〔201864号".
  /(?<!\d)(?:19|20)\d\d(?:0?[1-9]|1[0-2])(?:[0-2]?\d|3[01])\s*日/g,
  /(?<!\d)(?:19|20)\d\d(?:0?[1-9]|1[0-2])\s*月/g,
  /(?<!\d)(?:0?[1-9]|1[0-2])(?:[0-2]\d|3[01])\s*日/g,
  /[〔[【]\s*(?:19|20)\d\d\d*\s*号/g,
  /第\s*\d+/g,
  /(?:\(\s*0\d{2,3}\s*\)|0\d{2,3}\s*-)\s*\d{7,8}/g,
  /\d{3,4}-\d{7,8}/g,
  /(?<!\d)1[3-9]\d{9}(?!\d)/g,
  /邮\s*(?:政\s*)?编\s*(?:码\s*)?:?\s*\d{6}/g,
  /(?:路|街|道|巷|弄|号楼)\s*\d+\s*号/g,
  // The lookbehinds start a run only where it begins, so a long run of digits is scanned once, not once a digit.
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g,
  /(?:https?:\/\/|www\.)[^\s\u3400-\u9fff]+/g,
  /(?<![\w()-])[\w()-]+\.(?:png|jpe?g|gif|bmp|pdf|docx?|xlsx?|html?)/gi,
  /^[ \t]*[-—–]\s*\d{1,3}\s*[-—–][ \t]*$/gm,
  // The provenance line a collected report file starts with ("SOURCE: …, the opening ~781 characters").
  /^SOURCE:.*$/gm,
  // A web page's index number ("索引号 000000001/2022-00121").
  /索引号\s*[:|]?\s*[\w/-]+/g,
  /(?<=^|\s|[)）|])\d{1,2}\s*[.、](?=\s*[\u3400-\u9fff“"])/gm,
];

/**
 * The numbers of the text that no figure accounts for and that are not obviously something else
 * (NON_FIGURES), each with its context: what an analyst should look at to see what was missed.
 */
export function findUnassignedNumbers(text: string, consumed: readonly [number, number][]): UnassignedNumber[] {
  const skip: [number, number][] = [];
  for (const re of NON_FIGURES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) skip.push([m.index, m.index + m[0].length]);
  }
  // Digits a mirror site put in (spam) are no report number either.
  skip.push(...mirrorArtefacts(text));
  const inConsumed = spanIndex(consumed);
  const inSkip = spanIndex(skip);
  const out: UnassignedNumber[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?%?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const digitsEnd = m[0].endsWith("%") ? end - 1 : end;
    if (inConsumed(start, digitsEnd) || inSkip(start, digitsEnd)) continue;
    if (/[A-Za-z_]/.test(text[start - 1] ?? "") || /[A-Za-z_]/.test(text[end] ?? "")) continue;
    out.push({ text: m[0], start, end, context: contextAround(text, start, end), reason: say("extract.no_rule") });
  }
  return out;
}

/**
 * A test of whether [start, end) lies inside one of the spans, in logarithmic time: the spans sorted by
 * start, with the furthest end reached by any span starting at or before each. A span holds the range
 * exactly when it starts at or before `start` and ends at or after `end`, so the furthest such end
 * decides. (Testing every span for every number was quadratic on long texts.)
 */
function spanIndex(spans: readonly [number, number][]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((s) => s[0]);
  const reach: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const [, e] of sorted) {
    furthest = Math.max(furthest, e);
    reach.push(furthest);
  }
  return (start, end) => {
    // The last span starting at or before `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] as number) >= end;
  };
}
