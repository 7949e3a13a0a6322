/**
 * Tiny hand-checked rows for the chart tests, from the 佳木斯市 2017 report: channel counts 765, 44585,
 * 12989, 20224, 28019 (sum 106582; the report's total is 89370 because an item on several channels
 * counts once), proactive items 86781 (2016) → 89370 (2017), +2589, +2.98%.
 */
import type { AuditChartRow, BreakdownChartRow, GrowthChartRow, TrendChartRow } from "../../src/charts/chart-rows.js";

export const TREND: TrendChartRow[] = [
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "proactive_items", year: 2016, value: 86781 },
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "proactive_items", year: 2017, value: 89370 },
];

/** Spans the 2019 and 2021 template changes: 2017 and 2023. */
export const TREND_ACROSS_TEMPLATES: TrendChartRow[] = [
  { entity: "jiamusi", entity_label: "佳木斯市", metric: "requests_new", year: 2017, value: 82 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "requests_new", year: 2023, value: 21 },
  { entity: "huaian-hongze", entity_label: "淮安市洪泽区", metric: "requests_new", year: 2024, value: 95 },
];

export const GROWTH: GrowthChartRow[] = [
  {
    entity: "jiamusi",
    entity_label: "佳木斯市",
    metric: "proactive_items",
    from_year: 2016,
    to_year: 2017,
    from_value: 86781,
    to_value: 89370,
    change: 2589,
    change_pct: (2589 / 86781) * 100,
  },
  // 洪泽区 reconsiderations 0 → 2: growth from 0 is undefined.
  {
    entity: "huaian-hongze",
    entity_label: "淮安市洪泽区",
    metric: "reconsideration.total",
    from_year: 2023,
    to_year: 2024,
    from_value: 0,
    to_value: 2,
    change: 2,
    change_pct: null,
  },
  {
    entity: "huaian-hongze",
    entity_label: "淮安市洪泽区",
    metric: "requests_new",
    from_year: 2023,
    to_year: 2024,
    from_value: 21,
    to_value: 95,
    change: 74,
    change_pct: (74 / 21) * 100,
  },
];

const CHANNELS: [string, number][] = [
  ["channel_gazette", 765],
  ["channel_website", 44585],
  ["channel_weibo", 12989],
  ["channel_wechat", 20224],
  ["channel_other", 28019],
];

export const CHANNEL_BREAKDOWN: BreakdownChartRow[] = CHANNELS.map(([metric, value]) => ({
  entity: "jiamusi",
  entity_label: "佳木斯市",
  year: 2017,
  metric,
  applicant: null,
  value,
  share_of_parts: (value / 106582) * 100,
  share_of_whole: (value / 89370) * 100,
}));

export const CHANNEL_AUDIT: AuditChartRow[] = [
  { metric: "channel_gazette", printed: 0.7, computed: (765 / 106582) * 100, verdict: "agrees" },
  { metric: "channel_website", printed: 41.4, computed: (44585 / 106582) * 100, verdict: "disagrees" },
  { metric: "channel_weibo", printed: 12.2, computed: (12989 / 106582) * 100, verdict: "agrees" },
  { metric: "channel_wechat", printed: 18.9, computed: (20224 / 106582) * 100, verdict: "truncated" },
  { metric: "channel_other", printed: 26.8, computed: (28019 / 106582) * 100, verdict: "disagrees" },
];
