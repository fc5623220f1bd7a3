/**
 * What to convert: command-line arguments (files, folders, glob patterns) and `--files-from` lists, turned
 * into a stream of files, each with its path relative to a base folder (what the output tree mirrors and what
 * `--shard` hashes). Nothing here holds the whole list: a million files stream through.
 */
import { type Dirent, lstat, readdir, realpath, stat } from "node:fs";
import { stat as statAsync } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { Readable } from "../cli/io.js";
import { describeFsError } from "../cli/io.js";
import { splitLines } from "./lines.js";

type FastGlob = typeof import("fast-glob");

export interface ListOptions {
  cwd: string;
  /** Extensions, without the dot, that a folder given as an argument expands to. */
  extensions: readonly string[];
  /** Include files and folders whose names start with a dot. */
  hidden: boolean;
  /** Walk into node_modules folders. */
  nodeModules: boolean;
  /** A folder never walked into (the output folder, when it lies inside an input folder). */
  skipFolder?: string | null;
  /** How many matches the walk may list ahead of the consumer before it waits (4,096 unless given). */
  readAhead?: number;
}

/** A file to convert: `path` as the user would write it, `rel` relative to the base with forward slashes. */
export interface ListedFile {
  kind: "file";
  path: string;
  absolute: string;
  rel: string;
}

/** Something the listing met that is not a file to convert: reported, never fatal. */
export interface ListingProblem {
  kind: "problem";
  path: string;
  status: "failed" | "skipped";
  reason: string;
}

export type Listed = ListedFile | ListingProblem;

/** What the user asked for, as given. */
export interface InputSpec {
  args: readonly string[];
  /** "-" for standard input, else a file holding one path a line. */
  filesFrom?: string | null;
  /** Paths in the list are separated by NUL bytes (`find -print0`), so names may hold line breaks. */
  nullSeparated?: boolean;
  stdin: Readable;
}

/** One argument, sorted out: an existing file or folder, a glob pattern, or nothing at all. */
export interface Argument {
  text: string;
  kind: "file" | "folder" | "glob" | "missing" | "special";
  /** The folder the argument's files are below (absolute). */
  base: string;
}

let fastGlob: FastGlob | undefined;
async function loadFastGlob(): Promise<FastGlob> {
  fastGlob ??= ((await import("fast-glob")) as unknown as { default: FastGlob }).default;
  return fastGlob;
}

/** Classifies the arguments: what exists is taken literally, even if its name looks like a pattern. */
export async function classify(args: readonly string[], cwd: string): Promise<Argument[]> {
  const fg = await loadFastGlob();
  const out: Argument[] = [];
  for (const text of args) {
    const absolute = resolve(cwd, text);
    const info = await statAsync(absolute).catch(() => null);
    if (info?.isDirectory()) out.push({ text, kind: "folder", base: absolute });
    else if (info?.isFile()) out.push({ text, kind: "file", base: dirname(absolute) });
    else if (info) out.push({ text, kind: "special", base: dirname(absolute) });
    else if (fg.isDynamicPattern(text)) {
      const base = fg.generateTasks([text])[0]?.base ?? ".";
      out.push({ text, kind: "glob", base: resolve(cwd, base) });
    } else out.push({ text, kind: "missing", base: dirname(absolute) });
  }
  return out;
}

