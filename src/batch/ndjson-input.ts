/**
 * `dispatch parse --input-format ndjson`: one dispatch a line, `{"path": …, "text": …}`, from standard input
 * or files; one record a line out, written as each line is parsed. Memory holds one line at a time, so a
 * gigabyte of input streams through, and the command fits Hadoop Streaming or any line-based pipeline.
 */
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ChalkInstance } from "chalk";
import { type CliContext, describeFsError, EXIT, UsageError, writeOut } from "../cli/io.js";
import { diagnosticLine, failureLine } from "../cli/report.js";
import { formatBytes } from "../decode.js";
import { isInputError } from "../errors.js";
import { type FormatName, serialise } from "../formats/index.js";
import { splitLines } from "./lines.js";
import { recordsOf } from "./records.js";

export interface NdjsonInputOptions {
  format: FormatName;
  output: string | null;
  keepRemoved: boolean;
  maxBytes: number;
  quiet: boolean;
}

/** Formats that can be written one record at a time and still read back as one file. */
const STREAMABLE: readonly FormatName[] = ["ndjson", "yaml", "md"];

export async function parseNdjsonInput(
  files: readonly string[],
  options: NdjsonInputOptions,
  ctx: CliContext,
  chalk: ChalkInstance,
): Promise<number> {
  if (!STREAMABLE.includes(options.format))
    throw new UsageError(
      `parse: with --input-format ndjson the output streams as ndjson, yaml or md, not ${options.format}`,
    );
  const sink = options.output ? await FileSink.open(options.output) : null;
  const write = (text: string) => (sink ? sink.write(text) : writeOut(ctx.stdout, text));
  let failed = false;
  let count = 0;
  try {
    for (const file of files.length > 0 ? files : ["-"]) {
      const name = file === "-" ? "<stdin>" : file;
      let source: AsyncIterable<Buffer | string>;
      if (file === "-") source = ctx.stdin;
      else {
        try {
          source = await openFile(file);
        } catch (error) {
          failed = true;
          ctx.stderr.write(failureLine(name, describeFsError(error), chalk));
          continue;
        }
      }
      // A line holds one dispatch as JSON: its text may be escaped to several times its size.
      const maxLength = options.maxBytes * 6 + 65536;
      for await (const line of splitLines(source, { maxLength })) {
        const where = `${name}:${line.number}`;
        if (line.tooLong) {
          failed = true;
          ctx.stderr.write(
            failureLine(
              where,
              `line of ${formatBytes(line.tooLong)} is over the limit (raise it with --max-bytes)`,
              chalk,
            ),
          );
          continue;
        }
        if (line.text.trim() === "") continue;
        const item = readItem(line.text);
        if (typeof item === "string") {
          failed = true;
          ctx.stderr.write(failureLine(where, item, chalk));
          continue;
        }
        const shown = item.path ?? where;
        try {
          const records = recordsOf(item.text, {
            path: item.path,
            keepRemoved: options.keepRemoved,
            maxBytes: options.maxBytes,
          });
          for (const record of records) {
            await write(piece(record, options.format, count++));
            if (!options.quiet)
              for (const diagnostic of record.diagnostics)
                ctx.stderr.write(diagnosticLine(shown, diagnostic, chalk));
          }
        } catch (error) {
          if (!isInputError(error)) throw error;
          failed = true;
          ctx.stderr.write(
            failureLine(`${where}${item.path ? ` (${item.path})` : ""}`, error.message, chalk),
          );
        }
      }
    }
    await sink?.close();
  } catch (error) {
    await sink?.abandon();
    throw error;
  }
  return failed ? EXIT.failed : EXIT.ok;
}

/** One record as a piece of the stream: the pieces together are what `serialise` writes for all records. */
function piece(record: Parameters<typeof serialise>[0][number], format: FormatName, index: number): string {
  const text = serialise([record], format, { pretty: false });
  if (format === "yaml") return `---\n${text}`;
  if (format === "md" && index > 0) return `\n${text}`;
  return text;
}

/** `{"path": "…", "text": "…"}` with `path` optional; a message naming what is wrong otherwise. */
function readItem(line: string): { path: string | null; text: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON (each line should be {"path": "…", "text": "…"})';
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return 'not a JSON object (each line should be {"path": "…", "text": "…"})';
  const { path, text } = value as { path?: unknown; text?: unknown };
  if (typeof text !== "string") return 'no "text" string on this line';
  if (path !== undefined && path !== null && typeof path !== "string") return '"path" is not a string';
  return { path: typeof path === "string" ? path : null, text };
}

async function openFile(path: string): Promise<AsyncIterable<Buffer>> {
  const handle = await open(path, "r");
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
  }
  return handle.createReadStream() as AsyncIterable<Buffer>;
}

/** Output to a file, streamed into a temporary file that takes the file's name only when complete. */
class FileSink {
  private constructor(
    private readonly path: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<FileSink> {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.dispatch-tmp`);
    return new FileSink(path, temp, await open(temp, "wx"));
  }

  async write(text: string): Promise<void> {
    await this.handle.write(text);
  }

  async close(): Promise<void> {
    await this.handle.close();
    await rename(this.temp, this.path);
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => {});
    await rm(this.temp, { force: true });
  }
}
