/**
 * Encodes text as GB18030 for tests (Node has a GB18030 decoder but no encoder): ASCII as is, every
 * other character as its two-byte GBK code, found by decoding all two-byte codes once. A character GBK
 * has no two-byte code for is an error.
 */
let table: Map<string, [number, number]> | null = null;

export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${JSON.stringify(ch)} (U+${code.toString(16)})`);
    out.push(...pair);
  }
  return Buffer.from(out);
}

function buildTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder("gb18030");
  const map = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}
