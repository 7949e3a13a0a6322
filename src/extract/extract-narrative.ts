import { GROUPS } from "../catalogue/groups.js";
import { say } from "../messages/catalogue.js";
import { collapse, contextAround, type ExtractContext, inLayout, misfit } from "./extract-context.js";
import type { ExtractedFigure } from "./extracted-report.js";
import { AFTER_FIGURE, NARRATIVE_RULES } from "./narrative-rules.js";
import { type NarrativeView, viewRange } from "./narrative-view.js";
import { requiredLiteral } from "./required-literal.js";

/** Each rule with the words every match of it contains (see requiredLiteral), and whether it reads a number. */
const RULES = NARRATIVE_RULES.map((rule) => ({
  rule,
  needs: requiredLiteral(rule.pattern),
  numbered: rule.pattern.source.includes("(?<n>"),
}));

interface Sentence {
  text: string;
  from: number;
  to: number;
}

/**
 * Reads the figures stated in running text (NARRATIVE_RULES), sentence by sentence, with the share and
 * the change on the prior year printed right after a figure. A number is taken by the first rule that
 * matches it. When two sentences give one metric different values, neither is kept: both numbers are
 * listed as unassigned, since which one is right cannot be told from the text.
 */
export function extractNarrative(ctx: ExtractContext, view: NarrativeView, reportYear: number | null = null): void {
  // The view positions some figure or refusal already took, one flag a position: asking costs the
  // length of the number, not the count of figures found so far (a long text states thousands).
  const takenAt = new Uint8Array(view.text.length + 1);
  const isTaken = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (takenAt[i] === 1) return true;
    return false;
  };
  const take = (from: number, to: number) => takenAt.fill(1, from, to);
  const found: ExtractedFigure[] = [];
  for (const s of sentences(view.text)) {
    let source: string | null = null;
    const aboutYear = yearAbout(s.text);
    const otherYear = reportYear !== null && aboutYear !== null && aboutYear !== reportYear ? aboutYear : null;
    const digits = /\d/.test(s.text);
    for (const { rule, needs, numbered } of RULES) {
      if ((numbered && !digits) || (needs !== null && !s.text.includes(needs))) continue;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(s.text); m !== null; m = rule.pattern.exec(s.text)) {
        const n = m.groups?.n;
        // A statement without digits ("没有收费") points at its words.
        const numberFrom = n === undefined ? m.index : indexOfNumber(m);
        const numberTo = n === undefined ? m.index + m[0].length : numberFrom + n.length;
        if (isTaken(s.from + numberFrom, s.from + numberTo)) continue;
        if (otherYear !== null) {
          // "2022年,我镇…主动公开政府信息223条" in the 2023 report: a sentence about another year (a
          // copy of last year's text, or a comparison) states no figure of this one.
          if (n !== undefined) {
            refuse(
              ctx,
              viewRange(view, s.from + numberFrom, s.from + numberTo),
              say("extract.other_year_sentence", { year: otherYear, report_year: String(reportYear) }),
            );
            take(s.from + numberFrom, s.from + numberTo);
          }
          continue;
        }
        const picked =
          typeof rule.metric === "string"
            ? { metric: rule.metric }
            : rule.metric(m, clauseBefore(s.text, m.index), s.text.slice(Math.max(0, m.index - CLAUSE_REACH), m.index));
        const value = rule.value ?? (n === undefined ? Number.NaN : Number(n.replace(/[, ]/g, "")));
        const abs = viewRange(view, s.from + numberFrom, s.from + numberTo);
        if ("refuse" in picked) {
          if (n !== undefined) refuse(ctx, abs, picked.refuse);
          // The share or change printed beside a refused number goes with it.
          const tail = n === undefined ? 0 : printedAfter(s.text, m.index + m[0].length).length;
          if (tail > 0) {
            const printed = viewRange(view, s.from + m.index + m[0].length, s.from + m.index + m[0].length + tail);
            ctx.consumed.push([printed.start, printed.end]);
          }
          take(s.from + numberFrom, s.from + numberTo);
          continue;
        }
        if (!inLayout(picked.metric, ctx.layout)) continue;
        const bad = misfit(picked.metric, value);
        if (bad !== null) {
          refuse(ctx, abs, bad);
          take(s.from + numberFrom, s.from + numberTo);
          continue;
        }
        const after = printedAfter(s.text, m.index + m[0].length);
        const matchEnd = m.index + m[0].length + after.length;
        take(s.from + m.index, s.from + matchEnd);
        const src = viewRange(view, s.from, s.to);
        source ??= collapse(s.text);
        const whole = viewRange(view, s.from + m.index, s.from + matchEnd);
        ctx.consumed.push([whole.start, whole.end]);
        const joined = n !== undefined && view.joins.some((j) => j > s.from + numberFrom && j < s.from + numberTo);
        const spaced = n !== undefined && /\d[ ]\d/.test(n);
        const base: ExtractedFigure = {
          metric: picked.metric,
          applicant: null,
          value,
          printed_share: after.share,
          printed_change: after.change,
          printed_change_pct: after.changePct,
          source,
          start: abs.start,
          end: abs.end,
          source_start: src.start,
          source_end: src.end,
          origin: "narrative",
          note: joined ? "digits joined across a line break" : spaced ? "digits joined across spaces (thousands grouping)" : null,
        };
        found.push(base);
        for (const metric of rule.also?.(m) ?? []) {
          if (inLayout(metric, ctx.layout))
            found.push({ ...base, metric, printed_share: null, printed_change: null, printed_change_pct: null });
        }
      }
    }
  }
  keepConsistent(ctx, found);
}

