// Quotes and speakers, scored against the hand-labelled `quotes` of every fixtures/*/truth.json, side by side
// with compromise's .quotations() fed the same body text. A quote matches when its text is equal after
// whitespace normalisation; speaker and kind accuracy are measured over matched quotes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDispatch } from "../../dist/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "fixtures");
const REFERENCE = "afp-putin-kim-2025-09-03";
const THRESHOLDS = { f1: 0.95, speaker: 0.9 };

const norm = (text) => text.replace(/\s+/g, " ").trim();

/** The fixtures whose answer key labels quotes: [{ name, input, truth: [{ text, kind, speaker }] }]. */
function labelledCases() {
  const cases = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const truthPath = join(FIXTURES, name, "truth.json");
    if (!existsSync(truthPath)) continue;
    const truth = JSON.parse(readFileSync(truthPath, "utf8"));
    const story = Array.isArray(truth) ? truth[0] : truth;
    if (!story || !Array.isArray(story.quotes)) continue;
    cases.push({ name, input: readFileSync(join(FIXTURES, name, "input.txt")), truth: story.quotes });
  }
  return cases;
}

/** Pairs predicted quotes with labelled ones by normalised text, each used once. */
function match(truth, predicted) {
  const free = predicted.map((quote) => ({ quote, used: false }));
  const pairs = [];
  const missed = [];
  for (const expected of truth) {
    const hit = free.find((p) => !p.used && norm(p.quote.text) === norm(expected.text));
    if (hit) {
      hit.used = true;
      pairs.push({ expected, got: hit.quote });
    } else missed.push(expected);
  }
  return { pairs, missed, spurious: free.filter((p) => !p.used).map((p) => p.quote) };
}

/** compromise returns quotations with their marks and the attribution's comma; it names no speaker. */
function peerQuotes(nlp, body) {
  if (!nlp) return [];
  return nlp(body.join("\n\n"))
    .quotations()
    .out("array")
    .map((text) => ({ text: stripMarks(text), kind: null, speaker: undefined }))
    .filter((q) => q.text !== "");
}

function stripMarks(text) {
  return text
    .trim()
    .replace(/(["“”„«»‹›'‘’‚])[.,;:]+$/, "$1")
    .replace(/^["“”„«»‹›'‘’‚\s]+/, "")
    .replace(/["“”„«»‹›'‘’‚\s]+$/, "")
    .replace(/,$/, "")
    .trim();
}

function tally() {
  return {
    truth: 0,
    predicted: 0,
    matched: 0,
    speakerRight: 0,
    kindRight: 0,
    kindScored: 0,
    speakerScored: 0,
  };
}

function add(total, truth, predicted, result) {
  total.truth += truth.length;
  total.predicted += predicted.length;
  total.matched += result.pairs.length;
  for (const { expected, got } of result.pairs) {
    if (got.speaker !== undefined) {
      total.speakerScored++;
      if ((got.speaker ?? null) === (expected.speaker ?? null)) total.speakerRight++;
    }
    if (got.kind !== null) {
      total.kindScored++;
      if (got.kind === expected.kind) total.kindRight++;
    }
  }
}

function figures(total) {
  const precision = total.predicted ? total.matched / total.predicted : 0;
  const recall = total.truth ? total.matched / total.truth : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const speaker = total.speakerScored ? total.speakerRight / total.speakerScored : null;
  const kind = total.kindScored ? total.kindRight / total.kindScored : null;
  return { precision, recall, f1, speaker, kind };
}

const pct = (x) => (x === null ? "     —" : `${(100 * x).toFixed(1).padStart(5)}%`);

function printTable(rows, cases) {
  console.log(`\nQuotes: ${cases} stories, scored against their hand-labelled truth.json`);
  console.log("tool                     labelled  found  matched  precision  recall     F1  speaker    kind");
  for (const [label, total] of rows) {
    const f = figures(total);
    console.log(
      `${label.padEnd(24)} ${String(total.truth).padStart(8)} ${String(total.predicted).padStart(6)} ${String(total.matched).padStart(8)}     ${pct(f.precision)}  ${pct(f.recall)} ${pct(f.f1)}   ${pct(f.speaker)}  ${pct(f.kind)}`,
    );
  }
}

function explain(name, result) {
  const lines = [];
  for (const q of result.missed) lines.push(`  missed   ${JSON.stringify(q.text)} (${q.speaker})`);
  for (const q of result.spurious) lines.push(`  spurious ${JSON.stringify(q.text)} (${q.speaker})`);
  for (const { expected, got } of result.pairs) {
    if ((got.speaker ?? null) !== (expected.speaker ?? null))
      lines.push(
        `  speaker  ${JSON.stringify(expected.text.slice(0, 50))}: ${got.speaker} (want ${expected.speaker})`,
      );
    if (got.kind !== expected.kind)
      lines.push(
        `  kind     ${JSON.stringify(expected.text.slice(0, 50))}: ${got.kind} (want ${expected.kind})`,
      );
  }
  if (lines.length > 0) console.log(`${name}\n${lines.join("\n")}`);
}

async function loadPeer() {
  try {
    return (await import("compromise")).default;
  } catch {
    console.log(
      "compromise is not installed (npm ci installs it as a dev dependency): peer column left empty",
    );
    return null;
  }
}

export async function evaluate({ argv = [] } = {}) {
  const verbose = argv.includes("--verbose");
  const nlp = await loadPeer();
  const ours = tally();
  const peer = tally();
  let referenceRight = true;
  const cases = labelledCases();
  for (const { name, input, truth } of cases) {
    const [record] = parseDispatch(input, { path: `fixtures/${name}/input.txt` }).records;
    const predicted = record?.quotes ?? [];
    const result = match(truth, predicted);
    add(ours, truth, predicted, result);
    const peerPredicted = peerQuotes(nlp, record?.body ?? []);
    add(peer, truth, peerPredicted, match(truth, peerPredicted));
    if (verbose) explain(name, result);
    if (argv.includes("--verbose-peer")) explain(`${name} (compromise)`, match(truth, peerPredicted));
    if (name === REFERENCE) {
      const wrong = result.pairs.some(
        ({ expected, got }) => got.speaker !== expected.speaker || got.kind !== expected.kind,
      );
      if (result.missed.length > 0 || result.spurious.length > 0 || wrong) {
        referenceRight = false;
        explain(`${name} (reference example)`, result);
      }
    }
  }
  printTable(
    [
      ["dispatch", ours],
      ["compromise .quotations()", peer],
    ],
    cases.length,
  );
  console.log("compromise finds quotation spans only: it names no speaker and tells no kind (—).");
  const f = figures(ours);
  const ok = f.f1 >= THRESHOLDS.f1 && (f.speaker ?? 0) >= THRESHOLDS.speaker && referenceRight;
  console.log(
    ok
      ? `quotes: OK (F1 >= ${THRESHOLDS.f1}, speaker accuracy >= ${THRESHOLDS.speaker}, reference example exact)`
      : `quotes: BELOW TARGET (F1 >= ${THRESHOLDS.f1}, speaker accuracy >= ${THRESHOLDS.speaker}, reference example exact${referenceRight ? "" : ": reference example wrong"})`,
  );
  return ok;
}
