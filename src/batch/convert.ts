/**
 * `dispatch convert`: many inputs to an output tree (or to one NDJSON stream), in parallel, incrementally,
 * resumably. The main thread lists files and keeps the books (manifest, report, order of output); workers
 * read, parse and write.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ChalkInstance } from "chalk";
import { type CliContext, describeFsError, EXIT, UsageError, writeOut } from "../cli/io.js";
import { diagnosticLine, failureLine } from "../cli/report.js";
import { type FormatName, fileExtension } from "../formats/index.js";
import { VERSION } from "../version.js";
import type { ConvertResult, ConvertSettings, ConvertTask, Previous } from "./convert-file.js";
import {
  type Argument,
  classify,
  commonBase,
  isWithin,
  type Listed,
  type ListedFile,
  listFiles,
} from "./files.js";
import { Busy, Manifest } from "./manifest.js";
import { PathTable } from "./path-table.js";
import { Pool, TaskError, WorkerCrash } from "./pool.js";
import { createProgress } from "./progress.js";
import { type ReportEntry, ReportWriter, type Summary } from "./report.js";
import { inShard, type Shard } from "./shard.js";
import { Window } from "./window.js";
import { TEMP_SUFFIX, TreeWriter, tempOwner } from "./write.js";

export interface ConvertOptions {
  inputs: string[];
  outDir: string | null;
  format: FormatName;
  filesFrom: string | null;
  nullSeparated: boolean;
  base: string | null;
  jobs: number | null;
  unordered: boolean;
  shard: Shard;
  force: boolean;
  prune: boolean;
  quiet: boolean;
  verbose: boolean;
  hidden: boolean;
  nodeModules: boolean;
  extensions: string[];
  keepRemoved: boolean;
  compact: boolean;
  maxBytes: number;
  report: string | null;
}

/** One file's outcome, as the main thread books it. */
interface Outcome extends ReportEntry {
  text?: string;
  previous?: Previous | null;
  result?: ConvertResult;
  rel?: string;
  outRel?: string;
  absolute?: string;
}

/**
 * The worker script beside this module: dist/worker.js for the bundled CLI, dist/batch/worker.js for the
 * library build. Under the test runner this module is TypeScript source, and workers run the bundled one,
 * as users do.
 */
function workerScript(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/worker.js", here) : new URL("./worker.js", here);
}

