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
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
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
// pdf.js for `extract` of a PDF, as one CommonJS script beside the bundle (see
// src/extract/pdf/load-pdfjs.ts): its minified legacy builds, the worker (which runs in this thread
// in Node) first, so that pdf.js finds it without importing it. `Response.prototype.bytes` stands
// for Function.prototype: pdf.js polyfills that method at load when it is missing (Node 20), and the
// mere look at Response loads Node's fetch, some sixty modules, for a method reading a PDF's text never
// calls.
await build({
  stdin: {
    contents: 'import "pdfjs-dist/legacy/build/pdf.worker.min.mjs";\nexport * from "pdfjs-dist/legacy/build/pdf.min.mjs";\n',
    resolveDir: new URL("..", import.meta.url).pathname,
    loader: "js",
  },
  outfile: new URL("pdfjs.js", bin).pathname,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  define: { "import.meta.url": "__importMetaUrl", "Response.prototype.bytes": "Function.prototype" },
  banner: { js: '"use strict";\nconst __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "error",
});
// The package is ES modules ("type": "module"); the bundle's folder says its .js files are CommonJS.
writeFileSync(new URL("package.json", bin), '{ "type": "commonjs" }\n');
const main = new URL("cli/main.js", dist);
copyFileSync(new URL("cli-entry.mjs", import.meta.url), main);
chmodSync(main, 0o755);
// The code cache pdfjs.js is compiled with, written by an `extract` of a one-page PDF (built here: the
// project holds no PDF), so that it holds the bytecode of reading a PDF's text. It comes first: the
// run writes main.js.cache too, which the next run writes again.
const tmp = mkdtempSync(join(tmpdir(), "disclosure-trends-build-"));
try {
  const pdf = join(tmp, "warm-up-2024.pdf");
  writeFileSync(pdf, onePagePdf("2024 Annual report 12 345"));
  execFileSync(process.execPath, [main.pathname, "extract", pdf], {
    env: { ...process.env, DISCLOSURE_TRENDS_WRITE_CODE_CACHE: "1" },
    stdio: "ignore",
  });
} catch {
  // no figure in it: the command fails, after pdf.js has read the page, which is all the run is for
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// The code cache main.js compiles the bundle with (see cli-entry.mjs): written by this Node, after a
// run of the analyst's one-city question, so it holds the bytecode of what that run used.
execFileSync(process.execPath, [main.pathname, "compare", "datasets/jiamusi", "--from", "2016", "--to", "2017", "--quiet"], {
  cwd: new URL("..", import.meta.url),
  env: { ...process.env, DISCLOSURE_TRENDS_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});

/** A valid one-page PDF writing `text` in Helvetica, with a true cross-reference table. */
function onePagePdf(text) {
  const content = `BT /F1 12 Tf 72 780 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, "0")} 00000 n \n`;
  return `${out}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}
