import { closeSync, openSync, readSync } from "node:fs";

/** How much of a file its head is: enough to tell its encoding, line ends and kind of table. */
export const HEAD_BYTES = 65536;

/** The first HEAD_BYTES of a file (all of a shorter one). */
export function readFileHead(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}
