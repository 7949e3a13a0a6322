/**
 * A report is written into a fresh temporary folder beside its target and swapped in once complete, so
 * the output folder holds exactly this run's pages: none left from an earlier run (a body since removed
 * kept its page), none half-written if the run fails, and no temporary folder left behind by a failure.
 *
 * The swap is two renames (the old folder aside, the new one into its place): Node has no call that
 * exchanges two folders in one step (Linux's renameat2 RENAME_EXCHANGE). Between them, a moment, the
 * target is absent; it is never half-written. A run killed part-way (SIGKILL, a power cut) cannot clean
 * up after itself: its temporary folders are named like tempPathBeside's files, with the pid and time
 * of the run, and the next report to the same target removes those of runs no longer alive.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { IoError, UsageError } from "../errors.js";
import { ioErrorOf } from "../io/io-error-of.js";
import { makeDirs } from "../io/make-dirs.js";
import { sweepStaleTemps, tempPathBeside } from "../io/temp-files.js";
import { say } from "../messages/catalogue.js";

const REPORT_FILE = /\.(html|vl\.json|svg|png)$/;

/**
 * Runs `write(tmp)` on a new empty folder beside `target`, then puts that folder in the target's place.
 * An existing target is replaced only when it holds nothing but report files (pages, chart folders):
 * `--out .` or a folder of other work is refused, never emptied. Temporary folders that killed runs left
 * beside the target are removed first; `onSwept` is told their names. A failure of the file system is an
 * IoError naming the target.
 */
export async function replaceFolder(
  target: string,
  write: (tmp: string) => Promise<void>,
  onSwept?: (names: string[]) => void,
): Promise<void> {
  const dir = resolve(target);
  let tmp: string;
  try {
    checkReplaceable(dir);
    const swept = sweepStaleTemps(dir);
    if (swept.length > 0) onSwept?.(swept);
    makeDirs(dirname(dir));
    tmp = tempPathBeside(dir, ".tmp");
    makeDirs(tmp);
  } catch (err) {
    throw ioErrorOf(err, "write", target);
  }
  let old: string | undefined;
  try {
    await write(tmp);
    if (existsSync(dir)) {
      old = tempPathBeside(dir, ".old");
      renameSync(dir, old);
    }
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // The old report goes back if the new one could not take its place.
    if (old !== undefined && !existsSync(dir)) renameSync(old, dir);
    // A page that could not be written is named where the user will look for it, not in the temporary folder.
    if (err instanceof IoError && err.path.startsWith(tmp))
      throw new IoError(err.action, join(target, relative(tmp, err.path)), err.code, err.cause);
    throw ioErrorOf(err, "write", target);
  }
  if (old !== undefined) rmSync(old, { recursive: true, force: true });
}

function checkReplaceable(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st === undefined) return;
  if (!st.isDirectory()) throw new UsageError(say("write.report_over_file", { dir }));
  const foreign = foreignEntry(dir, 0);
  if (foreign !== undefined) {
    throw new UsageError(say("write.report_over_foreign", { dir, entry: foreign }));
  }
}

/** The first entry that a report would not have written (pages at the top, chart files one level down). */
function foreignEntry(dir: string, depth: number): string | undefined {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    // A temporary file an interrupted write left (write-file-atomic.ts) goes with the old report.
    if (st.isFile() && name.startsWith(".") && name.endsWith(".tmp")) continue;
    if (st.isDirectory() && depth === 0) {
      const inner = foreignEntry(path, 1);
      if (inner !== undefined) return inner;
    } else if (!st.isFile() || !REPORT_FILE.test(name) || (depth === 0 && !name.endsWith(".html"))) {
      return join(basename(dir), name);
    }
  }
  return undefined;
}
