/**
 * Checking an archive: each file read once, its records run through the record rules, and a fingerprint
 * of each kept for the archive-wide rules (duplicates), which look at all of them once at the end.
 *
 * Files are independent until then, so on a big archive they are spread over worker threads; only the
 * fingerprints come back to this thread. A file's problems are placed on lines only when it has some.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isInputError } from "../errors.js";
import { validateRecord } from "../schema.js";
import type { CheckConfig } from "./config.js";
import { fingerprint } from "./fingerprint.js";
import { type LoadedFile, loadFile } from "./load.js";
import { type Locate, locator, type Position } from "./locate.js";
import { type PackedEntries, packEntries, unpackEntries } from "./packed.js";
import { Pool } from "./pool.js";
import { MALFORMED, RULES } from "./rules/index.js";
import type { ArchiveEntry, ArchiveRule, Pointer, Problem, RecordRule, RuleSetting } from "./types.js";

export interface CheckOptions {
  config: CheckConfig;
  /** Files are raw scrapes, parsed with parseDispatch, not archived records. */
  raw: boolean;
  /** YYYY-MM-DD: no story may be dated after it. */
  today: string;
  maxBytes: number;
  /** Errors only: rules whose severity is "warning" do not run at all. */
  quiet: boolean;
  /** The folder the file paths are relative to. */
  cwd: string;
  /** Worker threads to use; 1 checks in this thread. "auto": one per core, on archives big enough to gain. */
  jobs: number | "auto";
}

export interface CheckResult {
  files: number;
  /** Every problem, in file order, then by line and column. */
  problems: Problem[];
}

interface FileOutcome {
  problems: Problem[];
  entries: ArchiveEntry[];
}

/** Below this many files, starting threads costs more than it saves (unless a number of jobs is asked for). */
const PARALLEL_MIN = 2000;
const MAX_CHUNK = 250;
/**
 * The worker beside this module once built: dist/check/check-worker.js, or dist/check-worker.js beside the
 * bundled CLI (a name of its own there, since dist/worker.js is convert's). Tests run it from dist/ too.
 */
const WORKER_URL = import.meta.url.endsWith(".ts")
  ? new URL("../../dist/check/check-worker.js", import.meta.url)
  : new URL("./check-worker.js", import.meta.url);

/** Today as the last time zone on Earth sees it (UTC+14): a story from Kiribati is not from the future. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const jobs =
    options.jobs === "auto"
      ? files.length >= PARALLEL_MIN
        ? Math.min(8, availableParallelism())
        : 1
      : options.jobs;
  // Threads run the compiled worker; from the sources (under a test runner) there is none, so one thread.
  const pool =
    jobs > 1 && files.length > 1 && existsSync(fileURLToPath(WORKER_URL))
      ? new Pool<WorkerTask, ChunkOutcome | Position[]>(WORKER_URL, jobs, options)
      : null;
  try {
    const problems: Problem[] = [];
    const entries: ArchiveEntry[] = [];
    const outcomes = pool
      ? ((await pool.map(
          chunked(files, jobs).map((chunk) => ({ kind: "check", files: chunk })),
        )) as ChunkOutcome[])
      : [checkChunk(files, options)];
    for (const outcome of outcomes) {
      for (const problem of outcome.problems) problems.push(problem);
      for (const entry of unpackEntries(outcome.entries)) entries.push(entry);
    }
    for (const problem of await archiveProblems(entries, options, pool)) problems.push(problem);
    const order = new Map(files.map((file, i) => [file, i]));
    problems.sort(
      (a, b) =>
        (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    );
    return { files: files.length, problems };
  } finally {
    await pool?.close();
  }
}

/** What a worker thread is asked to do: check files, or place archive-wide problems in their files. */
export type WorkerTask = { kind: "check"; files: string[] } | { kind: "locate"; requests: PlaceRequest[] };

/** A place in a record of a file, to be turned into a line and column. */
export interface PlaceRequest {
  file: string;
  index: number;
  at?: Pointer;
}

/** Chunks small enough to share out evenly, big enough that messages between threads stay few. */
function chunked<T>(items: readonly T[], jobs: number): T[][] {
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(items.length / (jobs * 4))));
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function active<R extends RecordRule | ArchiveRule>(
  scope: R["scope"],
  options: CheckOptions,
): { rule: R; setting: RuleSetting }[] {
  return RULES.filter((rule) => rule.scope === scope)
    .map((rule) => ({ rule: rule as R, setting: options.config.rules[rule.id] as RuleSetting }))
    .filter(
      ({ setting }) => setting.severity === "error" || (setting.severity === "warning" && !options.quiet),
    );
}

interface ActiveRules {
  recordRules: { rule: RecordRule; setting: RuleSetting }[];
  fingerprinting: boolean;
}

/** The rules that run, worked out once per check rather than once per file. */
const activeRules = new WeakMap<CheckOptions, ActiveRules>();

function rulesFor(options: CheckOptions): ActiveRules {
  let rules = activeRules.get(options);
  if (!rules) {
    rules = {
      recordRules: active<RecordRule>("record", options),
      fingerprinting: active<ArchiveRule>("archive", options).length > 0,
    };
    activeRules.set(options, rules);
  }
  return rules;
}

