import { describe, expect, it } from "vitest";
import { donutChart } from "../../src/charts/donut-chart.js";
import { slopeChart } from "../../src/charts/slope-chart.js";
import { trendChart } from "../../src/charts/trend-chart.js";
import { UsageError } from "../../src/errors.js";

const part = (entity: string, year: number, metric: string, value: number) => ({
  entity,
  year,
  metric,
  value,
  share_of_parts: null,
  share_of_whole: null,
});

describe("chart builders given rows they cannot draw honestly say so", () => {
  it("trendChart(rows) refuses two values for one body, metric and year (applicant columns not chosen)", () => {
    const rows = [
      { entity: "huaian-hongze", metric: "requests_new", year: 2024, value: 95 },
      { entity: "huaian-hongze", metric: "requests_new", year: 2024, value: 0 },
    ];
    expect(() => trendChart(rows)).toThrow(UsageError);
    expect(() => trendChart(rows)).toThrow(/huaian-hongze 的 requests_new 在 2024 年有两个数值/);
    expect(() => trendChart(rows.slice(0, 1))).not.toThrow();
  });

  it("donutChart(rows) refuses rows of several bodies or years", () => {
    const twoYears = [part("jiamusi", 2016, "channel_website", 1), part("jiamusi", 2017, "channel_website", 2)];
    expect(() => donutChart(twoYears)).toThrow(/只画一个机关一年的构成；这些行包含年份 2016, 2017/);
    const twoBodies = [part("jiamusi", 2017, "channel_website", 1), part("huaian-hongze", 2017, "channel_website", 2)];
    expect(() => donutChart(twoBodies)).toThrow(/机关 huaian-hongze, jiamusi/);
    expect(() => donutChart(twoYears.slice(1))).not.toThrow();
  });

  it("slopeChart(rows) refuses a single year", () => {
    const rows = [{ entity: "suqian-shi", metric: "requests_new", year: 2024, value: 3525 }];
    expect(() => slopeChart(rows)).toThrow(/需要一早一晚两个年份；得到的是 2024 → 2024/);
  });
});
