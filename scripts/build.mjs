// Compiles src/ to dist/ (the CLI and the published API), then bundles the CLI. Runs on `npm install`
// (prepare) and `npm test`.
//
// The bundle exists for start-up time: a command like `compare` otherwise loads some 60 modules one by
// one, and resolving and linking them is a good part of an answer that should feel instant. esbuild
// joins the CLI's modules into one CommonJS script, dist/bin/main.js, with the scripts of export's
// threads beside it, each a script of its own. CommonJS, not ES modules: Node 20 loads an ES module
// graph through an asynchronous loader that resolves, fetches and links every file (a bundle split
// into shared chunks is still some 15 of them per command), while a CommonJS script is read and
// compiled once; `compare` on the bundled data took 0.173 s instead of 0.194 s (median of 40
// interleaved runs). A command's own code still runs only when the command does (esbuild wraps
// each lazily imported module in a function). Packages stay external and load as before.
// dist/cli/main.js, the `bin` of the package, then runs the bundle with a V8 code cache (see
// cli-entry.mjs). The API (dist/index.js) is the plain compiled modules.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const dist = new URL("../dist/", import.meta.url);
rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

const bin = new URL("bin/", dist);
await build({
  // The export threads' scripts too: a thread then starts from one file, not the compiled modules.
  entryPoints: {
    main: new URL("cli/main.js", dist).pathname,
    "export-lead": new URL("cli/export-lead.js", dist).pathname,
    "export-worker": new URL("export/export-worker.js", dist).pathname,
  },
  outdir: bin.pathname,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  packages: "external",
  // The sources find files beside them (the threads' scripts, packages through createRequire) from
  // import.meta.url, which a CommonJS script does not have: each script gets its own file's URL. The
  // scripts sit together in dist/bin/, so a thread's script, found relative to it, is the bundled one
  // from the bundle and the compiled one from the compiled modules.
  define: { "import.meta.url": "__importMetaUrl" },
  // Strict mode first: the modules were written as ES modules, which always are, and a directive
  // counts only before any statement.
  banner: { js: '"use strict";\nconst __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
// The package is ES modules ("type": "module"); the bundle's folder says its .js files are CommonJS.
writeFileSync(new URL("package.json", bin), '{ "type": "commonjs" }\n');
const main = new URL("cli/main.js", dist);
copyFileSync(new URL("cli-entry.mjs", import.meta.url), main);
chmodSync(main, 0o755);
// The code cache main.js compiles the bundle with (see cli-entry.mjs): written by this Node, after a
// run of the analyst's one-city question, so it holds the bytecode of what that run used.
execFileSync(process.execPath, [main.pathname, "compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--quiet"], {
  cwd: new URL("..", import.meta.url),
  env: { ...process.env, DISCLOSURE_TRENDS_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