/** What checking a chunk of files gives: their problems, and their fingerprints packed for the archive rules. */
export interface ChunkOutcome {
  problems: Problem[];
  entries: PackedEntries;
}

export function checkChunk(files: readonly string[], options: CheckOptions): ChunkOutcome {
  const problems: Problem[] = [];
  const entries: ArchiveEntry[] = [];
  for (const file of files) {
    const outcome = checkFile(file, options);
    // One at a time: a file of a million records would overflow a spread into push().
    for (const problem of outcome.problems) problems.push(problem);
    for (const entry of outcome.entries) entries.push(entry);
  }
  return { problems, entries: packEntries(entries) };
}

/** One file: its records through every record rule, and their fingerprints for the archive rules. */
export function checkFile(file: string, options: CheckOptions): FileOutcome {
  const problems: Problem[] = [];
  let loaded: LoadedFile;
  try {
    loaded = loadFile(file, options.raw, options.maxBytes, options.cwd);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { problems: [malformed(file, error.message)], entries: [] };
  }
  if (loaded.records.length === 0) return { problems: [malformed(file, "holds no records")], entries: [] };
  let locate: Locate | undefined;
  const place = (index: number, at?: Pointer) => {
    locate ??= locator(loaded);
    return locate(index, at);
  };
  const { recordRules, fingerprinting } = rulesFor(options);
  const entries: ArchiveEntry[] = [];
  loaded.records.forEach((record, index) => {
    // A record the schema rejects may hold anything: rules read what they can, and one that trips over a
    // value of the wrong type is skipped for that record (the schema problem says what is wrong).
    const validation = validateRecord(record);
    for (const { rule, setting } of recordRules) {
      const severity = setting.severity as Problem["severity"];
      const report = (message: string, at?: Pointer) =>
        problems.push({ file, rule: rule.id, severity, message, ...place(index, at) });
      const context = { file, options: setting.options, today: options.today, report, validation };
      if (validation.valid) rule.check(record, context);
      else {
        try {
          rule.check(record, context);
        } catch {}
      }
    }
    const print = fingerprinting ? fingerprint(record) : null;
    if (print) entries.push({ file, index, fingerprint: print });
  });
  return { problems, entries };
}

/** A file that could not be read as records; "line 3, column 7: …" in the message becomes its position. */
function malformed(file: string, message: string): Problem {
  const m = /^line (\d+)(?:, column (\d+))?: /.exec(message);
  return {
    file,
    rule: MALFORMED,
    severity: "error",
    message: m ? message.slice(m[0].length) : message,
    line: m ? Number(m[1]) : null,
    column: m?.[2] ? Number(m[2]) : null,
  };
}

/** The archive rules over every fingerprint; their problems placed by reading those files again. */
async function archiveProblems(
  entries: ArchiveEntry[],
  options: CheckOptions,
  pool: Pool<WorkerTask, ChunkOutcome | Position[]> | null,
): Promise<Problem[]> {
  const found: {
    entry: ArchiveEntry;
    rule: string;
    severity: Problem["severity"];
    message: string;
    at?: Pointer;
  }[] = [];
  for (const { rule, setting } of active<ArchiveRule>("archive", options)) {
    const severity = setting.severity as Problem["severity"];
    rule.finish(entries, setting.options, (entry, message, at) =>
      found.push({ entry, rule: rule.id, severity, message, at }),
    );
  }
  // Sorted by file, so that each file is read once, by one thread.
  const requests = found
    .map(({ entry, at }, i) => ({
      i,
      request: { file: entry.file, index: entry.index, ...(at ? { at } : {}) },
    }))
    .sort((x, y) => (x.request.file < y.request.file ? -1 : x.request.file > y.request.file ? 1 : 0));
  const sorted = requests.map((r) => r.request);
  const places = pool
    ? (
        (await pool.map(
          byFile(sorted, 64).map((chunk) => ({ kind: "locate", requests: chunk })),
        )) as Position[][]
      ).flat()
    : placeAll(sorted, options);
  const placed: Position[] = new Array(found.length);
  requests.forEach(({ i }, k) => {
    placed[i] = places[k] ?? { line: null, column: null };
  });
  return found.map(({ entry, rule, severity, message }, i) => ({
    file: entry.file,
    rule,
    severity,
    message,
    ...(placed[i] as Position),
  }));
}

/** Requests, sorted by file, cut into chunks of about `size` that never split a file. */
function byFile(requests: readonly PlaceRequest[], size: number): PlaceRequest[][] {
  const chunks: PlaceRequest[][] = [];
  let chunk: PlaceRequest[] = [];
  requests.forEach((request, i) => {
    if (chunk.length >= size && requests[i - 1]?.file !== request.file) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(request);
  });
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Lines and columns for places in files, each file read once. */
export function placeAll(requests: readonly PlaceRequest[], options: CheckOptions): Position[] {
  const locators = new Map<string, Locate | null>();
  return requests.map(({ file, index, at }) => {
    if (!locators.has(file)) {
      try {
        locators.set(file, locator(loadFile(file, options.raw, options.maxBytes, options.cwd)));
      } catch {
        locators.set(file, null); // changed since it was read: the problem stands, without a line
      }
    }
    return locators.get(file)?.(index, at) ?? { line: null, column: null };
  });
}