/** The year a sentence opens with ("2022年,我镇…", "2024年度…"), not a date ("2024年1月1日"); else null. */
function yearAbout(sentence: string): number | null {
  const m = /^\s*(?:[(（]?[一二三四五六七八九十]+[)）、.]\s*)?((?:19|20)\d\d)\s*年度?(?!\s*\d|\s*[月底末])/u.exec(sentence);
  return m ? Number(m[1]) : null;
}

/** Offset of the number `n` in the sentence (the rules' patterns carry the `d` flag for this). */
function indexOfNumber(m: RegExpExecArray): number {
  const at = m.indices?.groups?.n;
  if (at === undefined) throw new Error("narrative rules must be compiled with the d flag");
  return at[0];
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。!?;\n]+[。!?;]?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return out;
}

/** How far back a clause is looked for: a clause is a few words, and a bound keeps long lines linear. */
const CLAUSE_REACH = 200;
/** How far after a figure its share and change are looked for (they follow within a few words). */
const AFTER_REACH = 200;

function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(Math.max(0, at - CLAUSE_REACH), at);
  return head.slice(Math.max(head.lastIndexOf(","), head.lastIndexOf(":")) + 1);
}

interface After {
  share: number | null;
  change: number | null;
  changePct: number | null;
  length: number;
}

/** The share and change printed right after a figure ("，占总数的41.4%", "较2016年增加2589条，同比增长3%"). */
function printedAfter(sentence: string, from: number): After {
  let rest = sentence.slice(from, from + AFTER_REACH);
  let length = 0;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(rest);
    if (m) {
      rest = rest.slice(m[0].length);
      length += m[0].length;
    }
    return m;
  };
  const paren = AFTER_FIGURE.parenthetical.exec(rest);
  const afterParen = paren ? rest.slice(paren[0].length) : rest;
  // The parenthetical ("不同渠道和方式公开相同信息计1条") belongs to the figure only when a share or a
  // change follows it; otherwise it is left to be read on its own.
  if (paren && (AFTER_FIGURE.share.test(afterParen) || AFTER_FIGURE.change.test(afterParen) || AFTER_FIGURE.changePct.test(afterParen))) {
    take(AFTER_FIGURE.parenthetical);
  }
  const share = take(AFTER_FIGURE.share);
  const change = take(AFTER_FIGURE.change);
  const pct = take(AFTER_FIGURE.changePct);
  const sign = (dir: string | undefined) => (dir !== undefined && /减少|下降|少/.test(dir) ? -1 : 1);
  const num = (m: RegExpExecArray | null) => (m?.groups?.n === undefined ? null : Number(m.groups.n.replace(/[, ]/g, "")));
  const c = num(change);
  const p = num(pct);
  return {
    share: num(share),
    change: c === null ? null : sign(change?.groups?.dir) * c,
    changePct: p === null ? null : sign(pct?.groups?.dir) * p,
    length,
  };
}

function refuse(ctx: ExtractContext, at: { start: number; end: number }, reason: string): void {
  ctx.unassigned.push({
    text: ctx.text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    context: contextAround(ctx.text, at.start, at.end),
    reason,
  });
  ctx.consumed.push([at.start, at.end]);
}

