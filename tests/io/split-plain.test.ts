import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { splitPlain } from "../../src/io/csv-chunks.js";
import { seeded } from "../helpers/seeded.js";

const papa = (text: string) => Papa.parse<string[]>(text, { delimiter: ",", newline: "\n", quoteChar: '"', header: false });

describe("splitPlain(text): what papaparse gives for text without quotes", () => {
  it("gives papaparse's rows, and no error, on thousands of random texts and the edge cases", () => {
    const r = seeded(7);
    const alphabet = ["a", "7", ",", "\n", " ", "汉", "\t", "'", "=", "\uFEFF", "，"];
    const texts = ["", "\n", ",", "\uFEFF", "\uFEFFentity,year", "a,", ",a", "\n\n", "a\n", "\na", "entity,year,metric,value"];
    for (let n = 0; n < 5000; n++) {
      let s = "";
      const length = Math.floor(r() * 14);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      texts.push(s);
    }
    for (const text of texts) {
      const expected = papa(text);
      expect(splitPlain(text).data, JSON.stringify(text)).toEqual(expected.data);
      expect(expected.errors.filter((e) => e.code !== "UndetectableDelimiter")).toEqual([]);
    }
  });
});
