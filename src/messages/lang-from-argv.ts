import { type Lang, parseLang } from "./lang.js";

/**
 * The language a command line asks for with `--lang <l>` or `--lang=<l>`, read before the command is
 * parsed so that even a mistake in the command line is told in that language. Undefined when the line
 * does not say; null when it names a language the tool does not speak (the option's parser reports it).
 */
export function langFromArgv(argv: readonly string[]): Lang | null | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return undefined;
    if (arg === "--lang") return i + 1 < argv.length ? parseLang(argv[i + 1] as string) : null;
    if (arg.startsWith("--lang=")) return parseLang(arg.slice("--lang=".length));
  }
  return undefined;
}
