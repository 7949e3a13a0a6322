/**
 * The crosswalk's notes are quoted in warnings and in the catalogue: in Chinese output they read in
 * Chinese, in English output in English. Expected texts are written from the crosswalk's rows.
 */
import { describe, expect, it } from "vitest";
import { CROSSWALK } from "../../src/catalogue/crosswalk.js";
import { trend } from "../../src/compute/trend.js";
import { currentLang, setLang } from "../../src/messages/lang.js";
import { run } from "../cli/run.js";
import { cells } from "./observations.js";

const t = () =>
  cells([
    ["a", 2020, "rules_published_total", 197],
    ["a", 2021, "rules_in_force", 62],
  ]);

describe("a crosswalk note in the chosen language", () => {
  it("every row has a note in both languages", () => {
    for (const e of CROSSWALK) {
      expect(e.note.length, e.note).toBeGreaterThan(0);
      expect(e.note_zh.length, e.note).toBeGreaterThan(0);
      expect(e.note, e.note).not.toMatch(/[，；：（）]/);
    }
  });

  it("a series break's warning quotes the note in Chinese in Chinese output, in English in English output", () => {
    const prior = currentLang();
    try {
      setLang("zh");
      const zh = trend(t(), { metric: "rules_in_force" }).warnings[0]?.message;
      expect(zh).toContain("（对外公开总数量（历来公开的）→ 现行有效（年末仍有效的）：概念不同）");
      setLang("en");
      const en = trend(t(), { metric: "rules_in_force" }).warnings[0]?.message;
      expect(en).toContain("(对外公开总数量 (ever published) → 现行有效 (in force): different concepts)");
    } finally {
      setLang(prior);
    }
  });

  it("catalogue --section crosswalk gives the note in the chosen language", async () => {
    const zh = await run("catalogue", "--section", "crosswalk", "--format", "csv");
    expect(zh.stdout).toContain("2021 年格式将其拆为三行；总数（由三行相加得出）含义不变");
    expect(zh.stdout).not.toContain("keeps its meaning");
    const en = await run("catalogue", "--section", "crosswalk", "--format", "csv", "--lang", "en");
    expect(en.stdout).toContain("2021 splits it in three; the total (derived as their sum) keeps its meaning");
    expect(en.stdout).not.toContain("含义不变");
  });
});
