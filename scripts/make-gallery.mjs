// Remakes the chart gallery (docs/gallery/<kind>-desktop.png and -phone.png, shown by docs/gallery.md)
// from the bundled datasets with the built library: `npm run build && node scripts/make-gallery.mjs`.
// The same charts as `disclosure-trends chart` draws (chartForKind), plus the coverage chart of the
// report's index page. Unlike the README pictures (resvg, one fixed size), each chart goes through the
// offline HTML page `chart --out x.html` writes (chartBytes: toHtml with the Chinese font embedded, so
// the pictures do not depend on the fonts of the machine that makes them) and is photographed in
// Chromium at a desktop and a phone width: the gallery shows what a reader of those pages sees.
// Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
// The coverage chart is not part of the public API (dist/index.js): it is the report's, not a `chart` kind.
import { coverageReportChart } from "../dist/coverage/coverage-report-chart.js";
import { chartBytes, chartForKind, loadDatasetsOrThrow } from "../dist/index.js";

const out = new URL("../docs/gallery/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const table = await loadDatasetsOrThrow(new URL("../datasets", import.meta.url).pathname);

// The selections are the ones docs/gallery.md gives as commands: keep the two in step.
const charts = [
  ["trend", { metrics: ["requests_new"], entities: ["jiamusi", "suqian-shi", "huaian-hongze"] }],
  [
    "growth",
    {
      entities: ["suqian-shi"],
      // A chart of one body does not name it: the title does.
      title: "宿迁市人民政府 同比增长",
      metrics: [
        "requests_new",
        "requests_carried_in",
        "result_total",
        "result_granted",
        "reconsideration.total",
        "litigation_direct.total",
        "licensing_decisions",
        "penalty_decisions",
      ],
    },
  ],
  [
    "heatmap",
    {
      entities: ["suqian-shi", "huaian-hongze", "shanghai-putuo"],
      metrics: ["requests_received", "requests_new", "result_total", "result_granted", "result_other"],
    },
  ],
  ["breakdown", { entities: ["huaian-hongze"], group: "result_categories", title: "淮安市洪泽区 办理结果" }],
  ["donut", { entities: ["jiamusi"], group: "proactive_channels", year: 2017 }],
  ["slope", { entities: ["huaian-hongze"], group: "result_categories", from: 2023, to: 2024, title: "淮安市洪泽区 办理结果 2023 → 2024" }],
  ["audit", { entities: ["jiamusi"], group: "proactive_channels", year: 2017 }],
];
const specs = charts.map(([kind, selection]) => [kind, chartForKind(table, kind, selection)]);
const coverage = coverageReportChart(table, "zh");
if (coverage === null) throw new Error("the bundled datasets hold no year: no coverage chart to draw");
specs.push(["coverage", coverage.spec]);

const widths = [
  ["desktop", 1366],
  ["phone", 390],
];
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error(
    `chromium not found at ${executablePath}: install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH`,
  );
}
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  for (const [device, width] of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    for (const [kind, spec] of specs) {
      await page.setContent(await chartBytes(spec, "html", { lang: "zh" }), { waitUntil: "load" });
      // The page draws once its Chinese font has loaded; a chart that fails shows its error instead.
      await page.waitForFunction(`document.querySelector("#chart svg .mark-group") || document.querySelector(".chart-error")`);
      const failed = await page.$(".chart-error");
      if (failed) throw new Error(`${kind} chart failed to draw: ${await failed.textContent()}`);
      await page.locator("#chart svg").screenshot({ path: `${out}${kind}-${device}.png` });
      console.log(`wrote docs/gallery/${kind}-${device}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
