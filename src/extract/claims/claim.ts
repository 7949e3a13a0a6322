/**
 * A claim a report's running text makes about its own figures: a share, a growth on the prior year, a
 * ratio to an earlier year, a total with its parts, that every request was answered in time, or a
 * sentence about another year than the report's. Each claim keeps the sentence it was read from and
 * where it was printed, so a finding about it can quote it.
 */

/** Where a claim was printed: the file's line, or for a PDF the page and the line on it. */
export interface ClaimPlace {
  page?: number;
  line?: number;
}

interface ClaimBase extends ClaimPlace {
  /** The sentence, spaces collapsed, as the report prints it. */
  sentence: string;
  /** Input offset of the claim's first character. */
  start: number;
}

/** "予以公开及部分公开6件,占9.4%", "不予公开20件(1.68%)". */
export interface ShareClaim extends ClaimBase {
  kind: "share";
  /** The category words as printed ("予以公开及部分公开"). */
  category: string;
  /** The catalogue metrics the category names (empty when it names none the checks know). */
  metrics: string[];
  /** The count printed with the share. */
  count: number;
  /** The share printed, in percent. */
  share: number;
  /** The count of answers the paragraph states before the shares ("答复…64件"), the shares' denominator. */
  denominator: number | null;
  /** The count of requests received the paragraph states before the shares ("受理…60件"): some reports share by it. */
  received: number | null;
}

/** "收办…3646件,同比增长1.05%", "较2022年上升29.3%", "较上年增加12件". */
export interface GrowthClaim extends ClaimBase {
  kind: "growth";
  /** The figure the growth is about, as printed before it in the sentence; null when none is. */
  value: number | null;
  /** The words of the clause that names the figure ("全市全年共收办政府信息公开申请案件"). */
  subject: string;
  /** The percent growth printed (negative for 下降/减少); null for an absolute change. */
  percent: number | null;
  /** The absolute change printed ("增加12件"); null for a percent. */
  change: number | null;
  /** The year compared with (the report's year − 1 for 同比/较上年). */
  priorYear: number;
  /** The prior year's figure when the sentence states it ("由2013年的1128条"). */
  prior: number | null;
}

/** "总计2401条,是2013年信息发布总量的1.5倍". */
export interface RatioClaim extends ClaimBase {
  kind: "ratio";
  value: number | null;
  subject: string;
  ratio: number;
  priorYear: number;
  prior: number | null;
}

/** "…1887条,…514条,总计2401条": a total with the parts the sentence lists before it. */
export interface TotalClaim extends ClaimBase {
  kind: "total";
  word: string;
  total: number;
  unit: string;
  /** The figures of the same unit printed before the total in the sentence, in order. */
  parts: number[];
}

/** "均在法定期限内予以答复". */
export interface TimelinessClaim extends ClaimBase {
  kind: "timeliness";
  /** True when the sentence itself mentions requests carried over or extended ("3件顺延到下年度答复"). */
  namesDeferred: boolean;
}

/** "2022年,我镇…主动公开政府信息223条" in the 2023 report. */
export interface OtherYearClaim extends ClaimBase {
  kind: "other_year";
  year: number;
  reportYear: number;
  /** The figures the sentence states, as printed ("223条"). */
  figures: string[];
}

export type Claim = ShareClaim | GrowthClaim | RatioClaim | TotalClaim | TimelinessClaim | OtherYearClaim;
export type ClaimKind = Claim["kind"];
