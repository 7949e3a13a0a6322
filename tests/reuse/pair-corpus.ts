/**
 * A corpus of report pairs for batch runs, made from the real texts in the shared reports folder (read in
 * place) by programmatic edits, and written to a temporary folder the caller removes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { editedCopy } from "./edited-copy.js";

const REPORTS = "../shared/reports";

/** The real report texts: the two 洪泽区 reports and the candidates. */
export function realTexts(): string[] {
  const names = [
    `${REPORTS}/huaian-hongze-2023.txt`,
    `${REPORTS}/huaian-hongze-2024.txt`,
    ...readdirSync(`${REPORTS}/candidates`)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => `${REPORTS}/candidates/${f}`),
  ];
  return names.map((n) => readFileSync(n, "utf8").replace(/^SOURCE:[^\n]*\n/, ""));
}

/**
 * Writes `n` pairs into `dir`: pair i's old report is an edited copy of a real text (90% kept) and its
 * new report an edited copy of that (a share kept between 0 and 100%), and `pairs.csv` lists them with
 * paths relative to `dir`. Returns the list's path.
 */
export function writePairCorpus(dir: string, n: number): string {
  const texts = realTexts();
  mkdirSync(join(dir, "reports"), { recursive: true });
  const lines = ["old,new"];
  for (let i = 0; i < n; i++) {
    const base = texts[i % texts.length] as string;
    const old = editedCopy(base, 0.9, 10_000 + i).text;
    const neu = editedCopy(old, (i % 11) / 10, 20_000 + i).text;
    writeFileSync(join(dir, "reports", `${i}-old.txt`), old);
    writeFileSync(join(dir, "reports", `${i}-new.txt`), neu);
    lines.push(`reports/${i}-old.txt,reports/${i}-new.txt`);
  }
  const list = join(dir, "pairs.csv");
  writeFileSync(list, `${lines.join("\n")}\n`);
  return list;
}
