/**
 * Reading one numeric cell the way analysts write them: thousands separators ("89,370"), full-width
 * digits ("８９３７０"), a "%" in share columns, stray spaces, a trailing unit equal to the metric's
 * own ("89370条"), and "—", "-", "／" or blank for "not stated", which is unknown, never zero.
 */
import type { MetricKind } from "../catalogue/metric-definition.js";
import { say } from "../messages/catalogue.js";
import { normalizeWidth } from "../text/normalize-width.js";
import { hasControlChar } from "./echo-text.js";

export type CellResult =
  | { ok: true; value: number }
  | {
      ok: false;
      code:
        | "E_NOT_A_NUMBER"
        | "E_UNIT_IN_VALUE"
        | "E_NEGATIVE"
        | "E_FRACTIONAL"
        | "E_SHARE_RANGE"
        | "E_EXPONENT"
        | "E_DECIMAL_COMMA"
        | "E_CONTROL_CHAR";
      /** The expected form and a hint: worded only for a problem shown in full (see read-header.ts, Report). */
      explain: () => readonly [expected: string, hint: string];
    };

const NOT_STATED = new Set(["", "-", "--", "—", "——", "/", "\\", "n/a", "na", "无数据", "未统计"]);
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:([, ])\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
const MAGNITUDE_SUFFIX = /^([+-]?\d+(?:\.\d+)?)\s*(十|百|千|万|亿)(.*)$/;
const EXPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;
/** Digits with a comma that is not a thousands separator in groups of three: 1,5 or 1,00 or 1.234,5. */
const DECIMAL_COMMA = /^[+-]?[\d.,]*\d,\d+$/;
/**
 * A number followed by a word, as /^[+-]?[\d.,]+\s*\S+$/ says it: that pattern tried every split of a
 * long run of digits between its two repeats (quadratic: a cell of 5 MB of digits and a word took
 * minutes); here each character has one place to go.
 */
const UNIT_AFTER_NUMBER = /^[+-]?[\d.,](?:[\d.,]*\s+\S+|\S+)$/;
/** What a unit has and a number does not: a letter (条, 件, 万元, x) or a percent sign. "5-" has none. */
const UNIT_WORD = /[\p{L}%]/u;
/** How EXPONENT, DECIMAL_COMMA, MAGNITUDE_SUFFIX and UNIT_AFTER_NUMBER all begin. */
const NUMBER_START = /^[+-]?[\d.,]/;

/** The cell with widths folded and outer spaces trimmed. */
export function cleanCell(raw: string): string {
  return normalizeWidth(raw).trim();
}

/** True when a cleaned cell means "not stated". */
export function isNotStated(cleaned: string): boolean {
  return cleaned === "" || NOT_STATED.has(cleaned.toLowerCase());
}

/** Parses a cleaned, stated cell as a plain number; NaN when it is not one. */
export function parsePlainNumber(cleaned: string): number {
  if (PLAIN_NUMBER.test(cleaned)) return Number(cleaned);
  if (GROUPED_NUMBER.test(cleaned)) return Number(cleaned.replace(/[, ]/g, ""));
  return Number.NaN;
}

/**
 * Parses a figure in a metric's unit. `unit` is stripped when the cell ends with it (条, 件, 万元, %).
 * Counts must be whole and ≥ 0, amounts ≥ 0, deltas whole, rates within 0–100.
 */
export function parseFigure(cleaned: string, kind: MetricKind, unit: string): CellResult {
  let s = cleaned;
  if (unit && unit !== "as printed" && s.endsWith(unit)) s = s.slice(0, -unit.length).trim();
  if (kind === "rate" && s.endsWith("%")) s = s.slice(0, -1).trim();
  const x = parsePlainNumber(s);
  if (Number.isNaN(x)) return notANumber(s, unit);
  if (kind === "rate") return x < 0 || x > 100 ? shareRange() : { ok: true, value: x };
  if (kind !== "delta" && x < 0) {
    return { ok: false, code: "E_NEGATIVE", explain: () => [say("io.cell.negative.expected"), say("io.cell.negative.hint")] };
  }
  if ((kind === "count" || kind === "delta") && !Number.isInteger(x)) {
    return {
      ok: false,
      code: "E_FRACTIONAL",
      explain: () => [say("io.cell.fractional.expected"), say("io.cell.fractional.hint", { unit: unit || say("io.cell.items") })],
    };
  }
  if (!Number.isSafeInteger(Math.trunc(x))) {
    return { ok: false, code: "E_NOT_A_NUMBER", explain: () => [say("io.cell.too_large.expected"), say("io.cell.too_large.hint")] };
  }
  return { ok: true, value: x };
}

