// Remakes the README pictures (docs/images/*.png) from the bundled datasets with the built CLI's
// library: `npm run build && node scripts/make-readme-images.mjs`.
import { mkdirSync } from "node:fs";
import { chartForKind, loadDatasetsOrThrow, writeChart } from "../dist/index.js";

const out = new URL("../docs/images/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const table = await loadDatasetsOrThrow(new URL("../datasets", import.meta.url).pathname);

const pictures = [
  ["trend-requests", "trend", { metrics: ["requests_new"] }],
  ["audit-channels", "audit", { entities: ["jiamusi"], group: "proactive_channels", year: 2017 }],
  ["donut-channels", "donut", { entities: ["jiamusi"], group: "proactive_channels" }],
  ["growth-hongze", "growth", { entities: ["huaian-hongze"] }],
  ["breakdown-results", "breakdown", { entities: ["huaian-hongze"], group: "result_categories" }],
];
for (const [name, kind, selection] of pictures) {
  const path = `${out}${name}.png`;
  await writeChart(chartForKind(table, kind, selection), path);
  console.log(`wrote docs/images/${name}.png`);
}