export async function runConvert(
  options: ConvertOptions,
  ctx: CliContext,
  chalk: ChalkInstance,
): Promise<number> {
  const started = performance.now();
  const cwd = ctx.cwd ?? process.cwd();
  if (options.inputs.length === 0 && !options.filesFrom)
    throw new UsageError(
      "convert: no input. Give files, folders or glob patterns, or --files-from FILE (- for standard input)",
    );
  if (options.filesFrom === "-" && ctx.stdin.isTTY)
    throw new UsageError(
      "convert: --files-from - reads the list from standard input, but it is a terminal; pipe a list in (find … | dispatch convert --files-from -)",
    );
  if (options.outDir === null && options.format !== "ndjson")
    throw new UsageError(
      `convert: without --out-dir, records go to standard output as NDJSON only; give --out-dir to write ${options.format} files`,
    );
  if (options.outDir === null && options.prune) throw new UsageError("convert: --prune needs --out-dir");

  const args = await classify(options.inputs, cwd);
  const bases = args.filter((arg) => arg.kind !== "missing" && arg.kind !== "special").map((arg) => arg.base);
  if (options.filesFrom) bases.push(cwd);
  const base = options.base ? resolve(cwd, options.base) : commonBase(bases.length > 0 ? bases : [cwd]);
  const outDir = options.outDir === null ? null : resolve(cwd, options.outDir);
  const extension = fileExtension(options.format);
  if (outDir !== null) await refuseOverlap(args, outDir, extension, options, cwd);

  let writerCheck: TreeWriter | null = null;
  if (outDir !== null) {
    try {
      writerCheck = new TreeWriter(outDir);
    } catch (error) {
      throw new UsageError(
        `convert: cannot use ${options.outDir} as the output folder: ${describeFsError(error)}`,
      );
    }
  }
  let manifest: Manifest | null = null;
  if (outDir !== null) {
    try {
      manifest = await Manifest.open(outDir, options.shard);
    } catch (error) {
      if (error instanceof Busy) throw new UsageError(`convert: ${options.outDir}: ${error.message}`);
      throw error;
    }
  }
  const progress = await createProgress(ctx.stderr, !options.quiet);
  const report = options.report ? await ReportWriter.open(resolve(cwd, options.report)) : null;
  const tally: Summary = {
    converted: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    orphans: 0,
    pruned: 0,
    seconds: 0,
    interrupted: false,
  };
  const shown = (path: string) => relative(cwd, path) || ".";
  try {
    if (manifest?.staleOwner != null && outDir !== null) {
      const removed = await removeStaleTemps(outDir, manifest.staleOwner);
      if (removed > 0 && !options.quiet)
        progress.log(`dispatch convert: removed ${removed} unfinished file(s) left by an interrupted run`);
    }
    const settings: ConvertSettings = {
      format: options.format,
      pretty: outDir !== null && !options.compact,
      keepRemoved: options.keepRemoved,
      maxBytes: options.maxBytes,
      outDir: writerCheck === null ? null : outDir,
    };
    const tool = `dispatch ${VERSION} ${options.format}${options.keepRemoved ? " keep-removed" : ""}${settings.pretty ? "" : " compact"}`;
    const jobs = Math.max(1, options.jobs ?? availableParallelism());
    const pool = new Pool<ConvertSettings, ConvertTask, ConvertResult>({
      script: workerScript(),
      size: jobs,
      settings,
      batch: 16,
      folderOf: (task) => (task.out === null ? null : dirname(task.out)),
      // One pathological input may exhaust its worker's heap; that worker dies, not the batch.
      resourceLimits: {
        maxOldGenerationSizeMb: Math.max(1024, Math.ceil((options.maxBytes * 40) / 2 ** 20)),
        // A dispatch's garbage dies with its file: a small young generation collects it just as well, where
        // V8's default lets each worker keep several more megabytes of it.
        maxYoungGenerationSizeMb: 8,
      },
    });
    // Writing files, a window wide enough to span two folders of a typical scrape lets the workers write
    // into different folders (see folderOf); an outcome waiting here is a few hundred bytes. To standard
    // output, each outcome holds its text, and the order of work does not matter to the file system.
    const window = new Window<Outcome>(
      outDir === null ? Math.max(64, jobs * 16) : Math.max(4096, jobs * 16),
      !options.unordered,
    );
    // Which outputs this run has claimed, and for which input. An input's path below the base differs from
    // its output's only in the extension, so the extension (a number standing for it) is all that is kept,
    // under a hash of the output's path: some 24 bytes a file, not a copy of every path.
    const claimed = new PathTable();
    const suffixes = new Map<string, number>();
    const suffixNames: string[] = [];
    const suffixId = (suffix: string): number => {
      let id = suffixes.get(suffix);
      if (id === undefined) {
        id = suffixNames.push(suffix) - 1;
        suffixes.set(suffix, id);
      }
      return id;
    };
    const book = async (outcome: Outcome) => {
      tally[countOf(outcome.status)]++;
      progress.done(outcome.status === "failed");
      if (outcome.status === "failed")
        progress.log(failureLine(outcome.input, outcome.reason ?? "failed", chalk).trimEnd());
      else if (outcome.status === "skipped" && options.verbose)
        progress.log(`${chalk.bold(outcome.input)}: skipped: ${outcome.reason}`);
      if (options.verbose)
        for (const diagnostic of outcome.diagnostics ?? [])
          progress.log(diagnosticLine(outcome.input, diagnostic, chalk).trimEnd());
      if (outcome.text !== undefined) await writeOut(ctx.stdout, outcome.text);
      const result = outcome.result;
      if (
        manifest &&
        outDir &&
        result &&
        outcome.outRel &&
        outcome.rel &&
        outcome.absolute &&
        result.sha256 !== undefined
      ) {
        const previous = outcome.previous;
        const same =
          previous &&
          previous.sha256 === result.sha256 &&
          previous.mtime === result.mtime &&
          previous.size === result.size;
        if (!same)
          manifest.record({
            out: outcome.outRel,
            rel: outcome.rel,
            in: relative(outDir, outcome.absolute),
            sha256: result.sha256,
            size: result.size ?? 0,
            mtime: result.mtime ?? 0,
            tool,
            time: Date.now(),
          });
      }
      report?.add(entryOf(outcome));
    };

    try {
      const listing = listFiles(
        {
          args: options.inputs,
          filesFrom: options.filesFrom,
          nullSeparated: options.nullSeparated,
          stdin: ctx.stdin,
        },
        args,
        base,
        {
          cwd,
          extensions: options.extensions,
          hidden: options.hidden,
          nodeModules: options.nodeModules,
          skipFolder: writerCheck === null ? null : outDir,
        },
      );
      for await (const listed of listing) {
        if (ctx.signal?.aborted) {
          tally.interrupted = true;
          break;
        }
        if (listed.kind === "file" && !inShard(listed.rel, options.shard)) continue;
        progress.listed();
        window.add(start(listed));
        while (window.full) await book((await window.next()) as Outcome);
      }
      progress.listingDone();
      for (let outcome = await window.next(); outcome !== undefined; outcome = await window.next())
        await book(outcome);
    } finally {
      await pool.close();
    }

    function start(listed: Listed): Promise<Outcome> {
      if (listed.kind === "problem")
        return Promise.resolve({
          input: listed.path,
          output: null,
          status: listed.status,
          reason: listed.reason,
        });
      const file = listed as ListedFile;
      if (outDir === null) {
        if (claimed.has(file.rel)) return Promise.resolve(skip(file, "listed twice"));
        claimed.set(file.rel, 0);
        return dispatchTask(file, null, null, null);
      }
      if (isWithin(file.absolute, outDir)) return Promise.resolve(skip(file, "is inside the output folder"));
      const outRel = replaceExtension(file.rel, extension);
      const stem = outRel.slice(0, outRel.length - extension.length);
      const suffix = suffixId(file.rel.slice(stem.length));
      const other = claimed.get(outRel);
      if (other === suffix) return Promise.resolve(skip(file, "listed twice"));
      const out = join(outDir, ...outRel.split("/"));
      if (other !== undefined) {
        const first = join(base, ...`${stem}${suffixNames[other]}`.split("/"));
        return Promise.resolve({
          input: file.path,
          output: shown(out),
          status: "failed",
          reason: `would be written to ${shown(out)}, like ${shown(first)}; convert them into separate folders`,
        });
      }
      claimed.set(outRel, suffix);
      manifest?.touch(outRel);
      const previous =
        options.force || !manifest ? null : manifest.known(outRel, tool, relative(outDir, file.absolute));
      return dispatchTask(file, out, outRel, previous);
    }

    function dispatchTask(
      file: ListedFile,
      out: string | null,
      outRel: string | null,
      previous: Previous | null,
    ): Promise<Outcome> {
      const task: ConvertTask = { path: file.path, absolute: file.absolute, out, previous };
      const base: Outcome = {
        input: file.path,
        output: out === null ? null : shown(out),
        status: "failed",
        rel: file.rel,
        outRel: outRel ?? undefined,
        absolute: file.absolute,
        previous,
      };
      return pool.run(task).then(
        (result) => ({
          ...base,
          status: result.status,
          reason: result.reason,
          code: result.code,
          records: result.records,
          diagnostics: result.diagnostics,
          text: result.text,
          result,
        }),
        (error: Error) => ({
          ...base,
          status: "failed",
          code: error instanceof WorkerCrash ? "CRASH" : "INTERNAL",
          reason:
            error instanceof WorkerCrash || !(error instanceof TaskError)
              ? error.message
              : `internal error (please report it): ${error.message}`,
        }),
      );
    }

    if (manifest && outDir && !tally.interrupted) {
      for await (const entry of manifest.unseen()) {
        if (existsSync(resolve(outDir, entry.in))) continue;
        const output = join(outDir, ...entry.out.split("/"));
        const input = shown(resolve(outDir, entry.in));
        if (options.prune) {
          if (isWithin(output, outDir)) await rm(output, { force: true });
          manifest.forget(entry.out);
          tally.pruned++;
          if (options.verbose)
            progress.log(`${chalk.bold(shown(output))}: removed: its input ${input} is gone`);
          report?.add({ input, output: shown(output), status: "pruned" });
        } else {
          tally.orphans++;
          progress.log(
            `${chalk.bold(shown(output))}: ${chalk.yellow("warning")}: its input ${input} is gone (--prune removes it)`,
          );
          report?.add({ input, output: shown(output), status: "orphan" });
        }
      }
    }
    progress.stop();
    tally.seconds = Math.round((performance.now() - started) / 10) / 100;
    if (manifest) await (tally.interrupted ? manifest.release() : manifest.close());
    manifest = null;
    await report?.close(tally);
    if (!options.quiet) ctx.stderr.write(`${summaryLine(tally)}\n`);
    if (tally.interrupted) return 130;
    return tally.failed > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    progress.stop();
    await report?.abandon();
    throw error;
  } finally {
    await manifest?.release();
  }
}

