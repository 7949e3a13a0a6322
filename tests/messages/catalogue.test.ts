import { describe, expect, it } from "vitest";
import { MESSAGE_AREAS, MESSAGES, say } from "../../src/messages/catalogue.js";
import { langFromEnvironment, parseLang } from "../../src/messages/lang.js";
import { langFromArgv } from "../../src/messages/lang-from-argv.js";
import { messageParameters } from "../../src/messages/message.js";

const CJK = /[\u3400-\u9fff]/;

describe("the message catalogue", () => {
  it("defines each key once across its areas", () => {
    const seen = new Map<string, number>();
    for (const area of MESSAGE_AREAS) for (const key of Object.keys(area)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it("gives both languages the same parameters", () => {
    const differ = Object.entries(MESSAGES).filter(([, m]) => messageParameters(m.zh).join() !== messageParameters(m.en).join());
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it("has Chinese in every Chinese text that has words, and none in the English", () => {
    const entries = Object.entries(MESSAGES);
    // A Chinese text made only of parameters, punctuation and symbols (`{a}、{b}`) needs no Chinese character.
    const wordyZh = entries.filter(
      ([, m]) =>
        /[A-Za-z]{3,}/.test(m.zh.replace(/\{[^}]*\}|--?[a-z][a-z-]*|[A-Za-z_]+\.(?:json|csv|xlsx|md|txt)/g, "")) && !CJK.test(m.zh),
    );
    expect(wordyZh.map(([k]) => k)).toEqual([]);
    // English texts may quote the report's own Chinese terms in 「」 or quotes, nothing else.
    const chineseInEn = entries.filter(([, m]) => CJK.test(m.en.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, "")));
    expect(chineseInEn.map(([k]) => k)).toEqual([]);
  });

  it("fills parameters and refuses a missing one", () => {
    expect(say("general.error", { message: "x" }, "zh")).toBe("错误：x");
    expect(say("general.error", { message: "x" }, "en")).toBe("error: x");
    expect(() => say("general.error", {}, "en")).toThrow(/needs the parameter \{message\}/);
  });

  it("writes a parameter's control and invisible characters as escapes, keeping its line breaks and tabs", () => {
    const cell = "\u001b[31m5\u202e2\u200b\r\nnext\tline\u0000";
    expect(say("general.error", { message: cell }, "en")).toBe("error: \\u001b[31m5\\u202e2\\u200b\\u000d\nnext\tline\\u0000");
  });
});

describe("choosing the language", () => {
  it("reads --lang from the command line before it is parsed", () => {
    expect(langFromArgv(["compare", "x", "--lang", "en"])).toBe("en");
    expect(langFromArgv(["compare", "--lang=zh-CN"])).toBe("zh");
    expect(langFromArgv(["compare", "--lang", "fr"])).toBeNull();
    expect(langFromArgv(["compare", "--", "--lang", "en"])).toBeUndefined();
    expect(langFromArgv(["compare"])).toBeUndefined();
  });

  it("follows the locale: Chinese for a Chinese, C or missing locale, English for another", () => {
    expect(langFromEnvironment({})).toBe("zh");
    expect(langFromEnvironment({ LANG: "C.UTF-8" })).toBe("zh");
    expect(langFromEnvironment({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnvironment({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnvironment({ LANG: "zh_TW.UTF-8", LC_ALL: "de_DE.UTF-8" })).toBe("en");
    expect(langFromEnvironment({ LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(langFromEnvironment({ LANG: "en_US.UTF-8", DISCLOSURE_TRENDS_LANG: "zh" })).toBe("zh");
  });

  it("parses language names", () => {
    expect(parseLang("EN")).toBe("en");
    expect(parseLang("zh_CN")).toBe("zh");
    expect(parseLang("zhx")).toBeNull();
  });
});
