import type { ObservationTable } from "../core/observation-table.js";
import type { DataFrame } from "./danfo.js";
import { rowsToFrame } from "./rows-to-frame.js";

/** The columns of an observations frame, in order. */
export const OBSERVATION_COLUMNS = [
  "entity",
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
 * them as null; they are unknown, never zero).
 */
export function toFrame(table: ObservationTable): DataFrame {
  return rowsToFrame(table.rows(), OBSERVATION_COLUMNS);
}
