/**
 * What yoy and changeBetween share: the per-pair arithmetic, the comparability code (memoised per metric
 * and year pair) and the warning for a missing or zero earlier figure.
 */
import { metricAt } from "../catalogue/catalogue.js";
import type { ObservationTable } from "../core/observation-table.js";
import { scopeChangeBetween, scopesByEntityCode } from "../coverage/scope-by-year.js";
import { ChangeTableBuilder, COMPARABILITY_CODES } from "./change-table.js";
import { comparability, withScope } from "./comparability.js";
import { gapWarning, siblingYearFile, type WarningLog } from "./compute-warning.js";
import { exactDifference } from "./exact-difference.js";
import { hasPercentChange, percentChangeOf } from "./percent-change.js";

const NO_PRIOR = COMPARABILITY_CODES.indexOf("no_prior");
const NOT_COMPARABLE = COMPARABILITY_CODES.indexOf("not_comparable");
const SCOPE_CHANGED = COMPARABILITY_CODES.indexOf("scope_changed");

export class PairContext {
  readonly out: ChangeTableBuilder;
  private readonly fits = new Map<number, number>();
  /** Per entity code and year pair: whether the body's scope changed (1) or not (0). */
  private readonly scopeChanged = new Map<number, number>();
  /** Scopes by entity code; null when no body states one, so pairs skip the lookup. */
  private readonly scopes: (ReadonlyMap<number, string> | null)[] | null;

  constructor(
    readonly table: ObservationTable,
    private readonly log: WarningLog,
    capacity: number,
  ) {
    this.out = new ChangeTableBuilder(table, capacity);
    this.scopes = scopesByEntityCode(table);
  }

  /**
   * Appends the pair (fromRow → toRow; either may be −1). `warnIfMissing` says whether an absent or
   * unstated earlier figure deserves a warning (a zero one always does when the later one is known).
   */
  add(fromRow: number, toRow: number, fromYear: number, toYear: number, warnIfMissing: boolean): void {
    const v = this.table.value;
    const prior = fromRow < 0 ? Number.NaN : (v[fromRow] as number);
    const current = toRow < 0 ? Number.NaN : (v[toRow] as number);
    const change = exactDifference(current, prior);
    const anyRow = toRow >= 0 ? toRow : fromRow;
    const metric = this.table.metric[anyRow] as number;
    const pct = percentChangeOf(metric, prior, current);
    // Nothing to compare with reads "no prior", unless the layouts already rule the comparison out (a
    // metric the earlier layout lacks, or a crosswalk break).
    const layoutFit = this.fit(metric, fromYear, toYear);
    // A scope change weakens what the layouts allow (withScope): comparable or approximate steps only.
    const scoped =
      layoutFit !== NOT_COMPARABLE && this.changedScope(this.table.entity[anyRow] as number, fromYear, toYear) ? SCOPE_CHANGED : layoutFit;
    const fit = Number.isNaN(prior) && layoutFit !== NOT_COMPARABLE ? NO_PRIOR : scoped;
    this.out.push(fromRow, toRow, fromYear, toYear, change, pct, fit);
    if (toRow < 0 || Number.isNaN(current)) return;
    // A signed figure (本年增/减) has no percent change, so a zero prior loses nothing.
    if (prior === 0 && hasPercentChange(metric)) this.warn("W_ZERO_PRIOR", toRow, fromYear, toYear, fromRow);
    else if (Number.isNaN(prior) && warnIfMissing) this.warn("W_NO_PRIOR", toRow, fromYear, toYear, fromRow);
  }

  private fit(metric: number, fromYear: number, toYear: number): number {
    const key = (metric * 8192 + fromYear) * 8192 + toYear;
    let code = this.fits.get(key);
    if (code === undefined) {
      code = COMPARABILITY_CODES.indexOf(comparability(metricAt(metric).id, fromYear, toYear).fit);
      this.fits.set(key, code);
    }
    return code;
  }

  private changedScope(entity: number, fromYear: number, toYear: number): boolean {
    const scopes = this.scopes?.[entity] ?? null;
    if (scopes === null) return false;
    const key = (entity * 8192 + fromYear) * 8192 + toYear;
    let changed = this.scopeChanged.get(key);
    if (changed === undefined) {
      changed = withScope("comparable", scopeChangeBetween(scopes, fromYear, toYear)) === "scope_changed" ? 1 : 0;
      this.scopeChanged.set(key, changed);
    }
    return changed === 1;
  }

  private warn(code: "W_NO_PRIOR" | "W_ZERO_PRIOR", toRow: number, fromYear: number, toYear: number, fromRow: number): void {
    if (!this.log.keeps) {
      this.log.skip();
      return;
    }
    const t = this.table;
    const entity = t.entityAt(toRow);
    const file = fromRow >= 0 ? t.fileAt(fromRow) : siblingYearFile(t.fileAt(toRow), fromYear);
    this.log.add(
      gapWarning(
        code,
        {
          entity,
          entity_name: t.entityInfo.get(entity)?.name_zh ?? entity,
          metric: t.metricAt(toRow),
          applicant: t.applicantAt(toRow),
          year: toYear,
          missing_year: fromYear,
        },
        file,
      ),
    );
  }
}
