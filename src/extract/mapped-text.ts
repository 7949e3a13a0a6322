/**
 * A text derived from the input together with where each of its characters came from, so a figure found
 * in the derived text can name its offsets in the input (HTML rendered to text, wrapped lines joined).
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; null when the text is the input itself. */
  offsets: readonly number[] | null;
}

/** The input offset of position `i` of a mapped text (`i` may be text.length: the end). */
export function inputOffset(m: MappedText, i: number): number {
  if (m.offsets === null) return i;
  if (i < m.offsets.length) return m.offsets[i] as number;
  const last = m.offsets[m.offsets.length - 1];
  return last === undefined ? 0 : last + 1;
}

/** The input range [start, end) of the mapped range [from, to). */
export function inputRange(m: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: inputOffset(m, from), end: inputOffset(m, from) };
  return { start: inputOffset(m, from), end: inputOffset(m, to - 1) + 1 };
}
