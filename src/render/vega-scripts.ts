/**
 * The browser builds of Vega, Vega-Lite and vega-embed, inlined into HTML files so that a chart page
 * needs no network when it is opened (about 830 KB). Source-map comments are dropped: the maps are not
 * shipped, and a browser's developer tools would otherwise try to fetch them.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const BUNDLES = [
  ["vega", "build/vega.min.js"],
  ["vega-lite", "build/vega-lite.min.js"],
  ["vega-embed", "build/vega-embed.min.js"],
] as const;

let cached: string | undefined;

/** Three <script> elements holding the bundles, in load order. */
export function vegaScriptTags(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  cached = BUNDLES.map(([pkg, file]) => {
    const b = `${pkg}/${file}`;
    const code = readFileSync(join(packageDir(require, pkg), file), "utf8").replace(/^\/\/# sourceMappingURL=.*$/gm, "");
    // Inline code must not contain a closing script tag; these builds do not, and a new version that
    // did would break every page silently, so refuse it loudly.
    if (/<\/script/i.test(code)) throw new Error(`${b} contains "</script" and cannot be inlined`);
    return `<script>${code}</script>`;
  }).join("\n");
  return cached;
}

/**
 * The folder of an installed package. The packages' "exports" maps hide their build folders from
 * require.resolve, so resolve the main entry and walk up to the package's own package.json.
 */
function packageDir(require: NodeJS.Require, name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of the package ${name}`);
    dir = up;
  }
}
