/**
 * Makes a folder and any missing parents, as `mkdirSync(dir, { recursive: true })` does, but always
 * returns or throws: Node 20's recursive mkdir retries for ever where a parent exists and the system
 * still answers ENOENT for the child (under /proc, say), so an export there hung instead of saying it
 * cannot write. A file in the folder's place is ENOTDIR, as for a path under a file, not EEXIST.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

export function makeDirs(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if (statSync(dir).isDirectory()) return;
      // A file where a folder is wanted: the same answer the system gives for a path under a file.
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: "ENOTDIR", syscall: "mkdir", path: dir });
    }
    const parent = dirname(dir);
    if (code !== "ENOENT" || parent === dir) throw err;
    makeDirs(parent);
    // Once: an ENOENT now, with the parent there, is the system's answer.
    mkdirSync(dir);
  }
}
