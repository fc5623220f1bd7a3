import { setFlagsFromString } from "node:v8";
import { InvalidArgumentError, Option } from "commander";
import { parseShard, type Shard } from "../batch/shard.js";
import { DEFAULT_MAX_BYTES } from "../decode.js";
import { type CliContext, colours, UsageError } from "./io.js";
import type { Register } from "./main.js";
import { chooseFormat, parseSize } from "./options.js";

interface ConvertFlags {
  outDir?: string;
  format?: string;
  filesFrom?: string;
  null?: boolean;
  base?: string;
  jobs?: number;
  unordered?: boolean;
  shard: Shard;
  force?: boolean;
  prune?: boolean;
  report?: string;
  ext: string;
  hidden?: boolean;
  nodeModules?: boolean;
  keepRemoved?: boolean;
  compact?: boolean;
  maxBytes: number;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export const registerConvert: Register = (program, ctx, done) => {
  program
    .command("convert")
    .description(
      "convert many files (folders, glob patterns, lists) into an output tree or one NDJSON stream",
    )
    .argument(
      "[inputs...]",
      "files, folders (their .txt files) or quoted glob patterns such as 'scraped/**/*.txt'",
    )
    .option("--out-dir <folder>", "write one output per input here, mirroring the input tree")
    .addOption(
      new Option(
        "-f, --format <name>",
        "json (default with --out-dir), ndjson (default without), yaml, md, ninjs",
      ),
    )
    .option(
      "--files-from <file>",
      'also convert the files listed in this file, one a line ("-": standard input)',
    )
    .option("-0, --null", "the --files-from list is separated by NUL bytes (find -print0)")
    .option(
      "--base <folder>",
      "the folder the output tree mirrors (default: the deepest folder holding every input)",
    )
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)", positiveInteger)
    .option("--unordered", "write NDJSON as files finish rather than in input order")
    .option("--shard <k/n>", "convert only share k of n (a stable hash of each file's path)", shardOption, {
      index: 1,
      count: 1,
    })
    .option("--force", "convert every input again, even those unchanged since the last run")
    .option("--prune", "remove outputs whose input is gone")
    .option("--report <file>", "write every file's outcome to this JSON file")
    .option("--ext <list>", "the extensions a folder expands to", "txt,text")
    .option("--hidden", "include files and folders whose names start with a dot")
    .option("--node-modules", "walk into node_modules folders")
    .option("--keep-removed", "add what was stripped as debris to each record")
    .option("--compact", "one-line JSON in output files")
    .option("--max-bytes <size>", "refuse inputs larger than this", parseSize, DEFAULT_MAX_BYTES)
    .option("-q, --quiet", "no progress bar and no summary; failures are still listed")
    .option("-v, --verbose", "also list warnings, skipped files and pruned outputs")
    .option("--color", "colour messages on standard error")
    .option("--no-color", "never colour messages")
    .addHelpText(
      "after",
      `
Examples:
  dispatch convert 'scraped/**/*.txt' --out-dir archive --format md   scraped/a/b.txt -> archive/a/b.md
  dispatch convert scraped --out-dir archive                           every .txt file below scraped/
  find scraped -name '*.txt' | dispatch convert --files-from - --out-dir archive
  dispatch convert 'scraped/**/*.txt' > all.ndjson                      one NDJSON stream, in input order
  dispatch convert scraped --out-dir archive --shard 3/8               this machine's share of eight

A second run converts only what changed (the manifest is in OUT/.dispatch/).
Exit codes: 0 success, 1 some input failed (the rest were converted), 2 usage error, 130 interrupted.`,
    )
    .action(async (inputs: string[], flags: ConvertFlags) => {
      done(await startConvert(inputs, flags, ctx));
    });
};

async function startConvert(inputs: string[], flags: ConvertFlags, ctx: CliContext): Promise<number> {
  const chalk = colours(ctx, flags.color);
  const format = chooseFormat(flags.format ?? (flags.outDir ? "json" : "ndjson"), undefined);
  const extensions = flags.ext
    .split(",")
    .map((ext) => ext.trim().replace(/^\./, ""))
    .filter(Boolean);
  if (extensions.length === 0) throw new UsageError("convert: --ext needs at least one extension (txt,text)");
  // convert's main thread holds little (a few hundred bytes a file) but makes garbage for every file, and V8
  // lets such a heap grow to about four times what it holds before collecting it: at 100,000 files, 140 MB for
  // 30 MB held. Growing by half keeps the peak near what is held, at no measurable cost. The setting is the
  // process's, so the workers started after it share it.
  setFlagsFromString("--heap-growing-percent=50");
  // The batch machinery (fast-glob, worker threads) loads only when this command runs.
  const { runConvert } = await import("../batch/convert.js");
  return runConvert(
    {
      inputs,
      outDir: flags.outDir ?? null,
      format,
      filesFrom: flags.filesFrom ?? null,
      nullSeparated: Boolean(flags.null),
      base: flags.base ?? null,
      jobs: flags.jobs ?? null,
      unordered: Boolean(flags.unordered),
      shard: flags.shard,
      force: Boolean(flags.force),
      prune: Boolean(flags.prune),
      quiet: Boolean(flags.quiet),
      verbose: Boolean(flags.verbose),
      hidden: Boolean(flags.hidden),
      nodeModules: Boolean(flags.nodeModules),
      extensions,
      keepRemoved: Boolean(flags.keepRemoved),
      compact: Boolean(flags.compact),
      maxBytes: flags.maxBytes,
      report: flags.report ?? null,
    },
    ctx,
    chalk,
  );
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${value}" is not a whole number of 1 or more`);
  return n;
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError(`"${value}" is not a share such as 3/8 (k from 1 to n)`);
  return shard;
}