/** The deepest folder holding every one of these (absolute) folders. */
export function commonBase(folders: readonly string[]): string {
  if (folders.length === 0) return sep;
  let parts = (folders[0] as string).split(sep);
  for (const folder of folders.slice(1)) {
    const other = folder.split(sep);
    let k = 0;
    while (k < parts.length && k < other.length && parts[k] === other[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(sep) || sep;
}

/** `child` is `parent` or lies below it (both absolute). */
export function isWithin(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** The path of `absolute` below `base` with forward slashes, or null when it is not below it. */
export function relativeTo(base: string, absolute: string): string | null {
  const rel = relative(base, absolute);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/**
 * Every file the arguments and the list name, in a stable order: arguments in the order given; within a
 * folder or pattern, folder by folder with names sorted, so two runs over the same tree list the same files
 * in the same order on any machine.
 */
export async function* listFiles(
  spec: InputSpec,
  args: readonly Argument[],
  base: string,
  options: ListOptions,
): AsyncGenerator<Listed> {
  for (const arg of args) {
    switch (arg.kind) {
      case "missing":
        yield { kind: "problem", path: arg.text, status: "failed", reason: "no such file or folder" };
        break;
      case "special":
        yield { kind: "problem", path: arg.text, status: "skipped", reason: "not a regular file" };
        break;
      case "file":
        yield file(arg.text, resolve(options.cwd, arg.text), base);
        break;
      default:
        yield* walk(arg, base, options);
    }
  }
  if (spec.filesFrom) yield* fromList(spec, base, options);
}

function file(path: string, absolute: string, base: string): Listed {
  const rel = relativeTo(base, absolute);
  if (rel === null)
    return { kind: "problem", path, status: "failed", reason: `not inside the base folder ${base}` };
  return { kind: "file", path, absolute, rel };
}

async function* fromList(spec: InputSpec, base: string, options: ListOptions): AsyncGenerator<Listed> {
  const source =
    spec.filesFrom === "-"
      ? spec.stdin
      : (await import("node:fs")).createReadStream(spec.filesFrom as string);
  const separator = spec.nullSeparated ? 0 : 0x0a;
  for await (const line of splitLines(source, { separator, maxLength: 64 * 1024 })) {
    if (line.text === "" && !line.tooLong) continue;
    if (line.tooLong) {
      yield {
        kind: "problem",
        path: `${spec.filesFrom === "-" ? "<stdin>" : spec.filesFrom}:${line.number}`,
        status: "failed",
        reason: "a path of more than 64 KB: is this really a list of files?",
      };
      continue;
    }
    yield file(line.text, resolve(options.cwd, line.text), base);
  }
}

/** A folder or pattern through fast-glob, with a file system adapter that keeps the walk safe and ordered. */
async function* walk(arg: Argument, base: string, options: ListOptions): AsyncGenerator<Listed> {
  const fg = await loadFastGlob();
  const problems: Listed[] = [];
  const pattern =
    arg.kind === "folder" ? `${fg.convertPathToPattern(arg.text)}/**/${extensionGlob(options)}` : arg.text;
  const readAhead = new ReadAhead(options.readAhead);
  const stream = fg.stream(pattern, {
    cwd: options.cwd,
    dot: options.hidden,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: true,
    suppressErrors: false,
    // One folder at a time: with the sorted adapter below, the listing order is the same on every run.
    concurrency: 1,
    // fast-glob's de-duplication keeps every path it has matched in a Map, for the whole walk: memory that
    // grows with the tree. One pattern walked one folder at a time lists no path twice, and convert itself
    // notices a file named twice by the arguments.
    unique: false,
    ignore: options.nodeModules || pattern.includes("node_modules") ? [] : ["**/node_modules/**"],
    // Only the callback form with file types is ever called; fast-glob's type lists every overload.
    fs: walkAdapter(options, problems, readAhead) as unknown as NonNullable<
      import("fast-glob").Options["fs"]
    >,
  });
  readAhead.watch(stream as unknown as WaitingMatches);
  let matched = 0;
  for await (const entry of stream as AsyncIterable<{ path: string; dirent: Dirent }>) {
    readAhead.taken();
    while (problems.length > 0) yield problems.shift() as Listed;
    const { dirent, path } = entry;
    if (dirent.isDirectory()) continue;
    matched++;
    const absolute = resolve(options.cwd, path);
    if (options.skipFolder && isWithin(absolute, options.skipFolder)) continue;
    if (dirent.isFile()) yield file(path, absolute, base);
    else if (dirent.isSymbolicLink())
      yield { kind: "problem", path, status: "failed", reason: "broken symbolic link (its target is gone)" };
    else yield { kind: "problem", path, status: "skipped", reason: "not a regular file" };
  }
  yield* problems;
  if (matched === 0 && problems.length === 0) {
    const what =
      arg.kind === "folder" ? `no ${extensionList(options)} files in this folder` : "no files matched";
    yield { kind: "problem", path: arg.text, status: "failed", reason: what };
  }
}

function extensionGlob(options: ListOptions): string {
  const list = options.extensions;
  return list.length === 1 ? `*.${list[0]}` : `*.{${list.join(",")}}`;
}

function extensionList(options: ListOptions): string {
  return options.extensions.map((ext) => `.${ext}`).join(" or ");
}

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;

/** A pass-through stream's two buffers, as counts of objects in object mode. */
type WaitingMatches = { readableLength: number; writableLength?: number };

/**
 * Keeps the walk a few thousand files ahead of the conversion, not the whole tree ahead. fast-glob's stream
 * pushes every match as soon as a folder is read, whether or not anyone reads it, so a walk that outruns the
 * parsing (it always does) would hold the listing of a million files in memory. Here the next folder is read
 * only once the matches waiting in the stream are down to half the limit. What waits is counted in the
 * stream itself, so folders whose files are all filtered out cannot stall the walk: nothing of theirs waits.
 */
class ReadAhead {
  private stream: WaitingMatches | null = null;
  private waiting: (() => void) | null = null;

  constructor(readonly limit = 4096) {}

  /** The stream the matches wait in (fast-glob's merged pass-through). */
  watch(stream: WaitingMatches): void {
    this.stream = stream;
  }

  private get queued(): number {
    return (this.stream?.readableLength ?? 0) + (this.stream?.writableLength ?? 0);
  }

  /** Runs `read` now, or once enough of what waits has been taken. */
  next(read: () => void): void {
    if (this.queued < this.limit) read();
    else this.waiting = read;
  }

  /** The consumer took a match. */
  taken(): void {
    if (this.waiting === null || this.queued >= this.limit / 2) return;
    const read = this.waiting;
    this.waiting = null;
    read();
  }
}

/**
 * fast-glob's file system, wrapped: folders are read with their names sorted; a folder reached a second time
 * through a symbolic link (a loop) is not walked again; a folder that cannot be read is reported and passed
 * over instead of ending the walk; the output folder is never walked into.
 */
function walkAdapter(options: ListOptions, problems: Listed[], readAhead: ReadAhead) {
  const visited = new Set<string>();
  const skip = options.skipFolder ?? null;
  const shown = (path: string) => relative(options.cwd, path) || ".";
  return {
    lstat,
    stat,
    readdir(path: string, settings: { withFileTypes: true }, callback: Callback<Dirent[]>) {
      readAhead.next(() => listFolder(path, settings, callback));
    },
  };

  function listFolder(path: string, settings: { withFileTypes: true }, callback: Callback<Dirent[]>): void {
    realpath(path, (error, real) => {
      if (error) {
        problems.push({
          kind: "problem",
          path: shown(path),
          status: "failed",
          reason: describeFsError(error),
        });
        return callback(null, []);
      }
      if (skip !== null && real === skip) return callback(null, []);
      if (visited.has(real)) {
        problems.push({
          kind: "problem",
          path: shown(path),
          status: "skipped",
          reason: "symbolic link to a folder already listed (a loop?); not followed",
        });
        return callback(null, []);
      }
      visited.add(real);
      readdir(path, settings, (failure, entries) => {
        if (failure) {
          problems.push({
            kind: "problem",
            path: shown(path),
            status: "failed",
            reason: `cannot list this folder: ${describeFsError(failure)}`,
          });
          return callback(null, []);
        }
        callback(
          null,
          entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        );
      });
    });
  }
}
