/**
 * Whether the head of a file is not text in any encoding the toolkit reads (UTF-16, told by its
 * byte-order mark, aside): more than one byte in twenty a control character other than tab, the line
 * breaks, form feed and escape. A text may hold a stray control character (a cell with a NUL is a
 * problem of that cell); a picture, an archive or a file of zeros is mostly made of them.
 */
export function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return head.length > 0 && control > head.length / 20;
}
