import { type LoadOptions, loadDatasetsOrThrow } from "../io/load-datasets.js";
import type { DataFrame } from "./danfo.js";
import { toFrame } from "./to-frame.js";

/** Loads and validates datasets into a Danfo DataFrame; throws DataError listing every problem. */
export async function loadFrame(path: string, options: LoadOptions = {}): Promise<DataFrame> {
  return toFrame(await loadDatasetsOrThrow(path, options));
}
