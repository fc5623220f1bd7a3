import { InvalidArgumentError, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../decode.js";
import type { Register } from "./main.js";
import { parseSize } from "./options.js";

/** The reporters' names, for --help without loading them (a test keeps this in step with REPORTERS). */
export const REPORTER_NAMES = ["stylish", "json", "github", "junit"];

export interface CheckFlags {
  raw?: boolean;
  reporter: string;
  config?: string;
  printConfig?: boolean;
  listRules?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  maxBytes: number;
  jobs?: number;
  color?: boolean;
}

export const registerCheck: Register = (program, ctx, done) => {
  program
    .command("check")
    .description("check an archive of records (or raw scrapes) for malformed, incomplete or dirty stories")
    .argument("[paths...]", "files, folders, or quoted glob patterns ('archive/**/*.{json,md}')")
    .option("--raw", "the files are raw scrapes: parse each, then check the records it gives")
    .addOption(
      new Option("-r, --reporter <name>", `how to report: ${REPORTER_NAMES.join(", ")}`).default("stylish"),
    )
    .option("-c, --config <file>", "use this config file instead of searching for one")
    .option("--print-config", "print the rules and options in effect, then stop")
    .option("--list-rules", "list every rule with its default severity, then stop")
    .option("--max-warnings <n>", "fail when there are more warnings than this", count)
    .option("-q, --quiet", "errors only: rules set to warning do not run")
    .option("--max-bytes <size>", "treat files larger than this as errors", parseSize, DEFAULT_MAX_BYTES)
    .option(
      "-j, --jobs <n>",
      "worker threads (default: one per core, on archives of 2,000 files or more)",
      positive,
    )
    .option("--color", "colour the report")
    .option("--no-color", "never colour the report")
    .addHelpText(
      "after",
      `
Examples:
  dispatch check archive                                  every .json, .ndjson, .yaml, .md file under archive/
  dispatch check 'archive/**/*.{json,yaml,md}'            a glob (quote it, so the shell leaves it alone)
  dispatch check archive --reporter github                annotations on a GitHub pull request
  dispatch check archive --reporter junit > junit.xml     for CI dashboards
  dispatch check 'scraped/**/*.txt' --raw                 raw scrapes parse into complete records
  dispatch check --print-config                           the rules in effect here

Config: .dispatchrc.yaml, .dispatchrc.json or "dispatch" in package.json, found upward from here.
Exit codes: 0 no problems, 1 errors (or more warnings than --max-warnings), 2 usage or config error.`,
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      // The checker (YAML, JSON Schema, globbing, worker threads) loads only when a check runs.
      const { runCheck } = await import("./check-run.js");
      done(await runCheck(paths, flags, ctx));
    });
};

function count(value: string): number {
  if (!/^\d{1,9}$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
}

function positive(value: string): number {
  const n = count(value);
  if (n < 1) throw new InvalidArgumentError("must be 1 or more");
  return n;
}
