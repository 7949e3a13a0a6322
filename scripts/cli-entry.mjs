#!/usr/bin/env node
// dist/cli/main.js, the package's `bin`: runs the bundled CLI, dist/bin/main.js (see scripts/build.mjs).
//
// The bundle is compiled with the V8 code cache the build left beside it (main.js.cache, written by a
// run of `compare` on the bundled data): V8 then reads the bytecode of the top level and of every
// function that run used instead of parsing half a megabyte of script, which took about a fifth of a
// one-city `compare` after Node's own start-up. A cache V8 rejects (another Node, another V8 flag) or
// finds missing only costs that parse. The script is run as Node runs a CommonJS module (never
// imported: Node would scan the whole bundle for the names it exports).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const file = fileURLToPath(new URL("../bin/main.js", import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compiled from source
}
// A script compiled from a cache gets no loader for its import() in Node 20: the bundle loads its
// packages through this module's (see src/core/import-package.ts).
globalThis[Symbol.for("disclosure-trends.import-package")] = (specifier) => import(specifier);
// Node's own CommonJS wrapper, on the same line as the script's first (the hashbang is dropped).
const source = readFileSync(file, "utf8").replace(/^#!.*/, "");
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
// The build's run writes the cache once the command is done, with every function it compiled.
if (process.env.DISCLOSURE_TRENDS_WRITE_CODE_CACHE === "1") {
  process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
}
const module = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
