/** A chart as an SVG document, laid out with CJK-aware text measurement (see load-vega.ts). */
import type { TopLevelSpec } from "vega-lite";
import { loadVega } from "./load-vega.js";
import { toVegaSpec } from "./to-vega-spec.js";

export async function toSvg(spec: TopLevelSpec): Promise<string> {
  const { vega } = await loadVega();
  const { spec: compiled } = await toVegaSpec(spec);
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
