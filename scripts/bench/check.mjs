// Benchmark of `dispatch check` on a generated archive: 100,000 records (5,000 with `quick`), half JSON,
// half Markdown, shaped like the parser's output (quotes with speakers and offsets), with some exact and
// some near duplicates planted. Times the real CLI (median of runs) against reading the same files in
// Node, and checks that the planted duplicates are all found.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "dispatch");

const WORDS = (
  "government minister officials said talks police city region army president election vote court " +
  "report market prices oil trade border troops ceasefire agreement capital protest security council " +
  "statement spokesman agency week year month people water energy budget parliament health hospital " +
  "storm flood workers company shares bank rates economy growth inflation exports imports summit leaders"
).split(" ");
const PLACES = [
  "Beijing",
  "Paris",
  "Geneva",
  "Tokyo",
  "Nairobi",
  "Lima",
  "Berlin",
  "Delhi",
  "Seoul",
  "Cairo",
];
const AGENCIES = [
  ["AFP", "Agence France-Presse"],
  ["Reuters", "Reuters"],
  ["AP", "Associated Press"],
  ["Xinhua", "Xinhua News Agency"],
  ["dpa", "Deutsche Presse-Agentur"],
  ["Kyodo", "Kyodo News"],
];
const PEOPLE = [
  ["Anna Keller", "Keller", "Minister"],
  ["Ravi Menon", "Menon", "spokesman"],
  ["Li Wei", "Li", "Governor"],
  ["Maria Santos", "Santos", "President"],
  ["James Okafor", "Okafor", "analyst"],
];
const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

/** A small deterministic generator, so every run checks the same archive. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next) {
  const length = 12 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A story shaped like the parser's output: paragraphs, some of them quotes with their speakers and offsets. */
function record(i, next, id) {
  const [code, name] = AGENCIES[i % AGENCIES.length];
  const place = PLACES[i % PLACES.length];
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const year = 2015 + Math.floor(next() * 10);
  const body = [];
  const quotes = [];
  const paragraphs = 6 + Math.floor(next() * 5);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 2 === 0) {
      const [speaker, surname, title] = PEOPLE[Math.floor(next() * PEOPLE.length)];
      const said = sentence(next).replace(/\.$/, "");
      body.push(`"${said}," ${surname} said.`);
      quotes.push({
        text: said,
        kind: "direct",
        speaker,
        speakerAsWritten: surname,
        speakerTitle: title,
        verb: "said",
        paragraph: p,
        start: 1,
        endParagraph: p,
        end: 1 + said.length,
      });
    } else body.push(Array.from({ length: 2 + Math.floor(next() * 2) }, () => sentence(next)).join(" "));
  }
  return {
    schemaVersion: "1.0",
    id,
    headline: sentence(next).slice(0, 70).replace(/\.$/, ""),
    byline: null,
    dateline: { text: `${place}, ${MONTHS[month - 1]} ${day} (${code})`, place },
    source: { code, name },
    date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    language: "en",
    body,
    quotes,
    copyright: name,
    credits: [],
    captions: [],
    origin: { path: `scraped/story-${i}.txt`, bytes: 3000, sha256: "0".repeat(64), encoding: "utf-8" },
    diagnostics: [],
  };
}

