import { basename, dirname, join } from "node:path";

/** A temporary file name beside `path` (same folder, so the final rename is atomic), hidden and unique. */
export function tempPathBeside(path: string, suffix = ".tmp"): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}${suffix}`);
}
