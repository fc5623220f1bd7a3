#!/usr/bin/env node
// Runs every benchmark in scripts/bench/*.mjs in name order and prints their Markdown sections under a header
// that says what machine ran them. `--write` puts the result in BENCHMARKS.md; `--quick` shrinks the corpora
// for a smoke run, and `--quick=stream,check` shrinks only the sections named. Run through `npm run bench`,
// which builds first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const argv = process.argv.slice(2);
const quickFlag = argv.find((arg) => arg === "--quick" || arg.startsWith("--quick="));
/** Quick for every section, or only for those named after `--quick=`. */
const quickFor = (section) =>
  quickFlag === "--quick" || (quickFlag?.slice("--quick=".length).split(",").includes(section) ?? false);
const write = argv.includes("--write");
const dir = join(import.meta.dirname, "bench");
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
    .sort()) {
    const { run } = await import(pathToFileURL(join(dir, file)).href);
    const name = file.replace(/\.mjs$/, "");
    // What the last section wrote (hundreds of megabytes, then deleted) is flushed before the next one
    // starts, so that its writeback does not take CPU from the next section's figures.
    spawnSync("sync");
    const section = await run({ workdir: join(workdir, name), quick: quickFor(name) });
    sections.push(section);
    process.stdout.write(`${section}\n`);
  }
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
if (write)
  writeFileSync(join(import.meta.dirname, "..", "BENCHMARKS.md"), `${sections.join("\n").trimEnd()}\n`);
