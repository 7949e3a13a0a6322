/**
 * The narrative claims audit on the real report texts of ../shared/reports (read in place), with the
 * project's datasets for the prior years. Each expected claim and verdict below was read off the report
 * and worked out by hand (the arithmetic is in the comments); every text is audited too, and the only
 * errors and warnings must be the three real inconsistencies the reports hold.
 */
import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AuditContext } from "../../../src/audit/audit-context.js";
import { auditClaims, type ClaimAudit } from "../../../src/audit/claim-audit.js";
import type { ClaimVerdict } from "../../../src/audit/claim-context.js";
import { readClaimReport } from "../../../src/extract/claims/read-claim-report.js";
import { entityIdFromFileName } from "../../../src/extract/entity-id-from-file-name.js";
import { loadDatasets } from "../../../src/io/load-datasets.js";

const REPORTS = "../shared/reports";
let datasets: AuditContext;

beforeAll(async () => {
  const loaded = await loadDatasets("datasets");
  expect(loaded.problems).toEqual([]);
  datasets = new AuditContext(loaded.table);
});

async function audit(path: string): Promise<ClaimAudit> {
  const read = await readClaimReport(path);
  const { entity, year } = entityIdFromFileName(path);
  return auditClaims(
    read,
    { entity: entity as string, entity_name: entity as string, year: year as number, file: basename(path) },
    datasets,
  );
}

/** check, outcome, severity and line of each verdict, in order. */
function outline(vs: readonly ClaimVerdict[]): string[] {
  return vs.map(
    (v) => `${v.check} ${v.outcome} ${v.severity} ${v.claim?.page === undefined ? "" : `p${v.claim.page}:`}${v.claim?.line ?? "-"}`,
  );
}

describe("claims of real reports", () => {
  it("海南 2014 (pre-2019): 总计2401 = 1887 + 514 holds; 是2013年的1.5倍 does not (2401 ÷ 1128 = 2.13)", async () => {
    const a = await audit(`${REPORTS}/candidates/hainan-amr-himpa-2014.txt`);
    expect(outline(a.verdicts)).toEqual(["claim_total matched note 4", "claim_ratio flagged error 4"]);
    expect(a.verdicts[0]?.message).toBe("总计 2401条：1887 + 514 = 2401条：相符");
    // 1887/1128 = 1.673, 514/1128 = 0.456: none of the sentence's figures is 1.5 times 1128.
    expect(a.verdicts[1]?.message).toBe(
      "总计2401条：2401 ÷ 1128 = 2.13 倍，报告称是 2013 年的 1.5 倍：不符（按报告的精度应为 2.1 倍）；句中其他数字与 1128 之比：1887 ÷ 1128 = 1.67、514 ÷ 1128 = 0.46",
    );
    expect(a.findings[0]?.source).toContain("是2013年信息发布总量的1.5倍");
  });

  it("琼海市大路镇 2019 (2019 layout): a share of documents issued is listed but cannot be checked", async () => {
    const a = await audit(`${REPORTS}/candidates/qionghai-daluzhen-2019.txt`);
    expect(outline(a.verdicts)).toEqual(["claim_share unchecked note 14"]);
    expect(a.claims[0]).toMatchObject({ kind: "share", count: 24, share: 37.5 });
  });

  it("上海市普陀区 2024 (2021+ excerpt): five shares of the 64 answers hold; timeliness cannot be checked without table 三", async () => {
    const a = await audit(`${REPORTS}/candidates/shanghai-putuo-2024.txt`);
    // 6/64 = 9.375 → 9.4; 2/64 = 3.125 → 3.1; 23/64 = 35.94 → 35.9; 4/64 = 6.25 → 6.3; 29/64 = 45.31 → 45.3.
    expect(outline(a.verdicts)).toEqual(["claim_timeliness unchecked note 10", ...Array(5).fill("claim_share matched note 10")]);
    expect(a.verdicts.slice(1).map((v) => v.message)).toEqual([
      "予以公开及部分公开 6 ÷ 64 = 9.38%，报告称 9.4%：相符",
      "不予公开 2 ÷ 64 = 3.13%，报告称 3.1%：相符",
      "因本机关不掌握等原因无法提供 23 ÷ 64 = 35.94%，报告称 35.9%：相符",
      "不予处理 4 ÷ 64 = 6.25%，报告称 6.3%：相符",
      "其他处理 29 ÷ 64 = 45.31%，报告称 45.3%：相符",
    ]);
  });

  it("上海市政府办公厅 2025 (2021+, OCR tables): five shares of 1191 hold against table 三; 293 carried over are noted", async () => {
    const a = await audit(`${REPORTS}/candidates/shanghai-bangongting-2025.txt`);
    expect(outline(a.verdicts)).toEqual([
      "claim_timeliness flagged note 40",
      "claim_share matched note 40",
      "claim_share matched note 41",
      "claim_share matched note 41",
      "claim_share matched note 42",
      "claim_share matched note 43",
      // 总浏览量为536万 同比增长82%: no figure of the catalogue, no prior year.
      "claim_growth unchecked note 61",
    ]);
    // 208 = 予以公开 206 + 部分公开 2 in table 三; 208/1191 = 17.464 → 17.46.
    expect(a.verdicts[1]?.message).toBe("予以公开及部分公开 (206 + 2) ÷ 1191 = 17.46%，报告称 17.46%：相符");
    // 1295 received + 189 carried in − 1191 closed = 293 carried over (table 三 四、结转下年度继续办理).
    expect(a.verdicts[0]?.computed).toBe(293);
  });

  it("宿迁市 2024 (2021+): 同比增长1.05% on 3646, but 3646 ÷ 3607 − 1 = 1.08% (3607 = 3511 + 96 in the 2023 dataset)", async () => {
    const a = await audit(`${REPORTS}/candidates/suqian-shi-2024.txt`);
    const growth = a.verdicts.find((v) => v.check === "claim_growth");
    expect(growth).toMatchObject({ outcome: "flagged", severity: "error", printed: 1.05 });
    expect(growth?.message).toContain("(3646 − 3607) ÷ 3607 = 1.08%，报告称增长 1.05%：不符（按报告的精度应为 1.08%）");
    expect(growth?.claim?.line).toBe(31);
    // The 2023 report's 同比增长70.3% has no 2022 dataset to be checked against.
    const before = await audit(`${REPORTS}/candidates/suqian-shi-2023.txt`);
    expect(before.verdicts.filter((v) => v.check === "claim_growth").map((v) => [v.outcome, v.printed])).toEqual([
      ["unchecked", 70.3],
      ["unchecked", 6.7],
    ]);
  });

  it("湘潭县云湖桥镇 2023: the 2022年 sentence with 223条 is flagged as another year's", async () => {
    const a = await audit(`${REPORTS}/candidates/xiangtan-yunhuqiaozhen-2023.txt`);
    expect(outline(a.verdicts)).toEqual(["claim_other_year flagged warning 16"]);
    expect(a.claims[0]).toMatchObject({ year: 2022, reportYear: 2023, figures: ["223条", "113条", "3条", "1条"] });
  });

  it("淮安市 2024, text and PDF: 均在法定期限内予以答复 names the 103 carried over; table 三 carries 103", async () => {
    const text = await audit(`${REPORTS}/candidates/huaian-shi-2024.txt`);
    expect(outline(text.verdicts)).toEqual(["claim_timeliness matched note 34"]);
    expect(text.verdicts[0]?.computed).toBe(103);
    const pdf = await audit(`${REPORTS}/pdf/huaian-shi-2024.pdf`);
    expect(outline(pdf.verdicts)).toEqual(["claim_timeliness matched note p2:9"]);
  });

  it("洪泽区 2023 and 2024: 均在法定期限答复 with 0 carried over; the 2024 table is not the 2023 one", async () => {
    const a = await audit(`${REPORTS}/huaian-hongze-2023.txt`);
    expect(outline(a.verdicts)).toEqual(["claim_timeliness matched note 23"]);
    const b = await audit(`${REPORTS}/huaian-hongze-2024.txt`);
    expect(outline(b.verdicts)).toEqual(["claim_timeliness matched note 26", "claim_identical_table matched note -"]);
  });
});

