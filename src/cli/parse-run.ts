/** `dispatch parse`: the work behind the command, loaded when it runs. */
import type { ChalkInstance } from "chalk";
import { decode, tooLarge } from "../decode.js";
import { InputError, isInputError } from "../errors.js";
import { type FormatName, serialise } from "../formats/index.js";
import { readRecords } from "../formats/read.js";
import { parseDispatch } from "../parse.js";
import type { Dispatch } from "../record.js";
import {
  type CliContext,
  colours,
  describeFsError,
  describeWriteError,
  EXIT,
  type FileSystem,
  nodeFiles,
  readAll,
  writeAtomic,
  writeOut,
} from "./io.js";
import { chooseFormat } from "./options.js";
import type { ParseFlags } from "./parse.js";
import { diagnosticLine, failureLine } from "./report.js";

export async function runParse(files: string[], flags: ParseFlags, ctx: CliContext): Promise<number> {
  // Colours are set up when a first message is written: a clean run does without them (and chalk).
  let colour: ChalkInstance | undefined;
  const chalk = (): ChalkInstance => (colour ??= colours(ctx, flags.color));
  if (flags.inputFormat === "ndjson") {
    const format = chooseFormat(flags.format ?? (flags.output ? undefined : "ndjson"), flags.output);
    const { parseNdjsonInput } = await import("../batch/ndjson-input.js");
    const options = {
      keepRemoved: Boolean(flags.keepRemoved),
      maxBytes: flags.maxBytes,
      quiet: Boolean(flags.quiet),
    };
    return parseNdjsonInput(files, { ...options, format, output: flags.output ?? null }, ctx, chalk());
  }
  const format = chooseFormat(flags.format, flags.output);
  if (files.length === 0 && ctx.stdin.isTTY) {
    ctx.stderr.write(
      "dispatch parse: no input. Give files (dispatch parse story.txt) or pipe text in (cat story.txt | dispatch parse).\nRun dispatch parse --help for more.\n",
    );
    return EXIT.usage;
  }
  const inputs = files.length > 0 ? files : ["-"];
  const records: Dispatch[] = [];
  let failed = false;
  for (const input of inputs) {
    const name = input === "-" ? "<stdin>" : input;
    try {
      const found = await readInput(input, flags, ctx);
      for (const record of found) records.push(record); // not push(...found): an archive may hold millions
      if (!flags.quiet) {
        for (const record of found) {
          for (const diagnostic of record.diagnostics)
            ctx.stderr.write(diagnosticLine(name, diagnostic, chalk()));
        }
      }
    } catch (error) {
      if (!isInputError(error)) throw error;
      failed = true;
      ctx.stderr.write(failureLine(name, error.message, chalk()));
    }
  }
  if (records.length === 0) return failed ? EXIT.failed : EXIT.ok;
  const pretty = flags.compact ? false : flags.pretty || Boolean(flags.output) || Boolean(ctx.stdout.isTTY);
  const text = serialiseOrFail(records, format, pretty);
  if (text === null) {
    const target = flags.output ?? "<stdout>";
    ctx.stderr.write(failureLine(target, TOO_LARGE_OUTPUT, chalk()));
    return EXIT.failed;
  }
  if (flags.output) {
    try {
      await writeAtomic(flags.output, text, ctx.files);
    } catch (error) {
      ctx.stderr.write(failureLine(flags.output, describeWriteError(error, flags.output), chalk()));
      return EXIT.failed;
    }
  } else await writeOut(ctx.stdout, text);
  return failed ? EXIT.failed : EXIT.ok;
}

const TOO_LARGE_OUTPUT =
  "the output would be larger than one string can hold (about 512 MB); nothing was written. Parse fewer files at a time, or leave out --keep-removed";

/** The records as text, or null when the text would be longer than a JavaScript string can be. */
function serialiseOrFail(records: Dispatch[], format: FormatName, pretty: boolean): string | null {
  try {
    return serialise(records, format, { pretty });
  } catch (error) {
    if (error instanceof RangeError && /string length/i.test(error.message)) return null;
    throw error;
  }
}

/** One input to records: this tool's own output read back, or a raw dispatch parsed. */
async function readInput(input: string, flags: ParseFlags, ctx: CliContext): Promise<Dispatch[]> {
  const path = input === "-" ? null : input;
  const bytes =
    path === null
      ? await readAll(ctx.stdin, flags.maxBytes)
      : await readFileOrFail(path, flags.maxBytes, ctx.files ?? nodeFiles);
  try {
    const { text } = decode(bytes, { maxBytes: flags.maxBytes });
    const own = readRecords(text);
    if (own) return own;
    const options = { path, keepRemoved: Boolean(flags.keepRemoved), maxBytes: flags.maxBytes };
    return parseDispatch(bytes, options).records;
  } catch (error) {
    if (isInputError(error) && error.path === null) throw new InputError(error.code, error.message, path);
    throw error;
  }
}

async function readFileOrFail(path: string, maxBytes: number, files: FileSystem): Promise<Buffer> {
  try {
    const info = await files.stat(path);
    if (info.isDirectory()) throw new InputError("NOT_A_FILE", "is a folder, not a file", path);
    // Refused before reading: a 4 GB file should not be loaded only to be told it is too big.
    if (info.size > maxBytes) throw new InputError("TOO_LARGE", tooLarge(info.size, maxBytes), path);
    return await files.readFile(path);
  } catch (error) {
    if (isInputError(error)) throw new InputError(error.code, error.message, path);
    throw new InputError("UNREADABLE", describeFsError(error), path);
  }
}
