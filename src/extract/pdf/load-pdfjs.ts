import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { importPackage } from "../../core/import-package.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once per process. The CLI finds its own build of it beside its bundle
 * (dist/bin/pdfjs.js, made by scripts/build.mjs from pdf.js's minified legacy builds, the worker
 * included) and compiles it with the V8 code cache the build left beside it, as the CLI's own bundle
 * is (scripts/cli-entry.mjs): reading the package's two ES modules, 3.3 MB, and compiling them was a
 * fifth of an `extract` of a 6-page PDF. Elsewhere (the API, tests) it is the package itself.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loaded ??= withNativeBuiltins(async () => {
    const bundled = fileURLToPath(new URL("./pdfjs.js", import.meta.url));
    if (existsSync(bundled)) return runWithCodeCache(bundled) as PdfJs;
    return importPackage<PdfJs>("pdfjs-dist/legacy/build/pdf.mjs");
  });
  return loaded;
}

/**
 * pdf.js's legacy build carries core-js, which replaces Array.prototype.push, JSON.parse and
 * JSON.stringify with its own JavaScript versions on V8 older than Node 22's (for corner cases: a
 * non-writable array length, the source text given to a reviver, raw JSON). Every push in pdf.js's
 * font reading and in the rest of the command then ran through that script; the engine's own are put
 * back once pdf.js is loaded. Nothing here or in pdf.js relies on those corner cases.
 */
async function withNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  try {
    return await load();
  } finally {
    Array.prototype.push = push;
    JSON.parse = parse;
    JSON.stringify = stringify;
  }
}

/**
 * Runs a CommonJS script compiled with the code cache beside it (`<file>.cache`) and returns its
 * exports. A cache V8 rejects or finds missing only costs the parse. With
 * DISCLOSURE_TRENDS_WRITE_CODE_CACHE=1 (the build's warm-up run) the cache is written on exit, with the
 * bytecode of every function the run used.
 */
function runWithCodeCache(file: string): unknown {
  const cacheFile = `${file}.cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const source = readFileSync(file, "utf8");
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (process.env.DISCLOSURE_TRENDS_WRITE_CODE_CACHE === "1") {
    process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
