import { describe, expect, it } from "vitest";
import { fieldColumn, someLines } from "../../src/io/code-frame.js";
import { echoText, quoted } from "../../src/io/echo-text.js";
import { clipText } from "../../src/text/clip-text.js";

/** Texts of megabytes echoed in problems and placed in code frames: bounded results, exact counts. */
const mb = 5 * 1024 * 1024;

describe("echoes of a runaway cell", () => {
  it("shows the first characters and counts the rest exactly, escapes included", () => {
    const text = `${"x".repeat(mb)}\u001b😀`;
    const out = echoText(text, 10);
    expect(out.startsWith("xxxxxxxxxx")).toBe(true);
    // 5 MB + 2 characters, the escape shown as 6: 10 shown, the rest counted.
    expect(out).toContain(String(mb + 6 + 1 - 10));
    expect(out.length).toBeLessThan(40);
  });

  it("counts the quotes and backslashes a quoted echo doubles", () => {
    const text = `"\\${"y".repeat(mb)}`;
    const out = quoted(text, 4);
    // Escaped: \" \\ then the y's, 2 + 2 + mb characters; the first 4 shown, mb more counted.
    expect(out.startsWith('"\\"\\\\')).toBe(true);
    expect(out.slice(5, 6)).not.toBe("y");
    expect(out).toContain(String(mb));
  });

  it("clipText cuts before building and never between the halves of a pair", () => {
    expect(clipText("abc", 3)).toBe("abc");
    expect(clipText("abcd", 3)).toBe("abc…");
    expect(clipText("ab😀", 3)).toBe("ab…");
    expect(clipText("z".repeat(mb), 120)).toHaveLength(121);
  });
});

describe("fieldColumn on a long line", () => {
  it("counts characters, a surrogate pair as one, quotes kept together", () => {
    expect(fieldColumn('a,"b,c",d', 2)).toBe(9);
    expect(fieldColumn("😀,x", 1)).toBe(3);
    expect(fieldColumn("a,b", 5)).toBe(0);
    expect(fieldColumn("a,b", 2)).toBe(0);
    expect(fieldColumn("a,", 1)).toBe(3);
  });

  it("finds a field after megabytes without spreading the line", () => {
    const line = `${"佳".repeat(mb)},2`;
    expect(fieldColumn(line, 1)).toBe(mb + 2);
  });
});

describe("someLines", () => {
  it("gives the same lines however the text is cut into chunks, a \\r\\n across a cut included", () => {
    const text = "h1\r\nrow2\rrow3\n\nrow5\r\n\r\nrow7";
    const wanted = new Set([0, 1, 2, 3, 4, 5, 6]);
    const whole = someLines([text], wanted);
    expect(whole).toEqual(["h1", "row2", "row3", "", "row5", "", "row7"]);
    for (let size = 1; size <= text.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(someLines(chunks, wanted)).toEqual(whole);
    }
  });

  it("keeps at most keepChars of a wanted line, and stops after the last wanted line", () => {
    const seen: number[] = [];
    function* chunks() {
      for (let i = 0; i < 100; i++) {
        seen.push(i);
        yield `${"x".repeat(10)}\n`;
      }
    }
    const got = someLines(chunks(), new Set([2]), 4);
    expect(got[2]).toBe("xxxx");
    expect(seen.length).toBe(3);
  });

  it("gives the wanted lines of \\r\\n, \\n and \\r breaks, as a split would, and no others", () => {
    const got = someLines(["a\r\nb\rc\n\nd"], new Set([1, 3, 4, 9, -1]));
    expect(got[1]).toBe("b");
    expect(got[3]).toBe("");
    expect(got[4]).toBe("d");
    expect(got[0]).toBeUndefined();
    expect(got[2]).toBeUndefined();
    expect(got[9]).toBeUndefined();
  });

  it("finds a line after millions of line breaks without an array of them", () => {
    const text = `${"\n".repeat(mb)}last`;
    expect(someLines([text], new Set([mb]))[mb]).toBe("last");
  });
});
