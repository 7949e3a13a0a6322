/**
 * The scope a report's request counts cover, where the report says it: the whole area (2023 年全区受理
 * 政府信息公开申请 21 件; 全市共收到…申请), this level of government (市政府共受理…申请; 共受理向区政府
 * 提出的…申请; 统计范围为本级), the government office alone (区政府办代表区政府受理…申请; 我办收到…), the
 * body itself (我局收到…申请), or an explicit 统计范围.
 * Only a clause that states a count of requests received, or names the 统计范围, is read: a report that
 * speaks of 全区 elsewhere (全区高质量发展考核) says nothing of what its table counts. Where the text does
 * not say, the scope is unknown (null), never guessed from the title.
 */
import { type ScopeKind, scopeKind } from "../coverage/scope-by-year.js";

export interface DetectedScope {
  /** The scope in the vocabulary's words: 全市/全区/全县, 本级, 办公室 or 本机关. */
  scope: string;
  kind: ScopeKind;
  /** The sentence that says it, spaces and line breaks removed. */
  sentence: string;
  /** Offsets of the sentence in the text read. */
  start: number;
  end: number;
}

/** Receiving verbs of a count of requests (受理, 收到, 收办, 接收…), optionally after 全年/共/累计. */
const RECEIVE = "(?:全年)?(?:共|累计|一共)?(?:受理|收到|收办|接收|接到)";
/** What is received: requests for disclosure (政府信息公开申请, 依申请公开…), within the clause. */
const REQUESTS = "[^,，;；。]{0,16}申请";

/** The clause rules, first match wins; each gives the scope word for what it matched. */
const RULES: readonly { re: RegExp; scope: (m: RegExpExecArray) => string }[] = [
  // An explicit statement of the statistics' scope.
  {
    re: /统计(?:范围|口径)(?:为|是|包括|仅为|仅包括)?[:：]?(全[省市区县]|[市区县]?本级|本机关|本单位|[^,，;；。]{0,12}?办公[室厅])/,
    scope: (m) => vocabularyWord(m[1] as string),
  },
  // 全区受理…申请 21 件: the area's requests, however many bodies handled them.
  { re: new RegExp(`(全[省市区县])${RECEIVE}${REQUESTS}`), scope: (m) => m[1] as string },
  // 区政府办代表区政府受理…申请; 市政府办公室…受理; 我办收到…
  {
    re: new RegExp(`(?:[省市区县]?政府办公[室厅]|[省市区县]政府办|我办|我厅)(?:代表[^,，;；。]{0,10}?)?${RECEIVE}${REQUESTS}`),
    scope: () => "办公室",
  },
  // 本级受理…申请; 市政府共受理…申请 (the government itself, not the area: after the office rule, so
  // 市政府办公室代表市政府受理 stays the office's); 共受理向区政府提出的…申请.
  { re: new RegExp(`([市区县]?本级)(?:政府)?${RECEIVE}${REQUESTS}`), scope: () => "本级" },
  { re: new RegExp(`(?:^|[,，:：]|方面)(?:\\d{4}年[,，]?)?[省市区县](?:人民)?政府${RECEIVE}${REQUESTS}`), scope: () => "本级" },
  { re: new RegExp(`${RECEIVE}向[省市区县](?:人民)?政府提出的${REQUESTS}`), scope: () => "本级" },
  // 我局收到 12 起…申请; 本机关受理…
  { re: new RegExp(`(?:本机关|本单位|我局|我委)${RECEIVE}${REQUESTS}`), scope: () => "本机关" },
];

/** The scope the text states, with its sentence; null when no sentence says it. */
export function detectScope(text: string): DetectedScope | null {
  for (const s of sentences(text)) {
    // Line breaks and spaces fall inside words in pdftotext output (收办政府信\n息公开申请).
    const flat = s.text.replace(/\s+/g, "");
    if (!/\d/.test(flat) && !/统计(?:范围|口径)/.test(flat)) continue;
    for (const rule of RULES) {
      const m = rule.re.exec(flat);
      if (m === null) continue;
      const scope = rule.scope(m);
      const kind = scopeKind(scope);
      if (kind !== null) return { scope, kind, sentence: flat, start: s.start, end: s.end };
    }
  }
  return null;
}

/** 市本级 → 本级, 区政府办公室 → 办公室, 全区 → 全区: the vocabulary's word for a stated scope. */
function vocabularyWord(s: string): string {
  if (/办公[室厅]$/.test(s)) return "办公室";
  if (/本级$/.test(s)) return "本级";
  return s;
}

/** The text's sentences (ended by 。；!? or a blank line), with their offsets. */
function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const end = /[。；;！!？?]|\n\s*\n/g;
  let start = 0;
  for (let m = end.exec(text); m !== null; m = end.exec(text)) {
    out.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, end: text.length });
  return out;
}
