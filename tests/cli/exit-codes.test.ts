/**
 * The documented exit codes of failed writes, from the built CLI as a script sees them: 3 when the
 * system refuses a write (a full disk, a path under a file, a folder where a file goes, a folder without
 * write permission), 2 for outputs that would destroy each other or an input; never a stack trace, and
 * never a device replaced by a file.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = "dist/cli/main.js";
const root = mkdtempSync(join(tmpdir(), "exit-codes-"));

afterAll(() => {
  chmodSync(join(root, "locked"), 0o700);
  rmSync(root, { recursive: true, force: true });
});

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectIoFailure(r: ReturnType<typeof cli>, path: string, code: string): void {
  expect(r.status).toBe(3);
  expect(r.stderr).toContain(`无法写入 ${path}：`);
  expect(r.stderr).toContain(code);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const file = join(root, "afile");
writeFileSync(file, "x");
mkdirSync(join(root, "locked"));
chmodSync(join(root, "locked"), 0o500);
// chmod denies nothing to root: the EACCES case runs only for other users.
const root0 = process.getuid?.() === 0;

describe("exit 3: the system refuses the write", () => {
  it("a full disk (ENOSPC) for export and extract outputs (chart and report refuse a device by its name), and the device stays a device", () => {
    // A program that renamed a file over /dev/full leaves a regular file there for every later run.
    expect(statSync("/dev/full").isCharacterDevice(), "/dev/full is not the full device: restore it (mknod -m 666 /dev/full c 1 7)").toBe(
      true,
    );
    expectIoFailure(
      cli("export", "datasets/jiamusi", "--what", "observations", "--format", "csv", "--out", "/dev/full"),
      "/dev/full",
      "ENOSPC",
    );
    expectIoFailure(cli("extract", "reports/jiamusi-2017.txt", "--out", "/dev/full"), "/dev/full", "ENOSPC");
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
    expect(readdirSync("/dev").filter((n) => n.startsWith(".full."))).toEqual([]);
  });

  it("a path under a regular file (ENOTDIR) for export, chart, extract and report", () => {
    const csv = join(file, "x.csv");
    expectIoFailure(cli("export", "datasets/jiamusi", "--what", "observations", "--out", csv), csv, "ENOTDIR");
    expectIoFailure(cli("export", "datasets/jiamusi", "--what", "observations", "--threads", "2", "--out", csv), csv, "ENOTDIR");
    const svg = join(file, "x.svg");
    expectIoFailure(cli("chart", "trend", "datasets/jiamusi", "--metric", "requests_new", "--out", svg), svg, "ENOTDIR");
    expectIoFailure(cli("extract", "reports/jiamusi-2017.txt", "--out", csv), csv, "ENOTDIR");
    const folder = join(file, "report");
    expectIoFailure(cli("report", "datasets/jiamusi", "--out", folder), folder, "ENOTDIR");
  });

  it("a folder where the file goes (EISDIR), with no temporary file left beside it", () => {
    const dir = join(root, "taken.csv");
    mkdirSync(dir);
    expectIoFailure(cli("extract", "reports/jiamusi-2017.txt", "--out", dir), dir, "EISDIR");
    expect(readdirSync(root).filter((n) => n.startsWith(".taken.csv."))).toEqual([]);
  });

  it.skipIf(root0)("a folder without write permission (EACCES)", () => {
    const csv = join(root, "locked", "x.csv");
    expectIoFailure(cli("export", "datasets/jiamusi", "--what", "observations", "--out", csv), csv, "EACCES");
    expect(existsSync(csv)).toBe(false);
  });
});

describe("exit 2: outputs that would destroy each other or an input", () => {
  it("the same file twice among export's outputs, however it is spelled, and nothing is written", () => {
    const a = join(root, "twice.csv");
    const r = cli("export", "datasets/jiamusi", "--what", "observations", "yoy", "--out", a, join(root, ".", "x", "..", "twice.csv"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("是同一个文件");
    expect(existsSync(a)).toBe(false);
  });

  it("an output that is the input file, and a report folder that holds its datasets", () => {
    const data = join(root, "data", "jiamusi");
    mkdirSync(data, { recursive: true });
    for (const f of ["2016.csv", "2017.csv", "entity.json"]) writeFileSync(join(data, f), readFileSync(join("datasets", "jiamusi", f)));
    const before = readFileSync(join(data, "2017.csv"), "utf8");
    const r = cli("export", join(data, "2017.csv"), "--what", "observations", "--out", join(data, "2017.csv"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("写入会覆盖输入");
    expect(readFileSync(join(data, "2017.csv"), "utf8")).toBe(before);
    const report = cli("report", data, "--out", join(root, "data"));
    expect(report.status).toBe(2);
    expect(report.stderr).toContain("写入会覆盖输入");
    expect(readdirSync(data).sort()).toEqual(["2016.csv", "2017.csv", "entity.json"]);
  });
});
