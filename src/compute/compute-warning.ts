/**
 * Warnings of the compute functions: a figure that could not be computed, with its cause, its
 * consequence and how to fix it. Every function takes one `warn` sink (tests capture it; the CLI prints
 * it to stderr) and also returns its warnings with the result.
 */
import { findMetric, layoutOfYear } from "../catalogue/catalogue.js";
import { CROSSWALK } from "../catalogue/crosswalk.js";
import type { Applicant, EntityId, Layout, MetricId, Year } from "../types.js";

export type ComputeWarningCode =
  /** The prior-year figure is absent or not stated, so growth is null. */
  | "W_NO_PRIOR"
  /** The prior-year figure is 0, so percent growth is undefined and null. */
  | "W_ZERO_PRIOR"
  /** The base-year figure of an index is absent, not stated or 0. */
  | "W_NO_BASE"
  /** A figure asked for is not in the data: no report that year, or a report that does not state it. */
  | "W_NOT_STATED"
  /** The series starts after a layout change whose older figure in its place counts something else. */
  | "W_SERIES_BREAK";

export interface ComputeWarning {
  code: ComputeWarningCode;
  entity: EntityId;
  /** The entity's Chinese name when known, else its id. */
  entity_name: string;
  metric: MetricId;
  applicant: Applicant | null;
  /** The year whose result is null. */
  year: Year;
  /** The year whose figure is missing or zero. */
  missing_year: Year;
  /** The dataset file that should hold the missing figure, when it can be named. */
  file: string | null;
  message: string;
}

export type WarnSink = (w: ComputeWarning) => void;

/** Collects warnings and forwards each to an optional sink. */
export class WarningLog {
  readonly warnings: ComputeWarning[] = [];
  /** Warnings added, kept or not. */
  count = 0;

  constructor(
    private readonly sink?: WarnSink,
    /** False to count warnings without building them (a corpus export needs only how many). */
    readonly keeps = true,
  ) {}

  add(w: ComputeWarning): void {
    this.count++;
    this.warnings.push(w);
    this.sink?.(w);
  }

  /** Counts a warning that is not built (when `keeps` is false). */
  skip(): void {
    this.count++;
  }
}

/**
 * The dataset file of `year` next to `file` (datasets/<entity>/<year>.csv), or null when `file` is not
 * named by year (one long corpus CSV).
 */
export function siblingYearFile(file: string, year: Year): string | null {
  return /(^|[\\/])\d{4}\.csv$/i.test(file) ? file.replace(/\d{4}(\.csv)$/i, `${year}$1`) : null;
}

/** Builds the warning for a growth (or index) that is null because of a missing or zero figure. */
export function gapWarning(
  code: ComputeWarningCode,
  at: { entity: EntityId; entity_name: string; metric: MetricId; applicant: Applicant | null; year: Year; missing_year: Year },
  file: string | null,
): ComputeWarning {
  const what = at.applicant === null ? at.metric : `${at.metric} (${at.applicant})`;
  let message: string;
  if (code === "W_ZERO_PRIOR") {
    message = `${at.entity_name} has ${what} = 0 in ${at.missing_year}; its ${at.year} percent growth is null (growth from 0 is undefined). The absolute change is still given.`;
  } else if (code === "W_NO_BASE") {
    message = `${at.entity_name} has no usable ${at.missing_year} value for ${what} (absent, not stated or 0); its ${at.year} index is null. Choose another base year.`;
  } else {
    const fix =
      outsideLayout(at.metric, at.missing_year) ??
      (file === null
        ? `Add a ${at.missing_year} row for ${what} to ${at.entity_name}'s dataset.`
        : `Add ${file} with a ${what} row (or fill its value).`);
    message = `${at.entity_name} has no ${at.missing_year} value for ${what}; its ${at.year} growth is null. ${fix}`;
  }
  return { code, ...at, file, message };
}

/** A peer, series or pair whose figure of `year` is missing: why, and the right way to add it. */
export function notStatedWarning(
  at: { entity: EntityId; entity_name: string; metric: MetricId; applicant: Applicant | null; year: Year },
  hasReport: boolean,
): ComputeWarning {
  const what = at.applicant === null ? at.metric : `${at.metric} (${at.applicant})`;
  const why = hasReport ? `its ${at.year} report does not state ${what}` : `there is no ${at.year} report of it in the data`;
  const fix =
    outsideLayout(at.metric, at.year) ??
    (hasReport
      ? `Add the ${what} row to its ${at.year} dataset if the report prints it.`
      : `Add its ${at.year} dataset (disclosure-trends add-year).`);
  return {
    code: "W_NOT_STATED",
    ...at,
    missing_year: at.year,
    file: null,
    message: `${at.entity_name} has no ${at.year} figure for ${what}: ${why}. ${fix}`,
  };
}

/** The warning of a series that starts after a crosswalk "break" (see crosswalk.ts). */
export function seriesBreakWarning(
  at: { entity: EntityId; entity_name: string; metric: MetricId; applicant: Applicant | null; year: Year },
  older: readonly MetricId[],
  note: string,
): ComputeWarning {
  return {
    code: "W_SERIES_BREAK",
    ...at,
    missing_year: at.year - 1,
    file: null,
    message: `${at.entity_name}: ${at.metric} starts in ${at.year}; the ${at.year - 1} report's ${older.join(" + ")} counts something else (${note}), so the series is not joined and its ${at.year} change is not computed.`,
  };
}

const LAYOUT_YEARS: Record<Layout, string> = { "2008": "2008–2018", "2019": "2019–2020", "2021": "2021+" };

/**
 * When `metric` is not part of `year`'s report layout, why no dataset of that year can hold it, and what
 * stands in its place (the crosswalk's older figure), else null.
 */
export function outsideLayout(metric: MetricId, year: Year, yearsText = String(year)): string | null {
  const def = findMetric(metric);
  const layout = layoutOfYear(year);
  if (def === undefined || def.layouts.includes(layout)) return null;
  const older = CROSSWALK.find((e) => e.from_layout === layout && e.to.includes(metric) && e.from.length > 0);
  const counterpart =
    older === undefined
      ? "it has no counterpart there"
      : older.fit === "break"
        ? `${older.from.join(" + ")} stands in its place but counts something else (${older.note})`
        : `its counterpart there is ${older.from.join(" + ")} (${older.fit}; trend and peers read it through the crosswalk)`;
  return `${metric} is not part of the ${LAYOUT_YEARS[layout]} report layout, so a ${yearsText} dataset cannot hold it: ${counterpart}.`;
}