/** Parses a printed share in percent ("41.4" or "41.4%"), 0–100. */
export function parseShare(cleaned: string): CellResult {
  const s = cleaned.endsWith("%") ? cleaned.slice(0, -1).trim() : cleaned;
  const x = parsePlainNumber(s);
  if (Number.isNaN(x)) return notANumber(s, "%");
  return x < 0 || x > 100 ? shareRange() : { ok: true, value: x };
}

/** Parses a printed change: signed, "%" allowed when `percent`. */
export function parseChange(cleaned: string, percent: boolean): CellResult {
  const s = percent && cleaned.endsWith("%") ? cleaned.slice(0, -1).trim() : cleaned;
  const x = parsePlainNumber(s);
  return Number.isNaN(x) ? notANumber(s, percent ? "%" : "") : { ok: true, value: x };
}

function shareRange(): CellResult {
  return { ok: false, code: "E_SHARE_RANGE", explain: () => [say("io.cell.share_range.expected"), say("io.cell.share_range.hint")] };
}

/**
 * Why a cell that failed the number forms is not a number, most precise first. Reached only by cells
 * that already failed, so the checks cost nothing on the loader's hot path.
 */
function notANumber(s: string, unit: string): CellResult {
  const inUnit = () => unit || say("io.cell.metric_unit");
  if (hasControlChar(s)) {
    return { ok: false, code: "E_CONTROL_CHAR", explain: () => [say("io.cell.control.expected"), say("io.cell.control.hint")] };
  }
  // Every form below starts as a number does: a cell that does not (a word) is not a number, and a
  // million such cells skip the four patterns.
  if (!NUMBER_START.test(s)) return { ok: false, code: "E_NOT_A_NUMBER", explain: notANumberTexts };
  if (EXPONENT.test(s)) {
    const x = Number(s);
    const full = Number.isSafeInteger(x) ? String(x) : null;
    return {
      ok: false,
      code: "E_EXPONENT",
      explain: () => [
        say("io.cell.exponent.expected"),
        full === null ? say("io.cell.exponent.hint_plain") : say("io.cell.exponent.hint", { full }),
      ],
    };
  }
  if (DECIMAL_COMMA.test(s)) {
    return {
      ok: false,
      code: "E_DECIMAL_COMMA",
      explain: () => [say("io.cell.decimal_comma.expected"), say("io.cell.decimal_comma.hint")],
    };
  }
  const m = MAGNITUDE_SUFFIX.exec(s);
  if (m) {
    const [, digits = "", magnitude = ""] = m;
    return {
      ok: false,
      code: "E_UNIT_IN_VALUE",
      explain: () => [
        say("io.cell.unit.expected", { unit: inUnit() }),
        say("io.cell.unit.hint_full", { full: scaleDecimal(digits, MAGNITUDES[magnitude] as number) }),
      ],
    };
  }
  if (UNIT_AFTER_NUMBER.test(s) && UNIT_WORD.test(s)) {
    return {
      ok: false,
      code: "E_UNIT_IN_VALUE",
      explain: () => [say("io.cell.unit.expected", { unit: inUnit() }), say("io.cell.unit.hint", { unit: inUnit() })],
    };
  }
  return { ok: false, code: "E_NOT_A_NUMBER", explain: notANumberTexts };
}

function notANumberTexts(): readonly [string, string] {
  return [say("io.cell.nan.expected"), say("io.cell.nan.hint")];
}

/** Multiplies a decimal string by a power of ten without binary rounding ("4.5" × 10000 → "45000"). */
function scaleDecimal(num: string, factor: number): string {
  const zeros = Math.round(Math.log10(factor));
  const neg = num.startsWith("-");
  const [int = "0", frac = ""] = num.replace(/^[+-]/, "").split(".");
  const digits = (int + frac.padEnd(zeros, "0")).replace(/^0+(?=\d)/, "");
  const point = int.length + zeros;
  const whole = digits.slice(0, point) || "0";
  const rest = digits.slice(point).replace(/0+$/, "");
  return `${neg ? "-" : ""}${whole}${rest ? `.${rest}` : ""}`;
}
