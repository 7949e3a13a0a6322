/**
 * What every check reads: the table with its derived subtotals, an index for cell look-ups, the list of
 * reports (entity, year), and helpers that turn a table row into a finding's figure with provenance.
 */
import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { reportOrder } from "../compute/report-order.js";
import { ValueIndex } from "../compute/value-index.js";
import type { ObservationTable } from "../core/observation-table.js";
import type { Applicant, MetricId } from "../types.js";
import type { CheckId, Finding, FindingFigure, Severity } from "./finding.js";

export interface Report {
  entity: string;
  /** The entity's code in the context's table (−1 when the table has no row of it). */
  code: number;
  entity_name: string;
  year: number;
}

export class AuditContext {
  readonly table: ObservationTable;
  readonly index: ValueIndex;
  readonly reports: Report[];
  /** Checks that ran to a result (whether or not they produced a finding). */
  checksRun = 0;

  constructor(input: ObservationTable) {
    this.table = deriveSubtotals(input);
    this.index = ValueIndex.of(this.table);
    const order = reportOrder(this.table);
    const t = this.table;
    this.reports = new Array(order.length);
    for (let k = 0; k < order.length; k++) {
      const entity = t.entityNames[order.entity[k] as number] as string;
      this.reports[k] = {
        entity,
        code: order.entity[k] as number,
        entity_name: t.entityInfo.get(entity)?.name_zh ?? entity,
        year: order.year[k] as number,
      };
    }
  }

  /** The report of an entity and year. */
  report(entity: string, year: number): Report {
    return { entity, code: this.index.entityCode(entity), entity_name: this.table.entityInfo.get(entity)?.name_zh ?? entity, year };
  }

  /** The row of a cell, or −1. */
  row(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): number {
    return this.index.row(r.entity, year, metric, applicant);
  }

  /** The value of a cell; NaN when absent or not stated. */
  value(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): number {
    return this.index.value(r.entity, year, metric, applicant);
  }

  /** A finding figure for a cell, with its source sentence and file:line (nulls when absent). */
  figure(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): FindingFigure {
    return this.figureAt(this.index.row(r.entity, year, metric, applicant), metric, applicant, year);
  }

  /** The figure of a cell whose row is already known (−1: not in the table). */
  figureAt(row: number, metric: MetricId, applicant: Applicant | null, year: number): FindingFigure {
    const t = this.table;
    return {
      metric,
      applicant,
      year,
      value: row < 0 ? null : t.valueAt(row),
      source: row < 0 ? null : t.sourceAt(row),
      file: row < 0 ? null : t.fileAt(row),
      line: row < 0 ? null : (t.line[row] as number),
    };
  }
}

/** Builds a finding; provenance comes from the `at` figure (the printed one). */
export function finding(
  r: Report,
  check: CheckId,
  severity: Severity,
  at: FindingFigure,
  fields: {
    printed: number | null;
    computed: number | null;
    message: string;
    figures: FindingFigure[];
    metrics?: MetricId[];
    ran?: boolean;
  },
): Finding {
  const { printed, computed } = fields;
  return {
    entity: r.entity,
    entity_name: r.entity_name,
    year: r.year,
    check,
    ran: fields.ran ?? true,
    metrics: fields.metrics ?? [...new Set(fields.figures.map((f) => f.metric))],
    applicant: at.applicant,
    printed,
    computed,
    difference: printed === null || computed === null ? null : printed - computed,
    severity,
    message: `${r.entity_name} ${r.year}: ${fields.message}`,
    source: at.source,
    file: at.file,
    line: at.line,
    figures: fields.figures,
  };
}
