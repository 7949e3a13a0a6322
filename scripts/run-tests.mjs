// Runs the test suite and ends with the plain line `N passed, N failed` (CI reads that line, not
// vitest's own summary). Exits non-zero when a test failed or the run itself broke.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");
const report = ".vitest.json";
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
if (!existsSync(report)) {
  console.log("0 passed, 1 failed");
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(report, "utf8"));
// A suite that fails to load counts as a failure even though no test in it ran.
const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
const failed = r.numFailedTests + brokenSuites;
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
