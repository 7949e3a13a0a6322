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
    expect(() => trendChart(rows)).toThrow(/two values for huaian-hongze requests_new 2024/);
    expect(() => trendChart(rows.slice(0, 1))).not.toThrow();
  });

  it("donutChart(rows) refuses rows of several bodies or years", () => {
    const twoYears = [part("jiamusi", 2016, "channel_website", 1), part("jiamusi", 2017, "channel_website", 2)];
    expect(() => donutChart(twoYears)).toThrow(/one body's breakdown in one year; these rows hold years 2016, 2017/);
    const twoBodies = [part("jiamusi", 2017, "channel_website", 1), part("huaian-hongze", 2017, "channel_website", 2)];
    expect(() => donutChart(twoBodies)).toThrow(/bodies huaian-hongze, jiamusi/);
    expect(() => donutChart(twoYears.slice(1))).not.toThrow();
  });

  it("slopeChart(rows) refuses a single year", () => {
    const rows = [{ entity: "suqian-shi", metric: "requests_new", year: 2024, value: 3525 }];
    expect(() => slopeChart(rows)).toThrow(/needs two years.*2024 → 2024/);
  });
});
