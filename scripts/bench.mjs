#!/usr/bin/env node
// Runs every benchmark in scripts/bench/*.mjs (the one-thread ones first, then by name) and prints their
// Markdown sections under a header that says what machine ran them. `--write` puts the result in BENCHMARKS.md;
// `--quick` shrinks the corpora for a smoke run, and `--quick=stream,check` shrinks only the sections named. Run
// through `npm run bench`, which builds first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const argv = process.argv.slice(2);
const quickFlag = argv.find((arg) => arg === "--quick" || arg.startsWith("--quick="));
/** Quick for every section, or only for those named after `--quick=`. */
const quickFor = (section) =>
  quickFlag === "--quick" || (quickFlag?.slice("--quick=".length).split(",").includes(section) ?? false);
const write = argv.includes("--write");
const dir = join(import.meta.dirname, "bench");
// Each section runs in a fresh process (see bench/lib/section.mjs).
/**
 * The one-thread sections run first: after the sections that write and delete hundreds of thousands of files,
 * the kernel goes on freeing them for minutes, and the parse section then ran 20% slower (so did merely
 * reading the files).
 */
const FIRST = ["parse", "startup"];
const rank = (file) => {
  const at = FIRST.indexOf(file.replace(/\.mjs$/, ""));
  return at === -1 ? FIRST.length : at;
};
const SECTION = join(dir, "lib", "section.mjs");
const workdir = mkdtempSync(join(tmpdir(), "dispatch-bench-"));

const header = [
  "# Benchmarks",
  "",
  "Written by `npm run bench -- --write`; every figure is a median over several runs, with its baseline measured",
  "in the same run on the same machine.",
  "",
  `- machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB memory`,
  `- load average at start: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(", ")}`,
  `- Node ${process.version} on ${process.platform}`,
  `- date: ${new Date().toISOString().slice(0, 10)}`,
  `- command: \`npm run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}\``,
  "",
].join("\n");

const sections = [header];
process.stdout.write(`${header}\n`);
try {
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".mjs"))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const name = file.replace(/\.mjs$/, "");
    // What the last section wrote (hundreds of megabytes, then deleted) is flushed before the next one
    // starts, so that its writeback does not take CPU from the next section's figures.
    spawnSync("sync");
    const ran = spawnSync(
      process.execPath,
      [SECTION, join(dir, file), join(workdir, name), quickFor(name) ? "quick" : ""],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 2 ** 20 },
    );
    if (ran.status !== 0) throw new Error(`the ${name} section failed (exit code ${ran.status})`);
    const section = ran.stdout;
    sections.push(section);
    process.stdout.write(`${section}\n`);
  }
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
if (write)
  writeFileSync(join(import.meta.dirname, "..", "BENCHMARKS.md"), `${sections.join("\n").trimEnd()}\n`);
