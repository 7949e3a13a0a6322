import type { ObservationTable } from "../core/observation-table.js";
import type { DataFrame } from "./danfo.js";
import { rowsToFrame } from "./rows-to-frame.js";

/** The columns of an observations frame, in order. */
export const OBSERVATION_COLUMNS = [
  "entity",
  "entity_name",
  "year",
  "metric",
  "applicant",
  "value",
  "printed_share",
  "printed_change",
  "printed_change_pct",
  "basis",
  "source",
  "file",
  "line",
] as const;

/**
 * An ObservationTable as a Danfo DataFrame with the columns above. Unknown values are null (Danfo prints
 * them as null; they are unknown, never zero). `entity_name` is the body's Chinese name, so results built
 * from the frame (fromFrame) can still name the body.
 */
export function toFrame(table: ObservationTable): DataFrame {
  const rows = table.rows().map((r) => ({ ...r, entity_name: table.entityInfo.get(r.entity)?.name_zh ?? r.entity }));
  return rowsToFrame(rows, OBSERVATION_COLUMNS);
}
