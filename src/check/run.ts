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
import { Worker } from "node:worker_threads";
import { isInputError } from "../errors.js";
import { validateRecord } from "../schema.js";
import type { CheckConfig } from "./config.js";
import { fingerprint } from "./fingerprint.js";
import { type LoadedFile, loadFile } from "./load.js";
import { type Locate, locator } from "./locate.js";
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
const WORKER_URL = new URL("./worker.js", import.meta.url);

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
  const parallel = jobs > 1 && files.length > 1 && existsSync(fileURLToPath(WORKER_URL));
  const outcomes = parallel
    ? await inWorkers(files, options, jobs)
    : files.map((file) => checkFile(file, options));
  const problems = outcomes.flatMap((outcome) => outcome.problems);
  problems.push(
    ...archiveProblems(
      outcomes.flatMap((outcome) => outcome.entries),
      options,
    ),
  );
  const order = new Map(files.map((file, i) => [file, i]));
  problems.sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  return { files: files.length, problems };
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
  const recordRules = active<RecordRule>("record", options);
  const fingerprinting = active<ArchiveRule>("archive", options).length > 0;
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
function archiveProblems(entries: ArchiveEntry[], options: CheckOptions): Problem[] {
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
  const locators = new Map<string, Locate | null>();
  return found.map(({ entry, rule, severity, message, at }) => {
    if (!locators.has(entry.file)) {
      try {
        locators.set(entry.file, locator(loadFile(entry.file, options.raw, options.maxBytes, options.cwd)));
      } catch {
        locators.set(entry.file, null); // changed since it was read: the problem stands, without a line
      }
    }
    const place = locators.get(entry.file)?.(entry.index, at) ?? { line: null, column: null };
    return { file: entry.file, rule, severity, message, ...place };
  });
}

/** Files spread over worker threads in chunks, each thread taking the next chunk when it is done. */
async function inWorkers(
  files: readonly string[],
  options: CheckOptions,
  jobs: number,
): Promise<FileOutcome[]> {
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (jobs * 4))));
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  const results: FileOutcome[][] = new Array(chunks.length);
  let next = 0;
  const threads = Math.min(jobs, chunks.length);
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER_URL, { workerData: options });
          let current = -1;
          const feed = () => {
            if (next >= chunks.length) {
              void worker.terminate().then(() => resolve(), reject);
              return;
            }
            current = next++;
            worker.postMessage(chunks[current]);
          };
          worker.on("message", (outcomes: FileOutcome[]) => {
            results[current] = outcomes;
            feed();
          });
          worker.on("error", reject);
          feed();
        }),
    ),
  );
  return results.flat();
}
