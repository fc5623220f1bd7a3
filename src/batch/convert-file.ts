/** One file through the whole pipeline, as a worker runs it: check, read, parse, write. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { describeFsError } from "../cli/io.js";
import { formatBytes } from "../decode.js";
import { isInputError } from "../errors.js";
import { type FormatName, formatFromExtension, serialise } from "../formats/index.js";
import type { ReadableFormat } from "../formats/read.js";
import type { Diagnostic } from "../record.js";
import { recordsOf } from "./records.js";
import { OutsideOutDir, type TreeWriter } from "./write.js";

export interface ConvertSettings {
  format: FormatName;
  pretty: boolean;
  keepRemoved: boolean;
  maxBytes: number;
  /** The output folder, or null to hand the text back (NDJSON on standard output). */
  outDir: string | null;
}

/** What the manifest knew of the input last time: if it still matches, nothing needs doing. */
export interface Previous {
  sha256: string;
  size: number;
  mtime: number;
}

export interface ConvertTask {
  /** The input as the user would write it: recorded in `origin.path` and in messages. */
  path: string;
  absolute: string;
  /** Absolute output path, or null when the text goes back to the caller. */
  out: string | null;
  previous: Previous | null;
}

export type Status = "converted" | "unchanged" | "skipped" | "failed";

export interface ConvertResult {
  status: Status;
  reason?: string;
  code?: string;
  /** The output, when it is not written to a file. */
  text?: string;
  sha256?: string;
  size?: number;
  mtime?: number;
  records?: number;
  diagnostics?: Diagnostic[];
}

export function convertFile(
  task: ConvertTask,
  settings: ConvertSettings,
  writer: TreeWriter | null,
): ConvertResult {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(task.absolute);
  } catch (error) {
    return { status: "failed", reason: describeFsError(error), code: "UNREADABLE" };
  }
  if (info.isDirectory()) return { status: "skipped", reason: "is a folder, not a file" };
  // Reading a named pipe or a device would wait forever or never end.
  if (!info.isFile()) return { status: "skipped", reason: "not a regular file" };
  const size = info.size;
  const mtime = info.mtimeMs;
  if (size > settings.maxBytes)
    return {
      status: "failed",
      code: "TOO_LARGE",
      reason: `input is ${formatBytes(size)}, over the limit of ${formatBytes(settings.maxBytes)} (raise it with --max-bytes)`,
    };
  const previous = task.previous;
  const outputThere = previous !== null && task.out !== null && existsSync(task.out);
  if (outputThere && previous.size === size && previous.mtime === mtime)
    return { status: "unchanged", sha256: previous.sha256, size, mtime };
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.absolute);
  } catch (error) {
    return { status: "failed", reason: describeFsError(error), code: "UNREADABLE" };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (outputThere && previous.sha256 === sha256) return { status: "unchanged", sha256, size, mtime };
  try {
    const records = recordsOf(bytes, {
      path: task.path,
      keepRemoved: settings.keepRemoved,
      maxBytes: settings.maxBytes,
      hint: ownFormat(task.path),
    });
    const text = serialise(records, settings.format, { pretty: settings.pretty });
    const diagnostics = records.flatMap((record) => record.diagnostics);
    if (task.out === null)
      return { status: "converted", text, sha256, size, mtime, records: records.length, diagnostics };
    if (writer === null) throw new Error("no writer for an output file");
    writer.write(task.out, text);
    return { status: "converted", sha256, size, mtime, records: records.length, diagnostics };
  } catch (error) {
    if (isInputError(error)) return { status: "failed", reason: error.message, code: error.code };
    if (error instanceof OutsideOutDir) return { status: "failed", reason: error.message, code: "WRITE" };
    if (
      error instanceof Error &&
      "code" in error &&
      typeof error.code === "string" &&
      error.code.startsWith("E")
    )
      return {
        status: "failed",
        reason: `cannot write ${task.out}: ${describeFsError(error)}`,
        code: "WRITE",
      };
    throw error;
  }
}

function ownFormat(path: string): ReadableFormat | undefined {
  const format = formatFromExtension(path);
  return format === null || format === "ninjs" ? undefined : format;
}
