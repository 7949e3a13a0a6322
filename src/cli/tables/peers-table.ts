import type { PeerRow } from "../../compute/compare-entities.js";
import type { ObservationTable } from "../../core/observation-table.js";
import type { TableData } from "../../format/table-data.js";
import { say } from "../../messages/catalogue.js";
import { type ParsedOutput, roundPct } from "../command-options.js";
import { entityName } from "../labels.js";
import { basisLabel, comparabilityLabel } from "./code-labels.js";
import { columnTitle } from "./column-title.js";
import { percentFormat, signedFormat } from "./number-formats.js";
import { scopeChangeText } from "./scope-change-text.js";

/** The table of `peers`: bodies ranked by one metric in one year, with the peer total and median. */
export function peersTable(table: ObservationTable, rows: readonly PeerRow[], o: ParsedOutput): TableData {
  const t = (key: string) => columnTitle(key, o.lang);
  return {
    columns: [
      { key: "rank", title: t("rank"), align: "right" },
      { key: "entity", title: t("entity"), extra: true },
      { key: "entity_name", title: t("entity_name") },
      { key: "year", title: t("year"), align: "right", extra: true },
      { key: "value", title: t("value"), align: "right" },
      { key: "share_of_peer_total_pct", title: t("share_of_peer_total_pct"), align: "right", format: percentFormat(o.digits, false) },
      { key: "peer_total", title: t("peer_total"), align: "right", extra: true },
      { key: "peer_median", title: t("peer_median"), align: "right", extra: true },
      { key: "prior_value", title: t("prior_value"), align: "right" },
      { key: "change", title: t("change"), align: "right", format: signedFormat },
      { key: "change_pct", title: t("change_pct"), align: "right", format: percentFormat(o.digits, true) },
      { key: "comparability", title: t("comparability"), text: comparabilityLabel },
      ...(rows.some((r) => r.scope_from !== null) ? [{ key: "scope", title: say("scope.column", {}, o.lang) }] : []),
      { key: "prior_metrics", title: t("prior_metrics"), extra: true },
      ...(rows.some((r) => r.basis === "derived") ? [{ key: "basis", title: t("basis"), text: basisLabel }] : []),
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
