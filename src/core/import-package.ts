/**
 * import() of a package, the one way the toolkit loads its optional heavy packages (Vega, resvg,
 * DuckDB, …) on first use.
 *
 * Why not plain import(): the CLI compiles its bundle from a V8 code cache (scripts/cli-entry.mjs), and
 * Node 20 gives a script compiled from a cache no loader for its import() calls (they throw
 * ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING). The CLI's entry, a plain ES module, lends its own import()
 * through a global; everywhere else (the API, tests) this is plain import().
 */
const LENT = Symbol.for("disclosure-trends.import-package");

export function importPackage<T>(specifier: string): Promise<T> {
  const lent = (globalThis as Record<symbol, ((specifier: string) => Promise<unknown>) | undefined>)[LENT];
  return (lent === undefined ? import(/* @vite-ignore */ specifier) : lent(specifier)) as Promise<T>;
}
