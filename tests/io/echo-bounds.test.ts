import { describe, expect, it } from "vitest";
import { formatProblems, problem } from "../../src/errors.js";
import { echoText, escapeControls, quoted } from "../../src/io/echo-text.js";
import { loadDatasets } from "../../src/io/load-datasets.js";
import { setLang } from "../../src/messages/lang.js";
import { tempDatasets } from "../helpers/temp-dataset.js";

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("user text echoed in problems is bounded and stripped of control sequences", () => {
  it("escapes C0 and C1 controls and cuts long text, saying how much more there was", () => {
    expect(escapeControls("a\u001b[2Jb\u0000c\u009bd\te")).toBe("a\\u001b[2Jb\\u0000c\\u009bd\te");
    setLang("en");
    try {
      expect(echoText("x".repeat(100))).toBe(`${"x".repeat(80)}…(20 more)`);
    } finally {
      setLang("zh");
    }
    expect(echoText("x".repeat(100))).toBe(`${"x".repeat(80)}…（另 20 字）`);
    expect(quoted('say "hi"')).toBe('"say \\"hi\\""');
  });

  it("bounds an unknown metric thousands of characters long, in the message, found and frame", async () => {
    const long = `m${"x".repeat(5000)}`;
    const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": `metric,value\nproactive_items,1\n${long},2\n` }));
    const [p] = r.problems;
    expect(p?.code).toBe("E_UNKNOWN_METRIC");
    for (const text of [p?.message, p?.found, p?.frame]) expect((text ?? "").length).toBeLessThan(400);
    expect(p?.found).toContain("（另 4921 字）");
  });

  it("keeps the caret under the cell when a long line is cut before it", async () => {
    const source = "来".repeat(300);
    const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": `metric,source,value\nproactive_items,${source},abc\n` }));
    const frame = r.problems[0]?.frame ?? "";
    const [, shown, caret] = frame.split("\n");
    expect(shown).toMatch(/^> 2 \| …来+,abc$/);
    // The caret sits under the "a" of abc, counting each Chinese character two columns wide.
    const at = (caret ?? "").indexOf("^");
    const before = (shown ?? "").slice(0, (shown ?? "").indexOf(",abc") + 1);
    const width = [...before].reduce((n, c) => n + (/[\u3400-\u9fff]/.test(c) ? 2 : 1), 0);
    expect(at).toBe(width);
  });

  it("strips an OSC sequence from every text of a problem and from the printed list", async () => {
    const cell = "\u001b]8;;http://x\u0007click\u001b]8;;\u0007";
    const r = await loadDatasets(tempDatasets({ "jiamusi/2017.csv": `metric,value\nproactive_items,${cell}\n` }));
    const printed = formatProblems(r.problems);
    expect(CONTROL.test(printed.replace(/\n/g, ""))).toBe(false);
    expect(printed).toContain("\\u001b]8;;http://x\\u0007click");
  });

  it("bounds and escapes whatever a caller passes to problem()", () => {
    const p = problem("E_NOT_A_NUMBER", { file: "a\u001b.csv", line: 2 }, "bad\u0000", "a number", "y".repeat(1000), "hint\u009b");
    for (const text of [p.message, p.found, p.hint, p.expected]) expect(CONTROL.test(text)).toBe(false);
    expect(p.found.length).toBeLessThan(260);
  });
});
