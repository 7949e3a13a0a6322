/** Every CLI command, in the order `--help` lists them. Add a command by adding its module here. */
import { addYearCommand } from "./add-year.js";
import { auditCommand } from "./audit.js";
import { breakdownCommand } from "./breakdown.js";
import { catalogueCommand } from "./catalogue.js";
import { chartCommand } from "./chart.js";
import type { CommandModule } from "./command-module.js";
import { compareCommand } from "./compare.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import { peersCommand } from "./peers.js";
import { reportCommand } from "./report.js";
import { trendCommand } from "./trend.js";
import { validateCommand } from "./validate.js";

export const COMMANDS: readonly CommandModule[] = [
  validateCommand,
  compareCommand,
  trendCommand,
  breakdownCommand,
  auditCommand,
  peersCommand,
  catalogueCommand,
  chartCommand,
  reportCommand,
  extractCommand,
  addYearCommand,
  exportCommand,
];
