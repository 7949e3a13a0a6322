import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest's global setup: every test file, and every process a test starts, writes its temporary files
 * under one folder of this run (TMPDIR, which os.tmpdir() reads), removed when the run ends, so a test
 * run leaves nothing in the system's temporary folder even where a test does not clean up itself.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "disclosure-trends-tests-"));
  process.env.TMPDIR = root;
  // Tests expect the tool's default language whatever the machine's locale; a test of the locale sets
  // its own environment.
  process.env.DISCLOSURE_TRENDS_LANG = "zh";
  return () => rmSync(root, { recursive: true, force: true });
}
