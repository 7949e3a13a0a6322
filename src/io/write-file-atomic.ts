import { linkSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ioErrorOf } from "./io-error-of.js";
import { makeDirs } from "./make-dirs.js";
import { tempPathBeside } from "./temp-files.js";

export interface WriteFileOptions {
  /**
   * Create the file or fail (an IoError with code EEXIST), never replace one: the whole file is written
   * beside the target and hard-linked into place, and link() refuses an existing name in the same system
   * call that would create it, so of two processes writing the same new file exactly one succeeds (a
   * check for the file followed by a rename lets both "succeed" and one silently replace the other).
   */
  exclusive?: boolean;
}

/**
 * Writes a file so that readers see the old content or the new, never a half-written file: the data
 * goes to a temporary file in the same folder, which is then renamed over the target. A target that is
 * a device or a named pipe (`--out /dev/stdout`, a FIFO) is written to, never replaced by a file. A
 * failure is an IoError naming `path` (not the temporary file).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileOptions = {}): void {
  try {
    if (isSpecialFile(path)) {
      if (options.exclusive) throw Object.assign(new Error(`${path} exists`), { code: "EEXIST" });
      writeFileSync(path, data);
      return;
    }
    makeDirs(dirname(path));
  } catch (err) {
    throw ioErrorOf(err, "write", path);
  }
  const tmp = tempPathBeside(path);
  try {
    writeFileSync(tmp, data);
    if (options.exclusive) {
      linkSync(tmp, path);
      rmSync(tmp, { force: true });
    } else {
      renameSync(tmp, path);
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw ioErrorOf(err, "write", path);
  }
}

/**
 * True when `path` exists and is neither a regular file nor a folder: a device (/dev/stdout, /dev/full),
 * a named pipe or a socket, which a writer must write into and never replace by renaming a file over it
 * (as root, a rename over /dev/full makes it a regular file for every program on the machine).
 */
export function isSpecialFile(path: string): boolean {
  const st = statSync(path, { throwIfNoEntry: false });
  return st !== undefined && !st.isFile() && !st.isDirectory();
}
