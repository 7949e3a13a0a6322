/**
 * Traditional → simplified characters for the words of the report templates, so reports copied from
 * mirror sites in traditional script (政府資訊公開工作年度報告) read like the originals. One character to
 * one character, so offsets into the folded text are offsets into the input. Only characters whose
 * simplified form is unambiguous in these reports are listed (干/乾/幹 is left alone).
 */
const PAIRS =
  "報报開开數数資资訊讯請请處处結结轉转項项機机關关過过務务復复複复議议訟讼訴诉維维糾纠審审總总計计會会門门網网絡络權权規规範范廢废現现許许決决罰罚強强製制發发費费額额單单萬万條条國国傳传當当應应屬属於于並并與与為为這这個个來来區区縣县圍围辦办類类內内險险穩稳護护執执詢询補补後后確确認认獲获訪访舉举證证據据無无產产業业構构織织組组經经濟济環环衛卫導导學学級级讀读講讲聞闻佈布談谈時时間间長长員员專专職职參参訓训練练達达實实際际點点閱阅覽览歷历優优對对錄录號号電电話话郵邮編编體体況况進进標标準准較较減减億亿佔占視视頻频頁页稱称簡简廣广陽阳義义劃划監监醫医療疗藥药價价們们書书車车鄉乡鎮镇華华協协稅税財财預预約约購购採采養养聯联繫系係系節节態态彙汇匯汇據据紀纪錄录鍵键領领導导幫帮臺台灣湾壹壹貳贰參参陸陆統统歸归獨独門门戶户戶户頒颁佈布問问題题辭辞務务狀状線线級级閉闭啟启異异則则韓韩瀋沈準准庫库備备據据傳传遞递驗验檢检査查調调錯错誤误歲岁屆届";

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i] as string;
    const s = chars[i + 1] as string;
    if (t !== s) m.set(t, s);
  }
  return m;
})();

/** Words whose traditional-script form differs, not only by character: 資訊 is what 信息 becomes. */
const WORDS: readonly [RegExp, string][] = [[/资讯/g, "信息"]];

/**
 * Replaces the listed traditional characters by their simplified forms, then the listed words (each as
 * long as its replacement); everything else is untouched.
 */
export function foldTraditional(s: string): string {
  let out = s.replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch);
  for (const [from, to] of WORDS) out = out.replace(from, to);
  return out;
}

/** Any listed traditional character (one replace, not a string grown a character at a time). */
const TRADITIONAL = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join("")}]`, "gu");
