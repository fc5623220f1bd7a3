// `dispatch parse --input-format ndjson` streaming a large NDJSON file: throughput and peak memory.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { dispatch } from "./lib/corpus.mjs";
import { dispatchWithMemory, ms, num } from "./lib/measure.mjs";

export async function run({ workdir, quick }) {
  const target = quick ? 20 * 2 ** 20 : 2 ** 30;
  mkdirSync(workdir, { recursive: true });
  const file = join(workdir, "lines.ndjson");
  const fd = openSync(file, "w");
  let size = 0;
  let lines = 0;
  const pool = Array.from({ length: 500 }, (_, i) => dispatch(i));
  while (size < target) {
    const line = `${JSON.stringify({ path: `wire/${lines}.txt`, text: pool[lines % pool.length] })}\n`;
    writeSync(fd, line);
    size += Buffer.byteLength(line);
    lines++;
  }
  closeSync(fd);
  const result = await dispatchWithMemory(["parse", "--input-format", "ndjson", "--quiet", file]);
  if (result.code !== 0) throw new Error(`parse failed: ${result.stderr}`);
  return [
    "## Streaming NDJSON through `dispatch parse --input-format ndjson`",
    "",
    "| input | lines | time | throughput | peak resident memory |",
    "| --- | --- | --- | --- | --- |",
    `| ${(size / 2 ** 20).toFixed(0)} MB | ${num(lines)} | ${ms(result.ms)} | ${(size / 2 ** 20 / (result.ms / 1000)).toFixed(1)} MB/s | ${result.peakMB.toFixed(0)} MB |`,
    "",
    "One run. Memory holds one line at a time, whatever the size of the input.",
    "",
  ].join("\n");
}
