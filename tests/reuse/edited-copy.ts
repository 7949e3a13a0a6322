/**
 * Edited copies of a report with a known copied share, for checking `reuse` against the truth. The share
 * is counted here, independently of the tool: a unit is a Chinese character, a Latin letter or a whole
 * number, and a kept sentence (its figures changed or not) is copied, a rewritten one is not.
 */
import { seeded } from "../helpers/seeded.js";

const UNIT = /\p{Script=Han}|[A-Za-z]|\d+(?:[.,]\d+)*/gu;
/** A page number on a line of its own ("-3-", "— 3 —"): page layout, not the report's words. */
const PAGE_NUMBER = /^[ \t]*[-—－][ \t]*\d+[ \t]*[-—－][ \t]*$/gmu;

/** The units of a text as this helper counts them. */
export function countUnits(s: string): number {
  return s.replace(PAGE_NUMBER, "").match(UNIT)?.length ?? 0;
}

export interface EditedCopy {
  text: string;
  copiedUnits: number;
  totalUnits: number;
  /** copiedUnits / totalUnits × 100. */
  copiedPct: number;
}

/**
 * Splits `text` into sentences (after each 。) and keeps each with probability `keep`, its figures
 * changed to other numbers; every other sentence is rewritten as fresh text of random Chinese characters
 * (never found in any report), about as long. One sentence in ten is moved next to another, as editors
 * reorder paragraphs.
 */
export function editedCopy(text: string, keep: number, seed: number): EditedCopy {
  const random = seeded(seed);
  const sentences = text.split(/(?<=。)/u);
  const pieces: { text: string; copied: boolean }[] = sentences.map((s) => {
    if (random() < keep) return { text: s.replace(/\d+/g, () => String(1 + Math.floor(random() * 999))), copied: true };
    return { text: freshText(countUnits(s), random), copied: false };
  });
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (random() < 0.1) [pieces[i], pieces[i + 1]] = [pieces[i + 1] as (typeof pieces)[number], pieces[i] as (typeof pieces)[number]];
  }
  const copiedUnits = pieces.filter((p) => p.copied).reduce((n, p) => n + countUnits(p.text), 0);
  const totalUnits = pieces.reduce((n, p) => n + countUnits(p.text), 0);
  return { text: pieces.map((p) => p.text).join(""), copiedUnits, totalUnits, copiedPct: (copiedUnits / totalUnits) * 100 };
}

/** `n` random common Chinese characters, with a comma now and then and a full stop at the end. */
function freshText(n: number, random: () => number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    s += String.fromCharCode(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00)));
    if (i % 12 === 11 && i + 1 < n) s += "，";
  }
  return `${s}。`;
}
