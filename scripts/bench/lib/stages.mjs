// Where a parse's time goes: V8's sampling profiler over the parse loop, each sample given to the pipeline
// stage whose module is nearest the top of its stack. Shared helpers (chars.js) count for the stage that
// called them, regular expressions and built-ins (node:crypto's hash) for the module that ran them.
import { Session } from "node:inspector/promises";
import { relative } from "node:path";

/** Modules of dist/ by stage, in the order the pipeline runs them. */
const STAGES = [
  [
    "decode and clean (encodings, escapes, entities, mojibake)",
    /^(decode|unescape|normalise)\.js$|^repair\//,
  ],
  ["debris rules", /^debris\//],
  ["pages and header (dateline, dates, byline, agency)", /^(pages|dispatches|segment)\.js$|^header\//],
  ["paragraphs and sentences", /^body\.js$/],
  ["quotes and speakers", /^quotes\//],
  ["language guess", /^language\.js$/],
  ["the record (hashes, id, assembly)", /^(parse|record)\.js$/],
];
const GC = "garbage collection";
const OTHER = "other (V8 compiling, the bench's loop)";
const IGNORED = "";

/** The stage a module of dist/ belongs to, or null for shared helpers and anything outside dist/. */
function stageOf(url, dist) {
  if (!url.startsWith("file://")) return null;
  const path = relative(dist, new URL(url).pathname);
  for (const [stage, pattern] of STAGES) if (pattern.test(path)) return stage;
  return null;
}

/**
 * Runs `work` under the profiler; returns each stage's share of the samples (0 to 1), stages in pipeline order
 * then garbage collection and the rest.
 */
export async function stageShares(work, dist) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  work();
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owner = new Map();
  const stageOfNode = (id) => {
    if (owner.has(id)) return owner.get(id);
    const node = nodes.get(id);
    const { url, functionName } = node.callFrame;
    // The profiler's own stop, at the end of the samples, is not the parser's time.
    if (url === "node:inspector") return owner.set(id, IGNORED).get(id);
    let stage = stageOf(url, dist);
    if (stage === null && functionName === "(garbage collector)") stage = GC;
    if (stage === null) stage = parent.has(id) ? stageOfNode(parent.get(id)) : OTHER;
    owner.set(id, stage);
    return stage;
  };
  const time = new Map([...STAGES.map(([stage]) => [stage, 0]), [GC, 0], [OTHER, 0]]);
  profile.samples.forEach((id, i) => {
    const stage = stageOfNode(id);
    if (stage !== IGNORED) time.set(stage, time.get(stage) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...time.values()].reduce((sum, t) => sum + t, 0) || 1;
  return [...time].map(([stage, t]) => [stage, t / total]);
}
