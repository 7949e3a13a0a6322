/**
 * The browser builds of Vega, Vega-Lite and vega-embed, inlined into HTML files so that a chart page
 * needs no network when it is opened (about 830 KB). Source-map comments are dropped: the maps are not
 * shipped, and a browser's developer tools would otherwise try to fetch them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const BUNDLES = ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js", "vega-embed/build/vega-embed.min.js"] as const;

let cached: string | undefined;

/** Three <script> elements holding the bundles, in load order. */
export function vegaScriptTags(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  cached = BUNDLES.map((b) => {
    const code = readFileSync(require.resolve(b), "utf8").replace(/^\/\/# sourceMappingURL=.*$/gm, "");
    // Inline code must not contain a closing script tag; these builds do not, and a new version that
    // did would break every page silently, so refuse it loudly.
    if (/<\/script/i.test(code)) throw new Error(`${b} contains "</script" and cannot be inlined`);
    return `<script>${code}</script>`;
  }).join("\n");
  return cached;
}