describe("the seed report of the project (reports/)", () => {
  it("佳木斯 2017 (pre-2019): fourteen shares of the 82 requests hold; 同比增长3% holds against the 2016 figure, 增加2589条 cannot be checked against a figure derived from it", async () => {
    const a = await audit("reports/jiamusi-2017.txt");
    const shares = a.verdicts.filter((v) => v.check === "claim_share");
    // By channel 3, 0, 53, 26; closed on time 77 and extended 5; answers 35, 38, 0, 5, 3, 0, 0, 1: each of 82.
    expect(shares.map((v) => [v.claim?.kind === "share" ? v.claim.count : null, v.printed, v.outcome])).toEqual([
      [3, 3.7, "matched"],
      [0, 0, "matched"],
      [53, 64.6, "matched"],
      [26, 31.7, "matched"],
      [77, 93.9, "matched"],
      [5, 6.1, "matched"],
      [35, 42.7, "matched"],
      [38, 46.3, "matched"],
      [0, 0, "matched"],
      [5, 6.1, "matched"],
      [3, 3.7, "matched"],
      [0, 0, "matched"],
      [0, 0, "matched"],
      [1, 1.2, "matched"],
    ]);
    expect(shares[6]?.message).toBe("属于已主动公开范围 35 ÷ 82 = 42.68%，报告称 42.7%：相符");
    // 2016: 86781 (= 89370 − 2589, derived in the dataset); (89370 − 86781) / 86781 = 2.98% → 3.
    const growth = a.verdicts.filter((v) => v.check === "claim_growth");
    expect(growth.map((v) => [v.printed, v.outcome])).toEqual([
      [2589, "unchecked"],
      [3, "matched"],
    ]);
    expect(growth[1]?.message).toContain("(89370 − 86781) ÷ 86781 = 2.98%，报告称增长 3%：相符");
  });
});

describe("every real text", () => {
  it("gives errors and warnings only for the three real inconsistencies", async () => {
    const files = [
      ...readdirSync(`${REPORTS}/candidates`)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => `${REPORTS}/candidates/${f}`),
      `${REPORTS}/huaian-hongze-2023.txt`,
      `${REPORTS}/huaian-hongze-2024.txt`,
    ];
    expect(files).toHaveLength(25);
    const flagged: string[] = [];
    for (const f of files) {
      const a = await audit(f);
      for (const v of a.verdicts) if (v.severity !== "note") flagged.push(`${basename(f)} ${v.check} ${v.severity}`);
    }
    expect(flagged.sort()).toEqual([
      "hainan-amr-himpa-2014.txt claim_ratio error",
      "suqian-shi-2024.txt claim_growth error",
      "xiangtan-yunhuqiaozhen-2023.txt claim_other_year warning",
    ]);
  }, 60_000);
});
