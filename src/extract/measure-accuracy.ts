import { parseCsvText } from "../io/csv-chunks.js";
import type { Applicant, MetricId } from "../types.js";

/** A figure as the comparison sees it: a dataset row or an extracted figure. */
export interface ComparableFigure {
  metric: MetricId;
  applicant: Applicant | null;
  value: number | null;
  printed_share: number | null;
  printed_change: number | null;
  printed_change_pct: number | null;
}

export type PrintedField = "printed_share" | "printed_change" | "printed_change_pct";
const PRINTED: readonly PrintedField[] = ["printed_share", "printed_change", "printed_change_pct"];

export interface AccuracyMismatch {
  metric: MetricId;
  applicant: Applicant | null;
  field: "value" | PrintedField;
  expected: number | null;
  extracted: number | null;
}

export interface Accuracy {
  /** Expected figures (metric, applicant) with a value. */
  expected: number;
  /** Extracted with exactly the expected value. */
  correct: number;
  /** Expected but not extracted. */
  missed: number;
  /** Extracted with another value. */
  wrong: number;
  /** Extracted figures the expected dataset does not have (neither right nor wrong: unchecked). */
  extra: number;
  /** Printed shares and changes: expected ones found, missed, and ones extracted with another value or
   * where none is expected. */
  printed: { expected: number; correct: number; missed: number; wrong: number };
  mismatches: AccuracyMismatch[];
  missing: { metric: MetricId; applicant: Applicant | null; expected: number }[];
  extras: { metric: MetricId; applicant: Applicant | null; extracted: number | null }[];
}

const key = (f: { metric: string; applicant: string | null }) => `${f.metric}\u0000${f.applicant ?? ""}`;

/**
 * Compares extracted figures with a hand-checked dataset, figure by figure: a figure is a (metric,
 * applicant) value, compared exactly; where the dataset has a printed share or change beside a figure,
 * that is compared too, and a printed value extracted where the dataset has none counts as wrong.
 * Expected rows whose value is not stated are not counted.
 */
export function measureAccuracy(extracted: readonly ComparableFigure[], expected: readonly ComparableFigure[]): Accuracy {
  const got = new Map(extracted.map((f) => [key(f), f]));
  const want = new Map(expected.filter((f) => f.value !== null).map((f) => [key(f), f]));
  const a: Accuracy = {
    expected: want.size,
    correct: 0,
    missed: 0,
    wrong: 0,
    extra: 0,
    printed: { expected: 0, correct: 0, missed: 0, wrong: 0 },
    mismatches: [],
    missing: [],
    extras: [],
  };
  for (const [k, e] of want) {
    const g = got.get(k);
    for (const field of PRINTED) if (e[field] !== null) a.printed.expected++;
    if (g === undefined) {
      a.missed++;
      a.missing.push({ metric: e.metric, applicant: e.applicant, expected: e.value as number });
      for (const field of PRINTED) if (e[field] !== null) a.printed.missed++;
      continue;
    }
    if (g.value === e.value) a.correct++;
    else {
      a.wrong++;
      a.mismatches.push({ metric: e.metric, applicant: e.applicant, field: "value", expected: e.value, extracted: g.value });
    }
    for (const field of PRINTED) {
      if (e[field] === null && g[field] === null) continue;
      if (e[field] !== null && g[field] === null) a.printed.missed++;
      else if (e[field] === g[field]) a.printed.correct++;
      else {
        a.printed.wrong++;
        a.mismatches.push({ metric: e.metric, applicant: e.applicant, field, expected: e[field], extracted: g[field] });
      }
    }
  }
  for (const [k, g] of got) {
    if (want.has(k)) continue;
    a.extra++;
    a.extras.push({ metric: g.metric, applicant: g.applicant, extracted: g.value });
  }
  return a;
}

/**
 * A hand-checked dataset's text (`datasets/<entity>/<year>.csv`, or a fixture's expected figures) as the
 * comparison reads it: each row's metric, applicant, value and printed extras; a blank cell is null
 * (not stated), never 0.
 */
export function expectedFigures(csvText: string): ComparableFigure[] {
  const [header = [], ...rows] = parseCsvText(csvText).rows.filter((r) => r.some((cell) => cell.trim() !== ""));
  const at = (name: string) => header.indexOf(name);
  const cell = (r: readonly string[], name: string) => (at(name) < 0 ? "" : (r[at(name)] ?? "").trim());
  const num = (r: readonly string[], name: string) => {
    const s = cell(r, name).replace(/%$/, "");
    return s === "" ? null : Number(s);
  };
  return rows.map((r) => ({
    metric: cell(r, "metric"),
    applicant: cell(r, "applicant") === "" ? null : (cell(r, "applicant") as Applicant),
    value: num(r, "value"),
    printed_share: num(r, "printed_share"),
    printed_change: num(r, "printed_change"),
    printed_change_pct: num(r, "printed_change_pct"),
  }));
}
