/**
 * Untrusted text cut to a length before it is built into anything: a cell of 50 MB quoted in a
 * problem's message would make the message 50 MB, and every step after it (escaping, the JSON, the
 * terminal) pay for it. The problem texts bound what they echo again (echo-text.ts); this keeps huge
 * strings from being built on the way there.
 */
export function clipText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  // Not between the two halves of a surrogate pair.
  const end = isHighSurrogate(text.charCodeAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return `${text.slice(0, end)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
