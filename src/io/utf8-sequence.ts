/**
 * The length of the UTF-8 multi-byte character starting at `i` (2, 3 or 4), or 0 when the bytes there are
 * no valid one: a stray continuation byte, a cut sequence, an overlong form, a surrogate or a code point
 * past U+10FFFF. Bytes below 0x80 are for the caller (one byte each). One definition for the decoders that
 * say where a file stops being UTF-8.
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 0;
  const b1 = bytes[i + 1] as number;
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
  return n;
}
