// Single-thread parse throughput on the generated corpus, against reading the same files and nothing more.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus } from "./lib/corpus.mjs";
import { median, num, ROOT } from "./lib/measure.mjs";
import { stageShares } from "./lib/stages.mjs";

export async function run({ workdir, quick }) {
  const count = quick ? 500 : 5000;
  const runs = quick ? 3 : 7;
  const bytes = writeCorpus(workdir, count);
  const files = readdirSync(workdir, { recursive: true })
    .filter((name) => name.endsWith(".txt"))
    .map((name) => join(workdir, name));
  const { parseDispatch } = await import(join(ROOT, "dist", "index.js"));
  const { serialise } = await import(join(ROOT, "dist", "formats", "index.js"));
  const inputs = files.map((file) => readFileSync(file));

  const read = () => {
    for (const file of files) readFileSync(file).toString("utf8");
  };
  const parse = () => {
    for (const input of inputs) parseDispatch(input, { path: "x.txt" });
  };
  const parseAndWrite = () => {
    for (const input of inputs) serialise(parseDispatch(input, { path: "x.txt" }).records, "json");
  };
  parse(); // warm-up: the JIT compiles the hot paths before the timed runs
  const measure = (work) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      work();
      times.push(performance.now() - started);
    }
    return median(times) / 1000;
  };
  const rows = [
    ["read the files (baseline)", measure(read)],
    ["parse (bytes to record)", measure(parse)],
    ["parse and write JSON", measure(parseAndWrite)],
  ];
  const mb = bytes / 2 ** 20;
  const lines = rows.map(
    ([what, seconds]) => `| ${what} | ${(mb / seconds).toFixed(1)} MB/s | ${num(count / seconds)} /s |`,
  );
  const perCore = count / (rows[1][1] ?? 1);
  // The profiler slows what it watches a little; its shares, applied to the unwatched median, say where a
  // dispatch's time goes.
  const perDispatch = (rows[1][1] / count) * 1e6;
  const shares = await stageShares(parse, join(ROOT, "dist"));
  const stageLines = shares.map(
    ([stage, share]) =>
      `| ${stage} | ${(share * 100).toFixed(0)}% | ${(share * perDispatch).toFixed(0)} µs |`,
  );
  return [
    "## Parse throughput, one thread",
    "",
    `${num(count)} generated dispatches (${(bytes / count / 1024).toFixed(1)} KB on average, six agency and scraper styles), in memory, median of ${runs} runs.`,
    "",
    "| work | throughput | dispatches |",
    "| --- | --- | --- |",
    ...lines,
    "",
    `Target: at least 20,000 dispatches/s per core. Measured: ${num(perCore)} /s (${perCore >= 20000 ? "met" : "not met"}).`,
    "",
    `### Where a dispatch's parse time goes`,
    "",
    `One more pass of the parse run under V8's sampling profiler, each sample given to the pipeline stage whose module is nearest the top of its stack; the shares apply to the median above (${perDispatch.toFixed(0)} µs a dispatch). The target is 50 µs a dispatch in all.`,
    "",
    "| stage | share | per dispatch |",
    "| --- | --- | --- |",
    ...stageLines,
    "",
  ].join("\n");
}
