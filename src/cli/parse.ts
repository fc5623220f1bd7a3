import { Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../decode.js";
import type { Register } from "./main.js";
import { parseSize } from "./options.js";

export interface ParseFlags {
  format?: string;
  output?: string;
  compact?: boolean;
  pretty?: boolean;
  keepRemoved?: boolean;
  maxBytes: number;
  quiet?: boolean;
  color?: boolean;
  inputFormat: string;
}

export const registerParse: Register = (program, ctx, done) => {
  program
    .command("parse")
    .description("parse raw scraped dispatches (or this tool's own outputs) into records")
    .argument("[files...]", 'input files; "-" or none reads standard input')
    .addOption(new Option("-f, --format <name>", "output format: json, ndjson (jsonl), yaml, md, ninjs"))
    .option("-o, --output <file>", "write to this file (atomically) instead of standard output")
    .option("--compact", "one-line JSON (the default when standard output is not a terminal)")
    .option("--pretty", "indented JSON (the default on a terminal and in files)")
    .option("--keep-removed", "add what was stripped as debris, with rule and line, to each record")
    .option("--max-bytes <size>", "refuse inputs larger than this", parseSize, DEFAULT_MAX_BYTES)
    .option("-q, --quiet", "do not print warnings")
    .addOption(
      new Option(
        "--input-format <name>",
        'auto: raw text or this tool\'s own output; ndjson: {"path","text"} per line',
      )
        .choices(["auto", "ndjson"])
        .default("auto"),
    )
    .option("--color", "colour messages on standard error")
    .option("--no-color", "never colour messages")
    .addHelpText(
      "after",
      `
Examples:
  dispatch parse story.txt                      JSON to standard output
  cat story.txt | dispatch parse --format yaml  standard input to YAML
  dispatch parse a.txt b.txt -o out.md          Markdown with YAML front matter, format from the extension
  dispatch parse archive/story.md --format json read an archived record back
  dispatch parse --input-format ndjson < lines.ndjson   one {"path","text"} a line in, one record a line out

Exit codes: 0 success, 1 some input could not be read or parsed, 2 usage error.`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      // The parser loads only when a command parses: --help and --version start without it.
      const { runParse } = await import("./parse-run.js");
      done(await runParse(files, flags, ctx));
    });
};
