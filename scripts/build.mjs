// Compiles src/ to dist/ (the CLI and the published API). Runs on `npm install` (prepare) and `npm test`.
import { execFileSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
