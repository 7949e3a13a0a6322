/**
 * The bad-input corpus (tests/fixtures/bad-inputs): every case is validated by the CLI as a real process
 * (a FIFO or a link loop must not hang or crash it), and must give exactly its expected problems — code,
 * file, line and column — with exit 1, or none with exit 0. Each problem's text must be bounded and free of
 * control characters whatever the input held.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const corpus = resolve("tests/fixtures/bad-inputs");
const cli = resolve("dist/cli/main.js");

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

/**
 * What git does not hold: a FIFO, a symbolic link, or a file of megabytes, written as `head`, then `unit`
 * `times` over, then `tail` (in UTF-16LE with a byte-order mark when `encoding` says so).
 */
type Make =
  | { fifo: string }
  | { symlink: string; to: string }
  | { write: string; head: string; unit: string; times: number; tail: string; encoding?: "utf-16le" };

interface Case {
  id: string;
  what: string;
  path: string;
  make: Make[];
  expect: Expected[];
}

const cases = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Case[];
const work = mkdtempSync(join(tmpdir(), "bad-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The case in a temporary folder, with its special files made. */
function prepare(c: Case): string {
  const dir = join(work, c.id);
  mkdirSync(dir, { recursive: true });
  // A case of no files (a path that does not exist) has no folder in git.
  if (existsSync(join(corpus, "cases", c.id))) cpSync(join(corpus, "cases", c.id), dir, { recursive: true });
  for (const m of c.make) {
    if ("fifo" in m) {
      mkdirSync(dirname(join(dir, m.fifo)), { recursive: true });
      // mkfifo(1) is in coreutils; Node has no call for it.
      execFileSyncQuiet("mkfifo", [join(dir, m.fifo)]);
    } else if ("symlink" in m) {
      mkdirSync(dirname(join(dir, m.symlink)), { recursive: true });
      symlinkSync(m.to, join(dir, m.symlink));
    } else {
      mkdirSync(dirname(join(dir, m.write)), { recursive: true });
      const text = m.head + m.unit.repeat(m.times) + m.tail;
      writeFileSync(join(dir, m.write), m.encoding ? Buffer.from(`\uFEFF${text}`, "utf16le") : text);
    }
  }
  return dir;
}

function execFileSyncQuiet(file: string, args: string[]): void {
  execFileSync(file, args, { stdio: "ignore" });
}

interface Reported {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
  expected: string;
  found: string;
  hint: string;
  frame?: string;
}

async function validate(dir: string, path: string): Promise<{ code: number; problems: Reported[]; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, "validate", path, "--format", "json"], {
      cwd: dir,
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, problems: (JSON.parse(stdout) as { problems: Reported[] }).problems, stderr };
  } catch (err) {
    const e = err as { code?: number; killed?: boolean; signal?: string; stdout?: string; stderr?: string };
    if (e.killed || e.signal) throw new Error(`validate did not finish (${e.signal ?? "killed"})`);
    let problems: Reported[] = [];
    try {
      problems = (JSON.parse(e.stdout ?? "") as { problems: Reported[] }).problems;
    } catch {
      throw new Error(`exit ${e.code} without a JSON answer: ${(e.stderr ?? "").slice(0, 500)}`);
    }
    return { code: e.code ?? -1, problems, stderr: e.stderr ?? "" };
  }
}

const key = (p: { code: string; file: string; line: number; column: number }) => `${p.code} ${p.file}:${p.line}:${p.column}`;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("the bad-input corpus", () => {
  it("has at least 60 cases, each with a folder", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", async (_, c) => {
    const dir = prepare(c);
    const { code, problems } = await validate(dir, c.path);
    const got = problems.map((p) =>
      key({ ...p, file: relative(dir, resolve(dir, p.file.replace(/\[[^\]]*\]$/, ""))) + (/\[[^\]]*\]$/.exec(p.file)?.[0] ?? "") }),
    );
    expect(got.sort(), c.what).toEqual(c.expect.map(key).sort());
    expect(code, c.what).toBe(c.expect.length > 0 ? 1 : 0);
    for (const p of problems) {
      for (const text of [p.message, p.expected, p.found, p.hint, p.frame ?? ""]) {
        expect(text.length, `${p.code}: a bounded echo`).toBeLessThan(2000);
        expect(CONTROL.test(text.replace(/\n/g, "")), `${p.code}: no control characters in ${JSON.stringify(text.slice(0, 80))}`).toBe(
          false,
        );
      }
    }
  });
});
