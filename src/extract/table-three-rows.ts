/**
 * The rows of table 三 (收到和处理政府信息公开申请情况) in template order, each with the words that
 * identify it and, for sub-rows, the number printed before it ("2.其他法律行政法规禁止公开").
 */
export interface TableThreeRow {
  metric: string;
  /** The row's label in the template; matched loosely (labelSimilarity). */
  key: string;
  /** The sub-row number the template prints before the label, if any. */
  index?: number;
  /**
   * Short forms that name the row as surely as its key, as table converters print them
   * ("1.逾期不补正" for 申请人无正当理由逾期不补正…).
   */
  aliases?: readonly string[];
  /** True when the key alone is too common to identify the row (3.其他): the number must be printed. */
  requireIndex?: boolean;
}

const HEAD: readonly TableThreeRow[] = [
  { metric: "requests_new", key: "本年新收政府信息公开申请数量" },
  { metric: "requests_carried_in", key: "上年结转政府信息公开申请数量" },
  { metric: "result_granted", key: "予以公开" },
  { metric: "result_partial", key: "部分公开" },
  ...[
    ["state_secret", "属于国家秘密"],
    ["law_prohibited", "其他法律行政法规禁止公开"],
    ["security_stability", "危及三安全一稳定"],
    ["third_party", "保护第三方合法权益"],
    ["internal_affairs", "属于三类内部事务信息"],
    ["process_info", "属于四类过程性信息"],
    ["enforcement_file", "属于行政执法案卷"],
    ["admin_inquiry", "属于行政查询事项"],
  ].map(([id, key], i) => ({ metric: `result_denied.${id}`, key: key as string, index: i + 1 })),
  ...[
    ["not_held", "本机关不掌握相关政府信息"],
    ["needs_creation", "没有现成信息需要另行制作"],
    ["unclear_after_amend", "补正后申请内容仍不明确"],
  ].map(([id, key], i) => ({ metric: `result_unavailable.${id}`, key: key as string, index: i + 1 })),
  ...[
    ["petition", "信访举报投诉类申请"],
    ["duplicate", "重复申请"],
    ["publication", "要求提供公开出版物"],
    ["mass_repeat", "无正当理由大量反复申请"],
    ["confirm_reissue", "要求行政机关确认或重新出具已获取信息"],
  ].map(([id, key], i) => ({ metric: `result_not_processed.${id}`, key: key as string, index: i + 1 })),
];

const OTHER_SINGLE: readonly TableThreeRow[] = [{ metric: "result_other", key: "其他处理" }];

/** The 2021 template splits (六)其他处理 into three rows. */
const OTHER_SPLIT: readonly TableThreeRow[] = [
  {
    metric: "result_other.no_amend",
    key: "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
    index: 1,
    aliases: ["逾期不补正"],
  },
  {
    metric: "result_other.fee_unpaid",
    key: "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
    index: 2,
    aliases: ["逾期不缴费", "逾期未按收费通知要求缴纳费用"],
  },
  { metric: "result_other.misc", key: "其他", index: 3, requireIndex: true },
];

const TAIL: readonly TableThreeRow[] = [
  { metric: "result_total", key: "总计" },
  { metric: "requests_carried_out", key: "结转下年度继续办理" },
];

/** The template rows, with (六) as one row or as the 2021 template's three. */
export function tableThreeRows(splitOther: boolean): readonly TableThreeRow[] {
  return [...HEAD, ...(splitOther ? OTHER_SPLIT : OTHER_SINGLE), ...TAIL];
}
