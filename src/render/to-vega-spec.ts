/** Vega-Lite → Vega, with the compiler's warnings collected instead of printed to the console. */
import type { Spec } from "vega";
import type { TopLevelSpec } from "vega-lite";
import { loadVega } from "./load-vega.js";

export interface CompiledChart {
  spec: Spec;
  /** What Vega-Lite warned about (a dropped encoding, an unknown field …); empty for a clean chart. */
  warnings: string[];
}

export async function toVegaSpec(spec: TopLevelSpec): Promise<CompiledChart> {
  const { vegaLite } = await loadVega();
  const warnings: string[] = [];
  const logger = {
    // Vega's logger protocol: level() reads the level (2 = warn), level(n) sets it and returns the logger.
    level(...args: number[]) {
      return args.length === 0 ? 2 : logger;
    },
    error(...args: unknown[]) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  // A copy: the compiled spec shares data arrays with its input, and a Vega view tags every datum it
  // ingests, which would change the caller's spec.
  // biome-ignore lint/suspicious/noExplicitAny: the logger satisfies Vega's LoggerInterface structurally; its `this` return type cannot be spelt on an object literal.
  const { spec: compiled } = vegaLite.compile(structuredClone(spec), { logger: logger as any });
  return { spec: compiled, warnings };
}
