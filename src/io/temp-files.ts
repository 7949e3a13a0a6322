/**
 * Temporary files beside the outputs being written, renamed over the target once complete, and the
 * sweeping of those an interrupted process left behind.
 *
 * Ctrl-C during a corpus export (minutes long at 50M rows) ends the process at once: the target is never
 * half-written, but its temporary file is, and would stay, hidden, possibly gigabytes. Catching the
 * signal instead would hold Ctrl-C back until the JavaScript in progress yields (a synchronous write of
 * minutes, an index build of seconds), so the leftovers are swept when the next export writes the same
 * target: a temporary name carries the pid that made it, and files of processes no longer running go.
 * A report's temporary folders (replace-folder.ts) are named and swept the same way. A pid can be taken
 * again by an unrelated process once its maker is gone, which would keep a leftover for ever: one whose
 * name says it was made more than a day ago goes whoever holds the pid now (no export or report runs
 * that long).
 */
import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** After this long a temporary file is a leftover whatever process now holds the pid in its name. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** A temporary file name beside `path` (same folder, so the final rename is atomic), hidden and unique. */
export function tempPathBeside(path: string, suffix = ".tmp"): string {
  // pid and time tell processes apart; the counter, names made in the same millisecond.
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}${suffix}`);
}

/**
 * Removes the temporary files and folders of `path` that processes no longer running left beside it
 * (see tempPathBeside); returns their names. Those of running processes, this one included, are kept
 * unless older than a day.
 */
export function sweepStaleTemps(path: string, now = Date.now()): string[] {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return []; // no folder yet: nothing to sweep
  }
  const swept: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.(\d+)\.\d+\./.exec(name.slice(prefix.length));
    if (m === null) continue;
    const pid = Number(m[1]);
    const old = now - Number(m[2]) > STALE_AFTER_MS;
    if (!old && (pid === process.pid || running(pid))) continue;
    rmSync(join(dirname(path), name), { force: true, recursive: true });
    swept.push(name);
  }
  return swept;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