function skip(file: ListedFile, reason: string): Outcome {
  return { input: file.path, output: null, status: "skipped", reason };
}

function countOf(status: ReportEntry["status"]): "converted" | "unchanged" | "skipped" | "failed" {
  return status === "orphan" || status === "pruned" ? "skipped" : status;
}

function entryOf(outcome: Outcome): ReportEntry {
  const entry: ReportEntry = { input: outcome.input, output: outcome.output, status: outcome.status };
  if (outcome.reason !== undefined) entry.reason = outcome.reason;
  if (outcome.code !== undefined) entry.code = outcome.code;
  if (outcome.records !== undefined) entry.records = outcome.records;
  if (outcome.diagnostics && outcome.diagnostics.length > 0) entry.diagnostics = outcome.diagnostics;
  return entry;
}

/** "a/b.txt" -> "a/b.md"; a name with no extension, or a dot file, keeps its name and gains one. */
export function replaceExtension(rel: string, extension: string): string {
  const slash = rel.lastIndexOf("/");
  const dot = rel.lastIndexOf(".");
  return `${dot > slash + 1 ? rel.slice(0, dot) : rel}${extension}`;
}

export function summaryLine(tally: Summary): string {
  const n = (value: number) => value.toLocaleString("en-US");
  const done = tally.converted + tally.unchanged + tally.skipped + tally.failed;
  const rate = tally.seconds > 0 ? `, ${n(Math.round(done / tally.seconds))} files/s` : "";
  const parts = [
    `${n(tally.converted)} converted`,
    `${n(tally.unchanged)} unchanged`,
    `${n(tally.skipped)} skipped`,
    `${n(tally.failed)} failed`,
  ];
  if (tally.orphans > 0) parts.push(`${n(tally.orphans)} outputs without input`);
  if (tally.pruned > 0) parts.push(`${n(tally.pruned)} pruned`);
  return `dispatch convert: ${tally.interrupted ? "interrupted: " : ""}${parts.join(", ")} in ${tally.seconds.toFixed(1)} s${rate}`;
}

