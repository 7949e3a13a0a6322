import type { PeerRow } from "../../compute/compare-entities.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { entityName } from "../labels.js";
import { percentFormat, signedFormat } from "./number-formats.js";
import { scopeChangeText } from "./scope-change-text.js";

/** The table of `peers`: bodies ranked by one metric in one year, with the peer total and median. */
export function peersTable(table: ObservationTable, rows: readonly PeerRow[], o: ParsedOutput): TableData {
  return {
    columns: [
      { key: "rank", title: "rank", align: "right" },
      { key: "entity", title: "entity" },
      { key: "entity_name", title: o.lang === "zh" ? "名称" : "name" },
      { key: "year", title: "year", align: "right" },
      { key: "value", title: "value", align: "right" },
      { key: "share_of_peer_total_pct", title: "% of peers", align: "right", format: percentFormat(o.digits, false) },
      { key: "peer_total", title: "peer total", align: "right" },
      { key: "peer_median", title: "peer median", align: "right" },
      { key: "prior_value", title: "year before", align: "right" },
      { key: "change", title: "change", align: "right", format: signedFormat },
      { key: "change_pct", title: "change %", align: "right", format: percentFormat(o.digits, true) },
      { key: "comparability", title: "comparability" },
      ...(rows.some((r) => r.scope_from !== null) ? [{ key: "scope", title: say("scope.column", {}, o.lang) }] : []),
      { key: "prior_metrics", title: "prior from" },
      ...(rows.some((r) => r.basis === "derived") ? [{ key: "basis", title: "basis" }] : []),
    ],
    rows: rows.map((r) => ({
      rank: r.rank,
      entity: r.entity,
      entity_name: entityName(table, r.entity, o.lang),
      year: r.year,
      value: r.value,
      share_of_peer_total_pct: roundPct(r.share_of_peer_total, o.digits),
      peer_total: r.peer_total,
      peer_median: r.peer_median,
      prior_value: r.prior_value,
      change: r.change,
      change_pct: roundPct(r.change_pct, o.digits),
      comparability: r.comparability,
      scope: scopeChangeText(r, o.lang),
      prior_metrics: r.prior_metrics.join("+"),
      basis: r.basis,
    })),
  };
}
