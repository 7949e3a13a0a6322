import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { makeDirs } from "./make-dirs.js";
import { tempPathBeside } from "./temp-files.js";

/**
 * Writes a file so that readers see the old content or the new, never a half-written file: the data
 * goes to a temporary file in the same folder, which is then renamed over the target. A target that is
 * a device or a named pipe (`--out /dev/stdout`, a FIFO) is written to, never replaced by a file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    try {
      writeFileSync(path, data);
    } catch (err) {
      throw namingTarget(err, path);
    }
    return;
  }
  makeDirs(dirname(path));
  const tmp = tempPathBeside(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw namingTarget(err, path);
  }
}

/** A failed write names the file the user asked for, not the temporary file or no file at all. */
function namingTarget(err: unknown, path: string): unknown {
  if (err instanceof Error && (err as { dest?: string }).dest === undefined) Object.assign(err, { dest: path });
  return err;
}
