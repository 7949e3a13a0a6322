/**
 * Traditional → simplified characters for the words of the report templates, so reports copied from
 * mirror sites in traditional script (政府資訊公開工作年度報告) read like the originals. One character to
 * one character, so offsets into the folded text are offsets into the input. Only characters whose
 * simplified form is unambiguous in these reports are listed (干/乾/幹 is left alone).
 */
const PAIRS =
  "報报開开數数資资訊讯請请處处結结轉转項项機机關关過过務务復复複复議议訟讼訴诉維维糾纠審审總总計计會会門门網网絡络權权規规範范廢废現现許许決决罰罚強强製制發发費费額额單单萬万條条國国傳传當当應应屬属於于並并與与為为這这個个來来區区縣县圍围辦办類类內内險险穩稳護护執执詢询補补後后確确認认獲获訪访舉举證证據据無无產产業业構构織织組组經经濟济環环衛卫導导學学級级讀读講讲聞闻佈布談谈時时間间長长員员專专職职參参訓训練练達达實实際际點点閱阅覽览歷历優优對对錄录號号電电話话郵邮編编體体況况進进標标準准較较減减億亿佔占視视頻频頁页稱称簡简廣广陽阳義义劃划監监醫医療疗藥药價价們们書书車车鄉乡鎮镇華华協协稅税財财預预約约購购採采養养聯联繫系係系節节態态彙汇匯汇據据紀纪錄录鍵键領领導导幫帮臺台灣湾壹壹貳贰參参陸陆統统歸归獨独門门戶户戶户頒颁佈布問问題题辭辞務务狀状線线級级閉闭啟启異异則则韓韩瀋沈準准庫库備备據据傳传遞递驗验檢检査查調调錯错誤误歲岁屆届" +
  "檔档說说營营選选響响鏈链設设續续齡龄獎奖勵励還还場场漢汉種种從从眾众習习遠远邊边運运動动勞劳樣样離离難难雙双雲云寧宁黨党愛爱圖图團团園园層层嚴严緊紧紙纸細细給给績绩縮缩緒绪綜综貫贯貿贸賬账質质負负責责販贩贈赠輯辑轄辖週周適适遲迟錢钱鐘钟陣阵隨随隱隐雜杂靈灵順顺須须頭头顯显風风飛飞館馆駐驻齊齐龍龙塊块壓压寫写將将嶺岭帳账幣币廳厅廠厂張张彈弹徵征懷怀戰战擁拥擇择擬拟擴扩攝摄敗败東东樓楼歡欢殘残氣气漁渔滿满潔洁災灾煙烟熱热燈灯爭争牽牵畢毕畫画盡尽盤盘禮礼窮穷競竞筆笔築筑簽签糧粮紅红納纳紛纷純纯絕绝綠绿緩缓繳缴聲声聽听腦脑興兴舊旧藝艺蘭兰裝装親亲觀观訂订討讨記记評评試试該该詳详誠诚語语課课論论諮咨謝谢識识變变讓让豐丰貢贡貴贵貸贷賠赔趙赵趕赶軍军軟软載载輔辅輸输農农連连遊游遺遗釋释針针銀银陳陈隊队階阶雖虽靜静頓顿顧顾飯饭餘余馬马驟骤鬥斗鬧闹魚鱼鳥鸟麥麦黃黄欄栏噸吨衝冲誌志緝缉撥拨擔担積积";

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
const WORDS: readonly [RegExp, string][] = [
  [/资讯/g, "信息"],
  [/讯息/g, "信息"],
  [/规范性档案/g, "规范性文件"],
  [/透过/g, "通过"],
  [/网路/g, "网络"],
  [/答覆/g, "答复"],
];

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
