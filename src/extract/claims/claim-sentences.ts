import type { ExtractedReport } from "../extracted-report.js";
import { foldReportText } from "../fold-report-text.js";
import { htmlToText, looksLikeHtml } from "../html-to-text.js";
import { placeFinder } from "../locate-figures.js";
import { inputOffset, type MappedText } from "../mapped-text.js";
import { narrativeView } from "../narrative-view.js";
import type { ReportFile } from "../read-report-file.js";
import type { ClaimPlace } from "./claim.js";
import { CLAIM_REACH } from "./claim-numbers.js";

/** A sentence of a report's running text, with what a claim found in it needs to say where it is. */
export interface ClaimSentence {
  /**
   * The sentence as read (layout undone, ASCII punctuation: "，" is ","), digits grouped with commas
   * joined ("3,416" is "3416"), so a comma always ends a clause.
   */
  text: string;
  /** The sentence as printed (full-width punctuation, grouping commas), for quoting. */
  printed: string;
  /**
   * The paragraph's text before this sentence, its last CLAIM_REACH characters (where the denominator
   * of its shares is stated).
   */
  before: string;
  /** The input offset of the sentence's character at `i`. */
  offset(i: number): number;
  /** Where the sentence's character at `i` was printed. */
  place(i: number): ClaimPlace;
}

/**
 * The sentences of a report's running text, in order: the narrative view the extractor reads (wrapped
 * lines joined, page numbers dropped), cut at 。!? and paragraph ends. The statistical tables (from the
 * first table cell the extractor took to the last) are left out: their rows are figures, not claims.
 */
export function claimSentences(file: ReportFile, report: ExtractedReport): ClaimSentence[] {
  const html = file.format === "html" || (file.format !== "text" && looksLikeHtml(file.text));
  const mapped: MappedText = html ? htmlToText(file.text) : { text: file.text, offsets: null };
  const folded = foldReportText(mapped.text);
  const view = narrativeView(folded);
  const text = rejoinBrokenParagraphs(view.text);
  const tabled = report.figures.filter((f) => f.origin === "table");
  const tableFrom = tabled.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...tabled.map((f) => f.start));
  const tableTo = tabled.length === 0 ? Number.NEGATIVE_INFINITY : Math.max(...tabled.map((f) => f.end));
  const where = placeFinder(file);
  const out: ClaimSentence[] = [];
  let paragraphFrom = 0;
  const re = /[^。!?\n]+[。!?]?|\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "\n") {
      paragraphFrom = m.index + 1;
      continue;
    }
    const from = m.index;
    const { joined, kept } = withoutGroupingCommas(m[0]);
    const offset = (i: number) => inputOffset(mapped, view.at[Math.min(from + (kept[i] ?? m[0].length), view.at.length - 1)] as number);
    const start = offset(0);
    if (start >= tableFrom && start < tableTo) continue;
    out.push({
      text: joined,
      printed: asPrinted(m[0], from, view.at, folded, mapped.text),
      before: withoutGroupingCommas(text.slice(Math.max(paragraphFrom, from - CLAIM_REACH), from)).joined,
      offset,
      place: (i) => where(offset(i)),
    });
  }
  return out;
}

/**
 * A piece of the view as the report prints it: each character the view copied from the folded text
 * is given back as the input has it ("，" not ","), anything the view put in (a space) is kept.
 */
function asPrinted(piece: string, from: number, at: readonly number[], folded: string, input: string): string {
  let out = "";
  for (let i = 0; i < piece.length; i++) {
    const ch = piece[i] as string;
    const k = at[from + i];
    out += k !== undefined && folded[k] === ch ? (input[k] as string) : ch;
  }
  return out;
}

/**
 * The text without the commas that group a number's digits ("12,480条": a comma after one to three
 * digits and before exactly three), with the position in `text` of each character kept.
 */
function withoutGroupingCommas(text: string): { joined: string; kept: number[] } {
  // Each comma looks back over at most four characters, so a long run of groups stays linear.
  const grouping = /(?<=(?:^|\D)\d{1,3}),(?=\d{3}(?!\d))/g;
  const kept: number[] = [];
  let joined = "";
  let from = 0;
  for (const m of text.matchAll(grouping)) {
    for (let i = from; i < m.index; i++) kept.push(i);
    joined += text.slice(from, m.index);
    from = m.index + 1;
  }
  for (let i = from; i < text.length; i++) kept.push(i);
  return { joined: joined + text.slice(from), kept };
}

/**
 * The view with a paragraph break undone where the layout broke a sentence: the paragraph before runs
 * on (it holds a comma, so it is no heading, and ends mid-sentence) and the next one opens with no
 * heading mark ("…共受理政府信息公开申请3119件,答" + "复3050件(…)"). The break becomes a space, so
 * offsets stay those of the view.
 */
function rejoinBrokenParagraphs(text: string): string {
  const paragraphs = text.split("\n");
  let out = paragraphs[0] ?? "";
  for (let k = 1; k < paragraphs.length; k++) {
    const prev = paragraphs[k - 1] as string;
    const next = paragraphs[k] as string;
    const runsOn = prev.length > 20 && prev.includes(",") && /[\u4e00-\u9fff\d,(]$/u.test(prev);
    out += (runsOn && !HEADING_MARK.test(next) && next !== "" ? " " : "\n") + next;
  }
  return out;
}

/** How a heading or list item opens ("(一)", "一、", "1.", "一是"). */
const HEADING_MARK =
  /^\s*(?:[(][一二三四五六七八九十\d]+[)]|[一二三四五六七八九十]+[、.是]|\d{1,2}\s*[、.](?!\d)|第[一二三四五六七八九十]+)/u;

/** The sentence as a finding quotes it: spaces collapsed (and dropped between two Chinese characters), ends trimmed. */
export function quoted(s: ClaimSentence): string {
  // Made once a sentence: a long sentence may make many claims.
  const known = quotes.get(s);
  if (known !== undefined) return known;
  const quote = s.printed
    .replace(/\s+/g, " ")
    .replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, "")
    .trim();
  quotes.set(s, quote);
  return quote;
}

const quotes = new WeakMap<ClaimSentence, string>();
