import { afterAll, beforeAll } from "vitest";
import { currentLang, type Lang, setLang } from "../../src/messages/lang.js";

/**
 * For a test file about the English wording of messages: its tests, the command lines they run in
 * process and the processes they start speak English (the suite's default is Chinese). Call it once at
 * the top of the file; the language is given back after the file's tests.
 */
export function inEnglish(): void {
  let env: string | undefined;
  let lang: Lang = "zh";
  beforeAll(() => {
    env = process.env.DISCLOSURE_TRENDS_LANG;
    lang = currentLang();
    process.env.DISCLOSURE_TRENDS_LANG = "en";
    setLang("en");
  });
  afterAll(() => {
    if (env === undefined) delete process.env.DISCLOSURE_TRENDS_LANG;
    else process.env.DISCLOSURE_TRENDS_LANG = env;
    setLang(lang);
  });
}
