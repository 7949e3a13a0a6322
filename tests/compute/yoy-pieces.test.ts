import { describe, expect, it } from "vitest";
import { WarningLog } from "../../src/compute/compute-warning.js";
import { yoy } from "../../src/compute/yoy.js";
import { yoyPieces } from "../../src/compute/yoy-pieces.js";
import { cells } from "./observations.js";

const TABLE = cells([
  ["b", 2016, "proactive_items", 10],
  ["b", 2017, "proactive_items", 0],
  ["b", 2018, "proactive_items", 5],
  ["a", 2016, "proactive_items", 3000000000],
  ["a", 2017, "proactive_items", 3000000001],
  ["a", 2019, "proactive_items", 7],
  ["a", 2016, "channel_website", null],
  ["a", 2017, "channel_website", 4],
  ["c", 2017, "requests_received", 1],
]);

describe("yoyPieces(table, log, rowsPerPiece)", () => {
  it("yoyPieces(table, log, n) gives yoy()'s pairs in yoy()'s order for every piece size", () => {
    const whole = yoy(TABLE);
    for (const n of [1, 2, 3, 4, 100]) {
      const log = new WarningLog(undefined, false);
      const got = [];
      for (const piece of yoyPieces(TABLE, log, n).pieces) {
        expect(piece.length).toBeLessThanOrEqual(n);
        got.push(...piece.rows());
      }
      expect(got).toEqual(whole.rows());
      expect(log.count).toBe(whole.warnings.length);
      expect(log.warnings).toEqual([]);
    }
  });

  it("yoyPieces(table, log) builds the warnings when the log keeps them", () => {
    const log = new WarningLog();
    for (const _ of yoyPieces(TABLE, log, 2).pieces);
    expect(log.warnings).toEqual(yoy(TABLE).warnings);
  });
});
