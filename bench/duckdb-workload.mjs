#!/usr/bin/env node
// The benchmark workload in DuckDB SQL, as its own process: read the long CSV, year over year per body ×
// metric (against year − 1, as the toolkit does: a gap year gives null growth), and the shares of the
// proactive channels in the channels' sum and in the declared total. Writes yoy.csv and shares.csv.
//
//   node bench/duckdb-workload.mjs <corpus.csv> <out-dir>
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

const [corpus, out] = process.argv.slice(2);
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const CHANNELS = ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"];

const instance = await DuckDBInstance.create(":memory:");
const db = await instance.connect();
await db.run(
  `CREATE TEMP TABLE obs AS SELECT * FROM read_csv(${q(corpus)}, header = true, auto_detect = false, nullstr = ['', '—', '-'],
     columns = {'entity': 'VARCHAR', 'year': 'INTEGER', 'metric': 'VARCHAR', 'value': 'DOUBLE'})`,
);
await db.run(
  `COPY (
     SELECT entity, metric, from_year, to_year, from_value, to_value, to_value - from_value AS change,
            CASE WHEN from_value <> 0 THEN (to_value - from_value) / from_value * 100 END AS change_pct
     FROM (
       SELECT entity, metric, year - 1 AS from_year, year AS to_year, value AS to_value,
              CASE WHEN lag(year) OVER w = year - 1 THEN lag(value) OVER w END AS from_value
       FROM obs WINDOW w AS (PARTITION BY entity, metric ORDER BY year))
   ) TO ${q(join(out, "yoy.csv"))} (HEADER)`,
);
await db.run(
  `COPY (
     WITH parts(metric) AS (VALUES ${CHANNELS.map((c) => `(${q(c)})`).join(", ")}),
     reports AS (SELECT DISTINCT entity, year FROM obs),
     cells AS (
       SELECT r.entity, r.year, p.metric, o.value
       FROM reports r CROSS JOIN parts p
       LEFT JOIN obs o ON o.entity = r.entity AND o.year = r.year AND o.metric = p.metric),
     sums AS (
       SELECT entity, year, count(value) AS stated, CASE WHEN count(value) = ${CHANNELS.length} THEN sum(value) END AS parts_sum
       FROM cells GROUP BY entity, year),
     wholes AS (SELECT entity, year, value AS whole_value FROM obs WHERE metric = 'proactive_items')
     SELECT c.entity, c.year, c.metric, c.value, s.parts_sum, w.whole_value,
            CASE WHEN s.parts_sum > 0 THEN c.value / s.parts_sum * 100 END AS share_of_parts,
            CASE WHEN w.whole_value > 0 THEN c.value / w.whole_value * 100 END AS share_of_whole
     FROM cells c JOIN sums s USING (entity, year) LEFT JOIN wholes w USING (entity, year)
     WHERE s.stated > 0 AND (s.parts_sum > 0 OR w.whole_value > 0)
   ) TO ${q(join(out, "shares.csv"))} (HEADER)`,
);
db.closeSync();
instance.closeSync();
