import { ObservationTable } from "../core/observation-table.js";
import type { DataFrame } from "./danfo.js";
import { fromFrame } from "./from-frame.js";

/** Frame functions accept either an observations DataFrame (checked by fromFrame) or a table. */
export type FrameInput = DataFrame | ObservationTable;

export function asTable(input: FrameInput): ObservationTable {
  return input instanceof ObservationTable ? input : fromFrame(input);
}
