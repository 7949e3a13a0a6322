import { type Lang, roundPct } from "../cli/command-options.js";
import { percentFormat } from "../cli/tables/number-formats.js";
import type { Cell, TableData } from "../format/table-data.js";
import type { PassagePlace, ReuseResult } from "./measure-reuse.js";
import type { PairReuse } from "./measure-reuse-pairs.js";
import { reuseWord, sectionWord } from "./reuse-words.js";
import { sectionName } from "./section-name.js";

/** A passage is shown up to this many characters, then "…". */
const SHOWN = 40;

/**
 * The sections table: each section of the new report with its characters and the share reused, then the
 * whole. `forReading` marks a section that is tables only (terminal and Markdown; CSV keeps plain names).
 */
export function reuseSectionsTable(result: ReuseResult, lang: Lang, digits: number | null, forReading = true): TableData {
  return {
    columns: [
      { key: "number", title: "" },
      { key: "section", title: reuseWord("section")[lang] },
      { key: "units", title: reuseWord("units")[lang], align: "right" },
      { key: "reused_units", title: reuseWord("reusedUnits")[lang], align: "right" },
      { key: "reused_pct", title: reuseWord("reusedPct")[lang], align: "right", format: percentFormat(digits, false) },
    ],
    rows: [
      ...result.sections.map((s) => ({
        number: s.number,
        section: s.units === 0 && forReading ? `${sectionName(s, lang)}${reuseWord("tablesOnly")[lang]}` : sectionName(s, lang),
        units: s.units,
        reused_units: s.reusedUnits,
        reused_pct: roundPct(s.reusedPct, digits),
      })),
      {
        number: null,
        section: reuseWord("overall")[lang],
        units: result.units,
        reused_units: result.reusedUnits,
        reused_pct: roundPct(result.overallPct, digits),
      },
    ],
  };
}

/** The passages table: the longest reused passages, where each sits in the new and the old report. */
export function reusePassagesTable(result: ReuseResult, lang: Lang): TableData {
  const where = (p: PassagePlace, sections: ReuseResult["newSections"]) => {
    const s = sections[p.section];
    const name = s === undefined ? "" : ` ${s.number ?? ""}${s.number === null ? "" : " "}${sectionName(s, lang)}`;
    return `${p.page === undefined ? `${p.line}:${p.column}` : `p${p.page}:${p.pageLine}`}${name}`;
  };
  return {
    columns: [
      { key: "length", title: reuseWord("length")[lang], align: "right" },
      { key: "new", title: reuseWord("inNew")[lang] },
      { key: "old", title: reuseWord("inOld")[lang] },
      { key: "text", title: reuseWord("passage")[lang] },
    ],
    rows: result.passages.map((p) => ({
      length: p.length,
      new: where(p.new, result.newSections),
      old: where(p.old, result.oldSections),
      text: [...p.text].length > SHOWN ? `${[...p.text].slice(0, SHOWN).join("")}…` : p.text,
    })),
  };
}

/** The sections a batch gives a column each: the ones every layout has. */
const PAIR_SECTIONS = ["overview", "proactive", "requests", "review_litigation", "problems", "other_matters"] as const;

/**
 * The batch table: one row per pair, the whole report's share and each common section's (a section
 * printed twice, as some reports do, counts once with both parts), and why a pair failed.
 */
export function reusePairsTable(rows: readonly PairReuse[], lang: Lang, digits: number | null): TableData {
  const pct = percentFormat(digits, false);
  return {
    columns: [
      { key: "line", title: reuseWord("line")[lang], align: "right" },
      { key: "old", title: reuseWord("old")[lang] },
      { key: "new", title: reuseWord("new")[lang] },
      { key: "units", title: reuseWord("units")[lang], align: "right" },
      { key: "reused_units", title: reuseWord("reusedUnits")[lang], align: "right" },
      { key: "overall_pct", title: reuseWord("reusedPct")[lang], align: "right", format: pct },
      ...PAIR_SECTIONS.map((k) => ({ key: `${k}_pct`, title: sectionWord(k, lang), align: "right" as const, format: pct })),
      { key: "error", title: reuseWord("error")[lang] },
    ],
    rows: rows.map(({ pair, result, error }) => {
      const row: Record<string, Cell> = {
        line: pair.line,
        old: pair.old,
        new: pair.new,
        units: result?.units ?? null,
        reused_units: result?.reusedUnits ?? null,
        overall_pct: roundPct(result?.overallPct ?? null, digits),
        error,
      };
      for (const k of PAIR_SECTIONS) {
        const parts = result?.sections.filter((s) => s.key === k) ?? [];
        const units = parts.reduce((n, s) => n + s.units, 0);
        const reused = parts.reduce((n, s) => n + s.reusedUnits, 0);
        row[`${k}_pct`] = units === 0 ? null : roundPct((reused / units) * 100, digits);
      }
      return row;
    }),
  };
}
