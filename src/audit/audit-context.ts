/**
 * What every check reads: the table with its derived subtotals, its cells report by report, the list
 * of reports (entity, year), and helpers that turn a table row into a finding's figure with provenance.
 */
import { metricCode } from "../catalogue/catalogue.js";
import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { reportOrder } from "../compute/report-order.js";
import { ReportRows } from "../compute/report-rows.js";
import { ValueIndex } from "../compute/value-index.js";
import type { ObservationTable } from "../core/observation-table.js";
import { say } from "../messages/catalogue.js";
import { currentLang, type Lang } from "../messages/lang.js";
import { APPLICANT_CODES, type Applicant, type MetricId } from "../types.js";
import type { CheckId, Finding, FindingFigure, Severity } from "./finding.js";

export interface Report {
  entity: string;
  /** The entity's code in the context's table (−1 when the table has no row of it). */
  code: number;
  entity_name: string;
  year: number;
  /** The language of the report's finding messages (the context's; the current one when not given). */
  lang?: Lang;
  /** The entity's name in that language, for the messages (entity_name when not given). */
  name?: string;
}

export class AuditContext {
  readonly table: ObservationTable;
  /** Cell look-ups, a report at a time (reports are checked one after another). */
  readonly rows: ReportRows;
  readonly reports: Report[];
  /** Checks that ran to a result (whether or not they produced a finding). */
  checksRun = 0;
  /** The language the findings' messages are written in. */
  readonly lang: Lang;

  constructor(input: ObservationTable, lang: Lang = currentLang()) {
    this.lang = lang;
    this.table = deriveSubtotals(input);
    this.rows = new ReportRows(this.table);
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
        lang,
        name: this.nameOf(entity),
      };
    }
  }

  /** The table-wide index, for look-ups by entity id (breakdown groups); built on first use. */
  get index(): ValueIndex {
    return ValueIndex.of(this.table);
  }

  /** The report of an entity (its code in the table) and year. */
  report(code: number, year: number): Report {
    const entity = this.table.entityNames[code] as string;
    return {
      entity,
      code,
      entity_name: this.table.entityInfo.get(entity)?.name_zh ?? entity,
      year,
      lang: this.lang,
      name: this.nameOf(entity),
    };
  }

  /** An entity's name in the messages' language (its id when entity.json gives none). */
  private nameOf(entity: string): string {
    const info = this.table.entityInfo.get(entity);
    return (this.lang === "en" ? info?.name_en : info?.name_zh) ?? entity;
  }

  /** The row of a cell, or −1. */
  row(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): number {
    return this.rows.rowOf(r.code, year, metricCode(metric), applicant === null ? -1 : APPLICANT_CODES.indexOf(applicant));
  }

  /** The value of a cell; NaN when absent or not stated. */
  value(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): number {
    const i = this.row(r, metric, applicant, year);
    return i < 0 ? Number.NaN : (this.table.value[i] as number);
  }

  /** A finding figure for a cell, with its source sentence and file:line (nulls when absent). */
  figure(r: Report, metric: MetricId, applicant: Applicant | null = null, year = r.year): FindingFigure {
    return this.figureAt(this.row(r, metric, applicant, year), metric, applicant, year);
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
    message: messagePrefix(r) + fields.message,
    source: at.source,
    file: at.file,
    line: at.line,
    figures: fields.figures,
  };
}

/** The language a report's findings speak. */
export function reportLang(r: Report): Lang {
  return r.lang ?? currentLang();
}

/** The report of the last prefix made, and that prefix. */
let prefixOf: Report | null = null;
let prefix = "";

/**
 * "佳木斯市 2017年：" ("Jiamusi 2017: "), the start of every message of a report, made once for the report's findings (they
 * come one after another): a message is then two strings joined, not a template over four, and with
 * the could-not-run notes' texts kept per check (sum-check.ts) most of a corpus's messages share parts.
 */
function messagePrefix(r: Report): string {
  if (r !== prefixOf) {
    prefixOf = r;
    prefix = say("audit.prefix", { name: r.name ?? r.entity_name, year: r.year }, reportLang(r));
  }
  return prefix;
}