/**
 * Refuses an output folder that lies in an input tree when the inputs take the output's extension: the next
 * run would read the outputs as inputs, and an output could overwrite an input.
 */
async function refuseOverlap(
  args: readonly Argument[],
  outDir: string,
  extension: string,
  options: ConvertOptions,
  cwd: string,
): Promise<void> {
  for (const arg of args) {
    if (arg.kind === "missing" || arg.kind === "special") continue;
    // A single file inside the output folder is skipped on its own; folders and patterns are checked here.
    if (arg.kind === "file") continue;
    if (!isWithin(outDir, arg.base)) continue;
    let takes: boolean;
    if (arg.kind === "folder")
      takes = options.extensions.some((ext) => `.${ext}`.toLowerCase() === extension);
    else {
      const picomatch = (await import("picomatch")).default;
      const matches = picomatch(arg.text, { dot: true });
      const shown = isAbsolute(arg.text) ? outDir : relative(cwd, outDir) || ".";
      const prefix = shown === "." ? "" : `${shown.split(sep).join("/")}/`;
      takes = [`${prefix}x${extension}`, `${prefix}a/x${extension}`, `${prefix}a/b/c/x${extension}`].some(
        matches,
      );
    }
    if (takes) throw overlap(arg.text, options, extension);
  }
}

function overlap(input: string, options: ConvertOptions, extension: string): UsageError {
  return new UsageError(
    `convert: the output folder ${options.outDir} is inside the input ${input}, which takes ${extension} files: the outputs would be read back as inputs, or overwrite them. Choose an --out-dir outside it, or another --format`,
  );
}

async function removeStaleTemps(outDir: string, owner: number): Promise<number> {
  const fg = ((await import("fast-glob")) as unknown as { default: typeof import("fast-glob") }).default;
  let removed = 0;
  for await (const path of fg.stream(`**/*${TEMP_SUFFIX}`, {
    cwd: outDir,
    dot: true,
    absolute: true,
    suppressErrors: true,
  })) {
    const name = String(path);
    if (tempOwner(name.slice(name.lastIndexOf("/") + 1)) !== owner) continue;
    await rm(name, { force: true });
    removed++;
  }
  return removed;
}
