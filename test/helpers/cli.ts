import { Readable } from "node:stream";
import type { FileSystem } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture {
  text = "";
  isTTY: boolean;
  constructor(tty = false) {
    this.isTTY = tty;
  }
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean {
    this.text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    callback?.(null);
    return true;
  }
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
}

export interface RunOptions {
  stdin?: string | Buffer;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** The working folder the command sees (default: the process's). */
  cwd?: string;
  /** The file system the CLI goes through (faults staged by a test); node's when not given. */
  files?: FileSystem;
}

/** Runs the CLI in-process with captured streams. */
export async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  const stdout = new Capture(options.stdoutTTY);
  const stderr = new Capture(options.stderrTTY);
  const stdin = Object.assign(
    Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    {
      isTTY: options.stdinTTY ?? false,
    },
  );
  const env = options.env ?? {};
  const code = await main({ argv, stdin, stdout, stderr, env, cwd: options.cwd, files: options.files });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
