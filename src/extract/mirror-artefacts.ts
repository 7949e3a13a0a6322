/**
 * What mirror sites put into a report's text that the report never said, as ranges of the (folded)
 * text, so the running text can be read without them:
 * - pinyin printed after characters ("申请(qǐng)", "公开(gōng kāi)"), which pages add for readers and
 *   which breaks a sentence's words apart;
 * - gambling spam a hijacked mirror injected in place of names ("《澳门金沙集团实施》", "由澳门金沙集团政务
 *   公开办公室…"), recognised by the brand and trade words such spam is made of.
 * Neither may produce or block a figure; neither ever holds one.
 */

/** A tone-marked pinyin syllable group in brackets right after a Chinese character. */
const PINYIN = /(?<=[\u3400-\u9fff])\((?=[^()]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ' ]{1,40}\)/gu;

/**
 * Gambling brands and trade words, each with the few characters spam glues to them ("集团", "官网",
 * "娱乐场"). The list is of words no disclosure report uses: a report about a casino licence would
 * say 博彩 in a sentence of its own, which this leaves alone unless a brand stands beside it.
 */
const BRAND = "(?:金沙|新葡京|葡京|威尼斯人|银河|永利|美高梅|太阳城|皇冠|新濠天地)";
const GLUED = "(?:集团|集團|娱乐场|娛樂場|娱乐城|娱乐|娛樂|国际|國際|官网|官網|平台|网址|網址|app|APP)";
const TRADE = "(?:百家乐|百家樂|老虎机|老虎機|真人视讯|真人視訊|时时彩|時時彩|六合彩|赌场|賭場|博彩公司|棋牌游戏|体育投注|體育投注)";
const SPAM = new RegExp(`(?:澳门|澳門)${BRAND}${GLUED}*|${BRAND}${GLUED}+|${TRADE}(?:官网|官網|平台|网址|網址|开户|開戶|注册|註冊)*`, "gu");

/** The artefact ranges [start, end) of the text, in order, not overlapping. */
export function mirrorArtefacts(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const re of [PINYIN, SPAM]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) found.push([m.index, m.index + m[0].length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** True when the words hold an artefact (a body "named" by spam is no body). */
export function holdsArtefact(words: string): boolean {
  return mirrorArtefacts(words).length > 0;
}
