/**
 * Every CLI command, in the order `--help` lists them, each loaded on demand: a run loads the module of
 * the command it names and nothing else (so `compare` does not pay for the report extractor, charts or
 * export at start-up); help, a mistyped command or no command load them all. Add a command by adding
 * its name and module here.
 */
import type { CommandModule } from "./command-module.js";

export interface CommandEntry {
  name: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: "validate", load: async () => (await import("./validate.js")).validateCommand },
  { name: "compare", load: async () => (await import("./compare.js")).compareCommand },
  { name: "trend", load: async () => (await import("./trend.js")).trendCommand },
  { name: "breakdown", load: async () => (await import("./breakdown.js")).breakdownCommand },
  { name: "audit", load: async () => (await import("./audit.js")).auditCommand },
  { name: "peers", load: async () => (await import("./peers.js")).peersCommand },
  { name: "catalogue", load: async () => (await import("./catalogue.js")).catalogueCommand },
  { name: "chart", load: async () => (await import("./chart.js")).chartCommand },
  { name: "report", load: async () => (await import("./report.js")).reportCommand },
  { name: "extract", load: async () => (await import("./extract.js")).extractCommand },
  { name: "add-year", load: async () => (await import("./add-year.js")).addYearCommand },
  { name: "export", load: async () => (await import("./export.js")).exportCommand },
  { name: "reuse", load: async () => (await import("./reuse.js")).reuseCommand },
  { name: "coverage", load: async () => (await import("./coverage.js")).coverageCommand },
];

/** The commands a command line needs registered: the one it names, or all of them. */
export async function commandsFor(argv: readonly string[]): Promise<CommandModule[]> {
  const named = COMMANDS.find((c) => c.name === argv[0]);
  return Promise.all((named ? [named] : COMMANDS).map((c) => c.load()));
}