/**
 * One value per metric: repeats of the same value are dropped, disagreeing statements all refused. A
 * metric a statistical table already gave (blank applicant) keeps the table's figure: the text's
 * restatement adds no row, and when it says another value a warning names both and the text's number
 * is listed as unassigned. A whole the table does not print but splits into parts (不予公开, 2021's 其他
 * 处理) is the text's figure, unless the table's parts contradict it: all of them stated and adding up
 * to another value, or some of them adding up to more already.
 */
function keepConsistent(ctx: ExtractContext, found: readonly ExtractedFigure[]): void {
  const tabled = new Map<string, ExtractedFigure>();
  for (const f of ctx.figures) if (f.origin === "table" && f.applicant === null && !tabled.has(f.metric)) tabled.set(f.metric, f);
  const fromParts = new Map<string, { sum: number; all: boolean }>();
  for (const g of GROUPS) {
    if (tabled.has(g.whole) || g.relation !== "partition" || !g.layouts.includes(ctx.layout)) continue;
    const inLayoutParts = g.parts.filter((p) => inLayout(p, ctx.layout));
    const parts = inLayoutParts.map((p) => tabled.get(p)).filter((f) => f !== undefined);
    if (parts.length === 0) continue;
    fromParts.set(g.whole, { sum: parts.reduce((total, f) => total + f.value, 0), all: parts.length === inLayoutParts.length });
  }
  const byMetric = new Map<string, ExtractedFigure[]>();
  for (const f of found) {
    const list = byMetric.get(f.metric);
    if (list === undefined) byMetric.set(f.metric, [f]);
    else list.push(f);
  }
  for (const [metric, list] of byMetric) {
    const parts = fromParts.get(metric);
    const against = parts === undefined ? [] : list.filter((f) => (parts.all ? f.value !== parts.sum : f.value < parts.sum));
    if (parts !== undefined && against.length > 0) {
      const says = parts.all
        ? say("extract.parts_add_up", { metric, sum: parts.sum })
        : say("extract.stated_parts_add_up", { metric, sum: parts.sum });
      ctx.warnings.push(say("extract.text_vs_parts", { metric, value: String(against[0]?.value), says }));
      for (const f of list) unassign(ctx, f, say("extract.text_vs_parts_reason", { says, value: f.value }));
      continue;
    }
    const table = tabled.get(metric);
    if (table !== undefined) {
      const differ = list.filter((f) => f.value !== table.value);
      if (differ.length === 0) continue;
      const values = valueList([...new Set(differ.map((f) => f.value))], ", ");
      ctx.warnings.push(say("extract.text_vs_table", { metric, values, table: table.value }));
      for (const f of differ) unassign(ctx, f, say("extract.text_vs_table_reason", { metric, table: table.value, value: f.value }));
      continue;
    }
    const first = list[0] as ExtractedFigure;
    const agree = list.every(
      (f) =>
        f.value === first.value &&
        (f.printed_share === null || first.printed_share === null || f.printed_share === first.printed_share) &&
        (f.printed_change === null || first.printed_change === null || f.printed_change === first.printed_change),
    );
    if (agree) {
      // Keep the statement that prints the most beside the figure (the first of those).
      let best = first;
      for (const f of list) if (printedCount(f) > printedCount(best)) best = f;
      ctx.figures.push(best);
      continue;
    }
    // Worded once, with at most SHOWN_VALUES of them: a text of 8,000 differing statements built a list
    // of all of them for each one (2 s and 1.4 GB).
    const values = valueList(
      list.map((f) => f.value),
      " vs ",
    );
    ctx.warnings.push(say("extract.text_disagrees", { metric, values }));
    const reason = say("extract.text_disagrees_reason", { metric, values });
    for (const f of list) unassign(ctx, f, reason);
  }
}

/** How many of a metric's differing values a warning lists. */
const SHOWN_VALUES = 10;

/** The values joined by `separator`, the first SHOWN_VALUES of them and how many there are in all. */
function valueList(values: readonly number[], separator: string): string {
  const shown = values.slice(0, SHOWN_VALUES).join(separator);
  return values.length > SHOWN_VALUES ? say("extract.values_more", { values: shown, n: values.length }) : shown;
}

/** Lists a figure's number as unassigned, with the reason (a statement in words has no number to list). */
function unassign(ctx: ExtractContext, f: ExtractedFigure, reason: string): void {
  if (f.end > f.start && /\d/.test(ctx.text.slice(f.start, f.end))) {
    ctx.unassigned.push({
      text: ctx.text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      context: contextAround(ctx.text, f.start, f.end),
      reason,
    });
  }
}

function printedCount(f: ExtractedFigure): number {
  return [f.printed_share, f.printed_change, f.printed_change_pct].filter((x) => x !== null).length;
}
