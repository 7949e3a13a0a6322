import { describe, expect, it } from "vitest";
import { COMMANDS, commandsFor } from "../../src/cli/commands/index.js";
import { run } from "./run.js";

describe("commandsFor(argv)", () => {
  it("commandsFor(argv) loads only the command argv names", async () => {
    expect(await commandsFor(["compare", "datasets/jiamusi"])).toHaveLength(1);
  });

  it("commandsFor(argv) loads every command for help, a mistyped command or none", async () => {
    for (const argv of [["--help"], ["help", "compare"], ["comapre"], []]) {
      expect(await commandsFor(argv)).toHaveLength(COMMANDS.length);
    }
  });

  it("disclosure-trends --help still lists every command, in order", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    const listed = COMMANDS.map((c) => r.stdout.indexOf(`\n  ${c.name} `));
    expect(listed.every((at) => at > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
  });

  it("a mistyped command is still suggested", async () => {
    const r = await run("comapre");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("compare");
  });
});
