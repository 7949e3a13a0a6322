/** Every CLI command, in the order `--help` lists them. Add a command by adding its module here. */
import type { CommandModule } from "./command-module.js";
import { validateCommand } from "./validate.js";

export const COMMANDS: readonly CommandModule[] = [validateCommand];
