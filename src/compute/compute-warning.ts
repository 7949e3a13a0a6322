/**
 * Warnings of the compute functions: a figure that could not be computed, with its cause, its
 * consequence and how to fix it. Every function takes one `warn` sink (tests capture it; the CLI prints
 * it to stderr) and also returns its warnings with the result.
 */

import { APPLICANT_LABELS } from "../catalogue/applicant-labels.js";
import { findMetric, layoutOfYear, metricLabel } from "../catalogue/catalogue.js";
import { CROSSWALK, crosswalkNote } from "../catalogue/crosswalk.js";
import { say } from "../messages/catalogue.js";
import { currentLang } from "../messages/lang.js";
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

/**
 * A figure as a warning names it: the id the dataset file needs, and in Chinese the catalogue's label
 * before it (「通过政府网站公开」（channel_website）), so the reader knows the figure and the row to write.
 */
function figureName(metric: MetricId, applicant: Applicant | null): string {
  const id = applicant === null ? metric : `${metric} (${applicant})`;
  if (currentLang() !== "zh") return id;
  const label = metricLabel(metric, "zh") + (applicant === null ? "" : ` · ${APPLICANT_LABELS[applicant]?.zh ?? applicant}`);
  return `「${label}」（${id}）`;
}

/** Builds the warning for a growth (or index) that is null because of a missing or zero figure. */
export function gapWarning(
  code: ComputeWarningCode,
  at: { entity: EntityId; entity_name: string; metric: MetricId; applicant: Applicant | null; year: Year; missing_year: Year },
  file: string | null,
): ComputeWarning {
  const what = figureName(at.metric, at.applicant);
  const words = { entity: at.entity_name, what, missing_year: at.missing_year, year: at.year };
  let message: string;
  if (code === "W_ZERO_PRIOR") {
    message = say("cli.w_zero_prior", words);
  } else if (code === "W_NO_BASE") {
    message = say("cli.w_no_base", words);
  } else {
    const fix =
      outsideLayout(at.metric, at.missing_year) ??
      (file === null ? say("cli.w_no_prior_fix_entity", words) : say("cli.w_no_prior_fix_file", { file, what }));
    message = say("cli.w_no_prior", { ...words, fix });
  }
  return { code, ...at, file, message };
}

/** A peer, series or pair whose figure of `year` is missing: why, and the right way to add it. */
export function notStatedWarning(
  at: { entity: EntityId; entity_name: string; metric: MetricId; applicant: Applicant | null; year: Year },
  hasReport: boolean,
): ComputeWarning {
  const what = figureName(at.metric, at.applicant);
  const words = { what, year: at.year };
  const why = hasReport ? say("cli.w_not_stated_in_report", words) : say("cli.w_not_stated_no_report", words);
  const fix =
    outsideLayout(at.metric, at.year) ?? (hasReport ? say("cli.w_not_stated_fix_row", words) : say("cli.w_not_stated_fix_year", words));
  return {
    code: "W_NOT_STATED",
    ...at,
    missing_year: at.year,
    file: null,
    message: say("cli.w_not_stated", { entity: at.entity_name, ...words, why, fix }),
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
    message: say("cli.w_series_break", {
      entity: at.entity_name,
      metric: at.metric,
      year: at.year,
      prior: at.year - 1,
      older: older.join(" + "),
      note,
    }),
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
      ? say("cli.outside_layout_none")
      : older.fit === "break"
        ? say("cli.outside_layout_break", { older: older.from.join(" + "), note: crosswalkNote(older) })
        : say("cli.outside_layout_counterpart", {
            older: older.from.join(" + "),
            fit: older.fit === "same" ? say("cli.fit_same") : older.fit === "approximate" ? say("cli.fit_approximate") : older.fit,
          });
  return say("cli.outside_layout", { metric, layout_years: LAYOUT_YEARS[layout], years: yearsText, counterpart });
}
