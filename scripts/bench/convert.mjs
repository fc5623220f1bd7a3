// `dispatch convert` of whole folders against `cp -r` of the same folder, with peak memory.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus } from "./lib/corpus.mjs";
import { BIN, dispatchWithMemory, median, ms, num, time } from "./lib/measure.mjs";

export async function run({ workdir, quick }) {
  const sizes = quick ? [1000, 3000] : [10_000, 100_000];
  const rows = [];
  const memory = [];
  for (const size of sizes) {
    const runs = size >= 100_000 ? 1 : 3;
    const src = join(workdir, `corpus-${size}`);
    writeCorpus(src, size);
    // The corpus was just written: flush it to disk first, or the first `cp -r` pays for that writeback.
    spawnSync("sync");
    const copy = [];
    const fresh = [];
    const again = [];
    const cpu = [];
    let peak = 0;
    // Every run writes into a folder of its own, and all are deleted together after the last run. Deleting
    // a hundred thousand files right before a run (ext4, online discard) slows the next file creations by
    // a varying amount, up to several times, for cp and convert alike.
    const written = [];
    for (let i = 0; i < runs; i++) {
      const dst = join(workdir, `copy-${i}`);
      written.push(dst);
      copy.push((await time("cp", ["-r", src, dst])).ms);
      const out = join(workdir, `archive-${i}`);
      written.push(out);
      const first = await dispatchWithMemory(["convert", src, "--out-dir", out, "--quiet"]);
      if (first.code !== 0) throw new Error(`convert failed: ${first.stderr}`);
      fresh.push(first.ms);
      cpu.push(first.userMs + first.systemMs);
      peak = Math.max(peak, first.peakMB);
      again.push((await time(BIN, ["convert", src, "--out-dir", out, "--quiet"])).ms);
    }
    for (const folder of written) rmSync(folder, { recursive: true, force: true });
    spawnSync("sync");
    const c = median(copy);
    const f = median(fresh);
    const a = median(again);
    rows.push(
      `| ${num(size)} | ${ms(c)} | ${ms(f)} (${(f / c).toFixed(1)}x) | ${ms(a)} (${(a / c).toFixed(1)}x) | ${num((size / f) * 1000)} /s | ${ms(median(cpu))} |`,
    );
    memory.push(`| ${num(size)} | ${peak.toFixed(0)} MB |`);
    rmSync(src, { recursive: true, force: true });
  }
  return [
    "## `dispatch convert` against `cp -r`",
    "",
    `Generated dispatches, 1,000 a folder; \`dispatch convert FOLDER --out-dir OUT\` (JSON, every core) against \`cp -r FOLDER\`, median of 3 runs (1 for 100,000 files). "Again" is the second run over an unchanged folder, which only checks the manifest. CPU time is the first convert's, user and system, over all its threads. Each run writes into a new folder; the outputs are deleted after the last run.`,
    "",
    "| files | cp -r | convert | convert again | files/s | convert CPU time |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Target: within 3x of `cp -r`.",
    "",
    "### Peak memory of `convert` (all threads)",
    "",
    "| files | peak resident memory |",
    "| --- | --- |",
    ...memory,
    "",
    "Target: under 200 MB, flat as the corpus grows.",
    "",
  ].join("\n");
}
