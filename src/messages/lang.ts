/**
 * The language the tool speaks: Chinese first. One process-wide choice, made once by the CLI (from
 * --lang, then the environment) or by a library user (setLang), and read wherever a message is made.
 * Messages are made when they are needed, never at module load, so the choice always applies.
 */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

let current: Lang = "zh";

export function currentLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
}

/** `zh` or `en` (also `zh-CN`, `en_US`, any case); null for anything else. */
export function parseLang(text: string): Lang | null {
  const m = /^(zh|en)(?:[-_].*)?$/i.exec(text.trim());
  return m === null ? null : ((m[1] as string).toLowerCase() as Lang);
}

/**
 * The language from the environment: DISCLOSURE_TRENDS_LANG if set, else the locale (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them). A Chinese locale, and no locale or the C/POSIX one,
 * give Chinese; any other named locale (en_US.UTF-8, de_DE…) gives English.
 */
export function langFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  const own = env.DISCLOSURE_TRENDS_LANG;
  if (own !== undefined && own !== "") {
    const lang = parseLang(own);
    if (lang !== null) return lang;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  if (locale === undefined) return "zh";
  const name = locale.split(/[.@]/)[0] as string;
  if (name === "C" || name === "POSIX" || /^zh/i.test(name)) return "zh";
  return "en";
}
