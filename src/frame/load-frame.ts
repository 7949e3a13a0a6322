import { deriveSubtotals } from "../compute/derive-subtotals.js";
import { type LoadOptions, loadDatasetsOrThrow } from "../io/load-datasets.js";
import type { DataFrame } from "./danfo.js";
import { toFrame } from "./to-frame.js";

/**
 * Loads and validates datasets into a Danfo DataFrame; throws DataError listing every problem. The frame
 * holds the derived subtotals too (basis "derived", their formula as source), the figures every command
 * and compute function reads.
 */
export async function loadFrame(path: string, options: LoadOptions = {}): Promise<DataFrame> {
  return toFrame(deriveSubtotals(await loadDatasetsOrThrow(path, options)));
}
