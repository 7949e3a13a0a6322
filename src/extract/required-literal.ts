/**
 * The longest run of Chinese characters every match of the pattern must contain, or null when the
 * pattern names none outside its groups. A sentence without it cannot match, so the narrative reader
 * skips the pattern there with a plain substring test instead of running the expression: a report
 * has thousands of sentences and the rules number near a hundred.
 *
 * Only characters at the top level of the pattern count (not inside a group, a class or a
 * lookaround), and not one a quantifier makes optional; a top-level alternation gives null.
 */
export function requiredLiteral(pattern: RegExp): string | null {
  const src = pattern.source;
  let depth = 0;
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === "\\") {
      end();
      i++;
      continue;
    }
    if (ch === "[") {
      end();
      // Skip the class, minding escapes inside it.
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
      continue;
    }
    if (ch === "(") {
      end();
      depth++;
      continue;
    }
    if (ch === ")") {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (ch === "|") return null;
    if (/[?*{]/.test(ch)) {
      // The quantifier makes the character before it optional: the run ends before it.
      run = run.slice(0, -1);
      end();
      continue;
    }
    if (ch === "+") {
      end();
      continue;
    }
    if (/[\u3400-\u9fff]/u.test(ch)) run += ch;
    else end();
  }
  end();
  return best === "" ? null : best;
}
