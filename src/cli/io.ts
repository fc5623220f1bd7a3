import { randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs";
import * as fs from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { Chalk, type ChalkInstance } from "chalk";
import { formatBytes } from "../decode.js";
import { InputError } from "../errors.js";

export interface Readable extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface Writable {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  once(event: "drain" | "error", listener: (...args: unknown[]) => void): unknown;
  on?(event: "error", listener: (error: Error) => void): unknown;
  isTTY?: boolean;
}

/** What the CLI gets from the process: everything it touches, so tests can hand it fakes. */
export interface CliContext {
  argv: string[];
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd?: string;
  /** Aborted on Ctrl-C: long commands finish what is in flight, keep what is done, and stop. */
  signal?: AbortSignal;
  /** The file system the commands read and write through; node's by default, a fake in tests to stage faults. */
  files?: FileSystem;
}

/** The few file operations the commands use, so tests can make any of them fail (a full disk, a read-only folder). */
export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  stat(path: string): Promise<{ size: number; isDirectory(): boolean }>;
  lstat(path: string): Promise<{ isSymbolicLink(): boolean; isDirectory(): boolean }>;
  realpath(path: string): Promise<string>;
  /** Creates a new file (failing if it exists), writes it whole and flushes it to the disk. */
  writeNew(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

// Reading goes through node:fs, which Node has loaded already: node:fs/promises costs a start some 3 ms.
const readWhole = promisify(readFile);
const statOf = promisify(stat);

export const nodeFiles: FileSystem = {
  readFile: (path) => readWhole(path),
  stat: (path) => statOf(path),
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  writeNew: (path, data) => fs.writeFile(path, data, { flag: "wx", flush: true }),
  rename: (from, to) => fs.rename(from, to),
  remove: (path) => fs.rm(path, { force: true }),
};

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown to end a command early with an exit code and a message already shaped for the user. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Colour for stderr, decided here rather than by chalk, which ignores NO_COLOR: an explicit flag wins, then
 * NO_COLOR, then FORCE_COLOR, then a dumb terminal, then whether stderr is a terminal at all.
 */
export function colours(ctx: CliContext, flag: boolean | undefined): ChalkInstance {
  const { env } = ctx;
  let level: 0 | 1 | 2 | 3 = 0;
  if (flag === true) level = 1;
  else if (flag === false) level = 0;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") level = 0;
  else if (env.FORCE_COLOR !== undefined)
    level = env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false" ? 0 : 1;
  else if (env.TERM === "dumb") level = 0;
  else level = ctx.stderr.isTTY ? 1 : 0;
  return new Chalk({ level });
}

/**
 * Reads a whole stream into one buffer, stopping as soon as it passes `maxBytes`: an endless or huge pipe
 * is refused without being held in memory.
 */
export async function readAll(stream: Readable, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes)
      throw new InputError(
        "TOO_LARGE",
        `input is over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`,
      );
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Raised when the reader of stdout went away (`| head -1`): a normal end, not an error. */
export class BrokenPipe extends Error {
  override readonly name = "BrokenPipe";
}

/** Writes and waits for the stream to take it, so a closed pipe surfaces here as BrokenPipe. */
export function writeOut(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null) => {
      if (!error) resolve();
      else if ((error as NodeJS.ErrnoException).code === "EPIPE") reject(new BrokenPipe());
      else reject(error);
    };
    stream.write(text, done);
  });
}

/**
 * Writes a file so that it is either all there or not there: a temporary file beside it, written whole and
 * flushed to the disk, then renamed over the target, so a crash, a full disk or a read-only folder never
 * leaves half a file where a complete one was expected, and a file already there stays as it was until the
 * new one is complete. A target that is a symbolic link is written through (the link stays a link).
 * Throws the file system's error (with its `code`: EACCES, ENOSPC, EROFS, EISDIR…); describeWriteError
 * turns it into words.
 */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  files: FileSystem = nodeFiles,
): Promise<void> {
  const target = await writeTarget(path, files);
  // The random part keeps concurrent writers apart; the name is cut so the temporary name stays legal.
  const temp = join(
    dirname(target),
    `.${basename(target).slice(0, 80)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await files.writeNew(temp, data);
    await files.rename(temp, target);
  } catch (error) {
    await files.remove(temp).catch(() => {});
    throw error;
  }
}

/** The file to replace: the path, or what the link at the path points to. Refuses a folder up front. */
async function writeTarget(path: string, files: FileSystem): Promise<string> {
  let target = path;
  const info = await files.lstat(path).catch(() => null);
  if (info?.isSymbolicLink()) target = await files.realpath(path).catch(() => path);
  const found = target === path ? info : await files.stat(target).catch(() => null);
  if (found?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: "EISDIR" });
  return target;
}

/** Why a file could not be written, as a user reads it, saying that nothing was changed. */
export function describeWriteError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = code === "ENOENT" ? `the folder ${dirname(path)} does not exist` : describeFsError(error);
  return `cannot write: ${why}; nothing was written`;
}

/** An fs error as a user reads it: "no such file", "permission denied". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
