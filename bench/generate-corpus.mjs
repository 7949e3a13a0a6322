#!/usr/bin/env node
// Writes a deterministic synthetic corpus in the dataset format, for benchmarks:
// bodies × years × metrics long rows, with zeros, missing values ("—") and a proactive total at least
// the sum of its channels. Same arguments, same bytes.
//
//   node bench/generate-corpus.mjs --entities 5000 --years 10 --metrics 20 --out /tmp/corpus [--layout long|folders]
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const CHANNELS = ["channel_gazette", "channel_website", "channel_weibo", "channel_wechat", "channel_other"];

/** Count metrics without an applicant split, the proactive total and its channels first. */
export async function corpusMetrics(count) {
  const { METRICS } = await import("../dist/catalogue/metrics.js");
  const rest = METRICS.filter(
    (m) => m.kind === "count" && !m.by_applicant && !m.derived_only && m.id !== "proactive_items" && !CHANNELS.includes(m.id),
  );
  const ids = ["proactive_items", ...CHANNELS, ...rest.map((m) => m.id)];
  if (count > ids.length) throw new Error(`at most ${ids.length} metrics are available, ${count} asked`);
  return ids.slice(0, count);
}

/** mulberry32: a small, fast, seeded generator, so every run writes the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the rows of one body and year: [metric, value or ""] pairs. */
function bodyYear(rand, metrics) {
  const out = [];
  const channels = CHANNELS.filter((c) => metrics.includes(c)).map(() => Math.floor(rand() * 20000));
  const channelSum = channels.reduce((s, x) => s + x, 0);
  for (const m of metrics) {
    const r = rand();
    let v;
    if (m === "proactive_items") v = channelSum + Math.floor(rand() * 5000);
    else if (CHANNELS.includes(m)) v = channels.shift();
    else v = r < 0.05 ? 0 : Math.floor(rand() * 3000);
    // About 2% of figures are not stated (never on the proactive total, which the workload divides by).
    const missing = m !== "proactive_items" && rand() < 0.02;
    out.push([m, missing ? "—" : String(v)]);
  }
  return out;
}

export async function generateCorpus({ entities, years, metrics: metricCount, out, layout = "long", firstYear = 2008, seed = 20171231 }) {
  const metrics = await corpusMetrics(metricCount);
  const rand = random(seed);
  mkdirSync(out, { recursive: true });
  const ids = Array.from({ length: entities }, (_, i) => `body${String(i).padStart(6, "0")}`);
  const info = (id, i) => ({ id, name_zh: `样本机关${i}`, name_en: `Body ${i}`, level: "county", province: "样本省", parent: null });
  let rows = 0;
  if (layout === "long") {
    writeFileSync(join(out, "entities.json"), JSON.stringify(ids.map(info)));
    const path = join(out, "corpus.csv");
    const stream = createWriteStream(path);
    const write = (s) => (stream.write(s) ? Promise.resolve() : new Promise((r) => stream.once("drain", r)));
    await write("entity,year,metric,value\n");
    for (const id of ids) {
      let chunk = "";
      for (let y = 0; y < years; y++) {
        for (const [m, v] of bodyYear(rand, metrics)) {
          chunk += `${id},${firstYear + y},${m},${v}\n`;
          rows++;
        }
      }
      await write(chunk);
    }
    await new Promise((r) => stream.end(r));
    return { path, rows, metrics };
  }
  for (const [i, id] of ids.entries()) {
    const dir = join(out, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "entity.json"), JSON.stringify(info(id, i)));
    for (let y = 0; y < years; y++) {
      const lines = ["metric,value", ...bodyYear(rand, metrics).map(([m, v]) => `${m},${v}`)];
      rows += lines.length - 1;
      writeFileSync(join(dir, `${firstYear + y}.csv`), `${lines.join("\n")}\n`);
    }
  }
  return { path: out, rows, metrics };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", default: "1000" },
      years: { type: "string", default: "10" },
      metrics: { type: "string", default: "20" },
      out: { type: "string" },
      layout: { type: "string", default: "long" },
    },
  });
  if (!values.out) {
    console.error("usage: generate-corpus.mjs --entities N --years N --metrics N --out DIR [--layout long|folders]");
    process.exit(1);
  }
  const r = await generateCorpus({
    entities: Number(values.entities),
    years: Number(values.years),
    metrics: Number(values.metrics),
    out: values.out,
    layout: values.layout,
  });
  console.log(`wrote ${r.rows} rows to ${r.path}`);
}
