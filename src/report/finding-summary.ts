/**
 * A one-line Chinese reading of an audit finding for the Chinese report pages. The audit's own messages
 * are English and spell out the arithmetic; this line is built from the finding's fields (check, figures,
 * printed, computed) only, so it can never say something the finding does not.
 */
import type { CheckId, Finding } from "../audit/finding.js";
import { metricLabel } from "../catalogue/catalogue.js";
import { applicantLabel } from "../charts/applicant-label.js";

const CHECK_ZH: Record<CheckId, string> = {
  printed_share: "印出的占比",
  printed_change: "印出的增减",
  printed_growth: "印出的增长率",
  parts_sum: "分项合计",
  applicant_sum: "申请人各列合计",
  request_balance: "申请收结平衡（新收+结转=办结+结转下年）",
  carry_over: "跨年结转",
  stock_flow: "现行有效件数跨年衔接",
  narrative_vs_table: "正文与表格",
  claim_share: "正文所写的占比",
  claim_growth: "正文所写的同比增长",
  claim_ratio: "正文所写的倍数",
  claim_total: "正文所写的合计",
  claim_timeliness: "正文所写的“均在法定期限内答复”",
  claim_other_year: "写别的年份的句子",
  claim_identical_table: "与上一年相同的表格",
};

/** The Chinese name of an audit check. */
export function checkLabelZh(check: CheckId): string {
  return CHECK_ZH[check];
}

/** "行政复议·总计：报告印 0，按其分项计算为 11" and the like. */
export function findingSummaryZh(f: Finding): string {
  const metric = f.metrics[0];
  const label =
    metric === undefined ? "" : metricLabel(metric, "zh") + (f.applicant === null ? "" : `（${applicantLabel(f.applicant, "zh")}）`);
  const n = (x: number | null, digits?: number) => (x === null ? "—" : digits === undefined ? String(x) : x.toFixed(digits));
  if (!f.ran) return `${label}：${CHECK_ZH[f.check]}缺少所需数字，未能核对`;
  switch (f.check) {
    case "printed_share":
      return `${label}：报告印 ${n(f.printed)}%，按数量计算为 ${n(f.computed, 2)}%`;
    case "printed_growth":
      return `${label}：报告印增长 ${n(f.printed)}%，按两年数字计算为 ${n(f.computed, 2)}%`;
    case "printed_change":
      return `${label}：报告印增减 ${n(f.printed)}，按两年数字计算为 ${n(f.computed)}`;
    case "narrative_vs_table":
      return `正文称 ${n(f.printed)} 件，表格为 ${n(f.computed)} 件，两者均保留`;
    default:
      return `${label}：报告印 ${n(f.printed)}，${CHECK_ZH[f.check]}计算为 ${n(f.computed)}`;
  }
}
