import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Chalk, type ChalkInstance } from "chalk";

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
}

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

/** Reads a whole stream into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
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
 * Writes a file so that it is either all there or not there: a temporary file beside it, then a rename,
 * so a crash or a full disk never leaves half a file where a complete one was expected.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
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
