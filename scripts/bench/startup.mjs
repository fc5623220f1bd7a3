// Start-up: `dispatch parse` of one small file against bare `node -e 0`, against the same bundle without its
// code cache (what a Node with another V8 version sees), and against the unbundled build.
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dispatch } from "./lib/corpus.mjs";
import { BIN, median, ms, ROOT, time } from "./lib/measure.mjs";

export async function run({ workdir, quick }) {
  const runs = quick ? 7 : 21;
  mkdirSync(workdir, { recursive: true });
  const story = join(workdir, "story.txt");
  writeFileSync(story, dispatch(1, 1200));
  // The same CLI from tsc's output, one module a file: what the bundle replaces.
  const unbundled = join(workdir, "unbundled.mjs");
  writeFileSync(
    unbundled,
    `import { main } from ${JSON.stringify(join(ROOT, "dist", "cli", "main.js"))};\nprocess.exitCode = await main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });\n`,
  );
  const uncached = withoutCodeCache(join(workdir, "uncached"));
  const commands = {
    bare: [process.execPath, ["-e", "0"]],
    parse: [BIN, ["parse", story]],
    uncached: [uncached, ["parse", story]],
    unbundled: [process.execPath, [unbundled, "parse", story]],
    help: [BIN, ["--help"]],
    version: [BIN, ["--version"]],
  };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  // Interleaved, so a busy moment on the machine weighs on every command alike.
  for (let i = 0; i < runs; i++)
    for (const [name, [command, args]] of Object.entries(commands))
      times[name].push((await time(command, args)).ms);
  const m = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  // The fastest run too: on a shared machine it moves less with what else is running than the median does.
  const f = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, Math.min(...values)]));
  const signed = (value) => `${value < 0 ? "-" : "+"}${ms(Math.abs(value))}`;
  const row = (label, name) =>
    `| ${label} | ${ms(m[name])} | ${name === "bare" ? "" : signed(m[name] - m.bare)} | ${ms(f[name])} | ${name === "bare" ? "" : signed(f[name] - f.bare)} |`;
  return [
    "## Start-up",
    "",
    `${runs} interleaved runs of each; a 1.2 KB dispatch parsed to JSON.`,
    "",
    "| command | median | over bare Node | fastest | over bare Node |",
    "| --- | --- | --- | --- | --- |",
    row("`node -e 0` (baseline)", "bare"),
    row("`dispatch parse story.txt`", "parse"),
    row("the same, without the code cache", "uncached"),
    row("the same, unbundled (tsc output)", "unbundled"),
    row("`dispatch --help`", "help"),
    row("`dispatch --version`", "version"),
    "",
    `Target: at most 40 ms over bare Node. Measured (medians): ${signed(m.parse - m.bare)} (${m.parse - m.bare <= 40 ? "met" : "not met"}).`,
    "",
  ].join("\n");
}

/** A copy of bin/ and the bundle, without the code cache beside it; returns its bin/dispatch. */
function withoutCodeCache(dir) {
  for (const sub of ["bin", "dist"]) mkdirSync(join(dir, sub), { recursive: true });
  for (const name of readdirSync(join(ROOT, "bin")))
    copyFileSync(join(ROOT, "bin", name), join(dir, "bin", name));
  copyFileSync(join(ROOT, "dist", "cli.cjs"), join(dir, "dist", "cli.cjs"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return join(dir, "bin", "dispatch");
}