/** Writes the archive once per size; a marker file says it is complete. Returns the planted duplicates. */
async function generate(dir, count) {
  const marker = join(dir, ".complete");
  const planted = { exact: Math.floor(count / 100), near: Math.floor(count / 100) };
  const version = `${count} records, generator 2`;
  if (existsSync(marker) && readFileSync(marker, "utf8") === version) return planted;
  rmSync(dir, { recursive: true, force: true });
  const { toJson, toMarkdown } = await import(join(ROOT, "dist", "index.js"));
  const next = random(20250903);
  const perFolder = 1000;
  const originals = [];
  for (let i = 0; i < count; i++) {
    let value;
    if (i >= count - planted.exact - planted.near) {
      // The last ones copy earlier stories: exact copies under a new headline, or with one word changed.
      const source = originals[(i * 7919) % originals.length];
      value = structuredClone(source);
      value.headline = `Update: ${source.headline}`;
      if (i >= count - planted.near) {
        const words = value.body[1].split(" "); // never a quote paragraph
        words[3] = "reportedly";
        value.body[1] = words.join(" ");
      }
    } else {
      value = record(i, next, i.toString(16).padStart(16, "0"));
      if (originals.length < 5000) originals.push(value);
    }
    value.id = i.toString(16).padStart(16, "0");
    const folder = join(dir, String(Math.floor(i / perFolder)).padStart(4, "0"));
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    const name = join(folder, `story-${i}`);
    if (i % 2 === 0) writeFileSync(`${name}.json`, toJson([value], { pretty: true }));
    else writeFileSync(`${name}.md`, toMarkdown([value]));
  }
  writeFileSync(marker, version);
  return planted;
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function readAllFiles(dir) {
  let bytes = 0;
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder.name)))
      bytes += readFileSync(join(dir, folder.name, name)).length;
  }
  return bytes;
}

/**
 * Preloaded into the timed process: writes the CPU time of the whole process (worker threads included) on
 * exit. On a shared machine the wall-clock time depends on the neighbours; the CPU time much less.
 */
const CPU_REPORTER = `process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  require("node:fs").writeFileSync(process.env.DISPATCH_BENCH_CPU, String((user + system) / 1e6));
});
`;

export async function run({ workdir, quick }) {
  const count = quick ? 5000 : 100_000;
  const runs = quick ? 1 : 3;
  const dir = join(workdir, `check-archive-${count}`);
  const planted = await generate(dir, count);
  const reporter = join(workdir, "check-cpu-reporter.cjs");
  const cpuFile = join(workdir, "check-cpu.txt");
  writeFileSync(reporter, CPU_REPORTER);
  const baseline = [];
  const times = [];
  const cpu = [];
  const loads = [];
  let report;
  for (let i = 0; i < runs; i++) {
    baseline.push(timed(() => readAllFiles(dir)).seconds);
    loads.push(loadavg()[0]);
    const { value, seconds } = timed(() =>
      spawnSync(process.execPath, ["--require", reporter, BIN, "check", dir, "--reporter", "json"], {
        encoding: "utf8",
        maxBuffer: 1024 ** 3,
        env: { ...process.env, NO_COLOR: "1", DISPATCH_BENCH_CPU: cpuFile },
      }),
    );
    if (value.status !== 1 || !value.stdout) throw new Error(`dispatch check failed: ${value.stderr}`);
    report = JSON.parse(value.stdout);
    times.push(seconds);
    cpu.push(Number(readFileSync(cpuFile, "utf8")));
  }
  const byRule = {};
  for (const file of report.files) for (const p of file.problems) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
  const checkTime = median(times);
  const readTime = median(baseline);
  const cores = availableParallelism();
  const rate = (seconds) => Math.round(count / seconds).toLocaleString("en-US");
  return [
    "## dispatch check",
    "",
    `${count.toLocaleString("en-US")} archived records (half JSON, half Markdown, ${planted.exact} exact and ${planted.near} near copies planted), ${cores} cores, median of ${runs} run${runs === 1 ? "" : "s"}. Load average before the runs: ${loads.map((l) => l.toFixed(1)).join(", ")} (other work on the machine slows the wall-clock figures; the CPU time is the check's own).`,
    "",
    "| what | wall time | files/s | CPU time (all threads) |",
    "| --- | ---: | ---: | ---: |",
    `| baseline: read every file in Node | ${readTime.toFixed(2)} s | ${rate(readTime)} | |`,
    `| \`dispatch check\` (all rules, JSON report) | ${checkTime.toFixed(2)} s | ${rate(checkTime)} | ${median(cpu).toFixed(1)} s |`,
    "",
    `Problems found: ${
      Object.entries(byRule)
        .map(([rule, n]) => `${rule} ${n}`)
        .join(", ") || "none"
    } (planted: duplicate-story ${planted.exact}, near-duplicate-story ${planted.near}).`,
    "",
  ].join("\n");
}
