// Executes every notebook in notebooks/ headless on the Deno kernel and reports pass/fail per notebook.
//
//   node scripts/run-notebooks.mjs [--write] [--no-build] [name …]
//
// Each notebook is executed by scripts/run-notebooks.py (Jupyter's nbclient, with a fix for outputs the
// Deno kernel sends late) into a temporary folder, with node_modules/.bin (the deno binary) on PATH and the
// repo-local kernelspec in jupyter/ first on JUPYTER_PATH. A notebook fails when a cell throws, when a
// cell writes to stderr (warnings and banners do not belong in a committed notebook), when a code cell
// shows nothing (each of ours ends with a result, so an empty cell means a lost output), when an output
// names a path of this machine, or, without --write, when the committed outputs differ from a fresh run
// (stale figures). --write replaces the committed notebooks with the executed ones.
// Exits 1 when any notebook failed, 2 when Jupyter itself is missing.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const notebooksDir = join(root, "notebooks");
const args = process.argv.slice(2);
const write = args.includes("--write");
const build = !args.includes("--no-build");
const wanted = args.filter((a) => !a.startsWith("--"));

const APT_HINT = "apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient python3-ipykernel";

/** The first Python that can import nbclient and nbformat; Debian's lands in /usr/bin, not in pyenv. */
function findJupyterPython() {
  const candidates = [process.env.JUPYTER_PYTHON, "/usr/bin/python3", "python3"].filter(Boolean);
  for (const python of candidates) {
    const probe = spawnSync(python, ["-c", "import nbclient, nbformat"], { stdio: "ignore" });
    if (probe.status === 0) return python;
  }
  return null;
}

/** The outputs a reader sees, as text: images are left out (they are checked for presence, not bytes). */
function textOutputs(nb) {
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) =>
      c.outputs.map((o) => {
        if (o.output_type === "stream") return { stream: o.name, text: [].concat(o.text).join("") };
        if (o.output_type === "error") return { error: o.ename };
        return { text: [].concat(o.data?.["text/plain"] ?? "").join(""), html: [].concat(o.data?.["text/html"] ?? "").join("") };
      }),
    );
}

/** Why an executed notebook is not fit to commit, or [] when it is. */
function problemsOf(executed, committed) {
  const problems = [];
  executed.cells.forEach((cell, i) => {
    // Every code cell here ends with something to show; an empty one means an output was lost.
    if (cell.cell_type === "code" && (cell.outputs ?? []).length === 0) problems.push(`cell ${i + 1} has no output`);
    for (const o of cell.outputs ?? []) {
      if (o.output_type === "error") problems.push(`cell ${i + 1} threw ${o.ename}: ${o.evalue}`);
      if (o.output_type === "stream" && o.name === "stderr") {
        problems.push(`cell ${i + 1} wrote to stderr: ${[].concat(o.text).join("").trim().slice(0, 300)}`);
      }
    }
  });
  // Base64 pictures are left out: their text can hold "/tmp" by chance (a PNG is not a path).
  const json = JSON.stringify(executed, (key, value) => (/^image\/(png|jpeg|gif)$/.test(key) ? undefined : value));
  const machinePaths = [root, homedir(), tmpdir()].filter((p) => p.length > 1);
  for (const p of machinePaths) {
    if (json.includes(p)) problems.push(`an output names a path of this machine (${p}); print paths relative to the notebook`);
  }
  if (!write && committed && JSON.stringify(textOutputs(executed)) !== JSON.stringify(textOutputs(committed))) {
    problems.push("the committed outputs differ from a fresh run; run `npm run notebooks -- --write` and commit the result");
  }
  return problems;
}

const python = findJupyterPython();
if (!python) {
  console.error(`Jupyter's nbclient is not installed for any Python found (tried /usr/bin/python3 and python3).\nInstall it: ${APT_HINT}`);
  process.exit(2);
}

if (build) {
  const b = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });
  if (b.status !== 0) process.exit(1);
}

const all = readdirSync(notebooksDir)
  .filter((f) => f.endsWith(".ipynb"))
  .sort();
const selected = wanted.length === 0 ? all : all.filter((f) => wanted.some((w) => f === basename(w) || f.startsWith(basename(w))));
if (selected.length === 0) {
  console.error(`no notebook matches ${wanted.join(", ")}; notebooks: ${all.join(", ")}`);
  process.exit(1);
}

const env = {
  ...process.env,
  PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  JUPYTER_PATH: [join(root, "jupyter"), process.env.JUPYTER_PATH].filter(Boolean).join(delimiter),
  DENO_NO_UPDATE_CHECK: "1",
  NO_COLOR: "1",
};

const outDir = mkdtempSync(join(tmpdir(), "notebooks-"));
let passed = 0;
let failed = 0;
try {
  for (const name of selected) {
    const source = join(notebooksDir, name);
    const started = Date.now();
    // The kernel starts in the notebook's own folder, so relative paths such as ../dist/index.js and
    // ../datasets resolve as they do in JupyterLab.
    const executedPath = join(outDir, name);
    const run = spawnSync(python, [join(root, "scripts", "run-notebooks.py"), source, executedPath], {
      env,
      encoding: "utf8",
      cwd: notebooksDir,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let problems;
    if (run.status !== 0) {
      problems = [`the run stopped (exit ${run.status}):\n${(run.stderr ?? "").trim().split("\n").slice(-25).join("\n")}`];
    } else {
      const executed = JSON.parse(readFileSync(executedPath, "utf8"));
      const committed = JSON.parse(readFileSync(source, "utf8"));
      problems = problemsOf(executed, committed);
    }
    if (problems.length === 0) {
      passed++;
      if (write) copyFileSync(executedPath, source);
      console.log(`pass  ${name}  (${seconds} s)${write ? "  outputs written" : ""}`);
    } else {
      failed++;
      console.log(`FAIL  ${name}  (${seconds} s)`);
      for (const p of problems) console.log(`      ${p.replaceAll("\n", "\n      ")}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`notebooks: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
