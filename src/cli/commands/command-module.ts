import type { Command } from "commander";
import type { CliContext } from "../cli-context.js";

/** One CLI command: adds itself to the program; its action writes through ctx.io and sets ctx.exitCode. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}
