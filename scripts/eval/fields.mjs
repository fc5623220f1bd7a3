// Field accuracy over the hand-written answer keys: every fixtures/<case>/truth.json is compared with what
// dist/index.js makes of the case's input.txt. Prints one table (and, with --verbose, every miss) and returns
// false when a figure is below the thresholds the README states.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "fixtures");

/** Minimum accuracy per field (share of stories right); debris-left is a maximum. Stated in the README. */
export const THRESHOLDS = {
  headline: 0.95,
  byline: 0.95,
  "dateline text": 0.95,
  place: 0.95,
  agency: 0.97,
  date: 0.95,
  records: 0.97,
  "body completeness": 0.99,
  "debris left": 0.02,
};

const words = (text) =>
  String(text ?? "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function bag(list) {
  const out = new Map();
  for (const word of list) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

/** Words of `part` found in `whole`, counting repeats no more often than `whole` has them. */
function overlap(part, whole) {
  let n = 0;
  for (const [word, count] of part) n += Math.min(count, whole.get(word) ?? 0);
  return n;
}

const same = (a, b) =>
  (a ?? null) === null
    ? (b ?? null) === null
    : String(a).replace(/\s+/g, " ").trim() ===
      String(b ?? "")
        .replace(/\s+/g, " ")
        .trim();

const FIELDS = {
  headline: (t, r) => [t.headline, r?.headline ?? null],
  byline: (t, r) => [t.byline, r?.byline ?? null],
  "dateline text": (t, r) => [t.dateline?.text ?? null, r?.dateline?.text ?? null],
  place: (t, r) => [t.dateline?.place ?? null, r?.dateline?.place ?? null],
  agency: (t, r) => [t.source, r?.source?.code ?? null],
  date: (t, r) => [t.date, r?.date ?? null],
};
const TRUTH_KEY = {
  headline: "headline",
  byline: "byline",
  "dateline text": "dateline",
  place: "dateline",
  agency: "source",
  date: "date",
};

export async function evaluate({ argv = [] } = {}) {
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const { parseDispatch } = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
  const score = Object.fromEntries(Object.keys(THRESHOLDS).map((k) => [k, { right: 0, total: 0 }]));
  const words_ = { story: 0, kept: 0, debris: 0, left: 0 };
  const misses = [];
  const cases = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, "truth.json")))
    .map((e) => e.name)
    .sort();
  for (const name of cases) {
    const raw = JSON.parse(readFileSync(join(FIXTURES, name, "truth.json"), "utf8"));
    const truths = Array.isArray(raw) ? raw : [raw];
    const records = parseDispatch(readFileSync(join(FIXTURES, name, "input.txt")), { path: name }).records;
    const expectedCount = truths[0]?.records ?? truths.length;
    score.records.total++;
    if (records.length === expectedCount) score.records.right++;
    else misses.push([name, "records", expectedCount, records.length]);
    truths.forEach((truth, i) => {
      const record = records[i];
      const at = truths.length > 1 ? `${name}#${i + 1}` : name;
      for (const [field, pick] of Object.entries(FIELDS)) {
        if (!(TRUTH_KEY[field] in truth)) continue;
        const [want, got] = pick(truth, record);
        score[field].total++;
        if (same(want, got)) score[field].right++;
        else misses.push([at, field, want, got]);
      }
      const body = bag(words((record?.body ?? []).join(" ")));
      if (truth.story) {
        const story = bag(words(truth.story.join(" ")));
        const size = [...story.values()].reduce((a, b) => a + b, 0);
        const kept = overlap(story, body);
        words_.story += size;
        words_.kept += kept;
        if (kept < size) misses.push([at, "body completeness", `${size} words`, `${kept} kept`]);
        // Debris words left: body words beyond what the story accounts for that the debris has.
        const extra = new Map(body);
        for (const [word, count] of story) extra.set(word, Math.max(0, (extra.get(word) ?? 0) - count));
        const debris = bag(words((truth.debris ?? []).join(" ")));
        const left = overlap(debris, extra);
        words_.debris += [...debris.values()].reduce((a, b) => a + b, 0);
        words_.left += left;
        if (left > 0) misses.push([at, "debris left", "0 words", `${left} words`]);
      }
    });
  }
  score["body completeness"] = { right: words_.kept, total: words_.story };
  score["debris left"] = { right: words_.left, total: words_.debris };

  let ok = true;
  const rows = Object.entries(score).map(([field, { right, total }]) => {
    const value = total === 0 ? (field === "debris left" ? 0 : 1) : right / total;
    const limit = THRESHOLDS[field];
    const pass = field === "debris left" ? value <= limit : value >= limit;
    if (!pass) ok = false;
    const unit = field.startsWith("body") || field.startsWith("debris") ? "words" : "stories";
    return [
      field,
      `${right}/${total} ${unit}`,
      `${(value * 100).toFixed(1)}%`,
      `${field === "debris left" ? "≤" : "≥"} ${(limit * 100).toFixed(0)}%`,
      pass ? "ok" : "BELOW",
    ];
  });
  const header = ["field", "count", "score", "threshold", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  console.log(`Field accuracy over ${cases.length} fixtures with a truth.json`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (verbose && misses.length > 0) {
    console.log("\nMisses:");
    for (const [at, field, want, got] of misses)
      console.log(`  ${at}: ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return ok;
}
