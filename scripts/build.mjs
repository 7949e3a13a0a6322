// Compiles src/ to dist/ (the CLI and the published API), then bundles the CLI. Runs on `npm install`
// (prepare) and `npm test`.
//
// The bundle exists for start-up time: a command like `compare` otherwise loads some 60 modules one by
// one, and resolving and linking them is a good part of an answer that should feel instant. esbuild
// joins the CLI's modules into dist/bin/ (one file per command plus shared chunks, so a command still
// loads only its own code), with the scripts of export's threads beside it; packages stay external
// and load as before. dist/cli/main.js, the `bin` of the package, then just imports the bundle. The API
// (dist/index.js) is the plain compiled modules.
import { execFileSync } from "node:child_process";
import { chmodSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const dist = new URL("../dist/", import.meta.url);
rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

await build({
  // The export threads' scripts too: a thread then starts from a few files, not the compiled modules.
  entryPoints: {
    main: new URL("cli/main.js", dist).pathname,
    "export-lead": new URL("cli/export-lead.js", dist).pathname,
    "export-worker": new URL("export/export-worker.js", dist).pathname,
  },
  outdir: new URL("bin/", dist).pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  // Chunks sit beside main.js and the threads' scripts, so a thread's script, found relative to
  // import.meta.url, is the bundled one from the bundle and the compiled one from the compiled modules.
  chunkNames: "[name]-[hash]",
  logLevel: "warning",
});
const main = new URL("cli/main.js", dist);
writeFileSync(main, '#!/usr/bin/env node\n// The bundled CLI (see scripts/build.mjs).\nimport "../bin/main.js";\n');
chmodSync(main, 0o755);
