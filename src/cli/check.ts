import { relative, resolve } from "node:path";
import { InvalidArgumentError, Option } from "commander";
import { Document } from "yaml";
import { type CheckConfig, ConfigError, defaultConfig, findConfig, loadConfig } from "../check/config.js";
import { expandInputs, NoFilesError } from "../check/files.js";
import { REPORTERS, reporterByName } from "../check/reporters/index.js";
import { RULES } from "../check/rules/index.js";
import { checkFiles, latestToday } from "../check/run.js";
import { DEFAULT_MAX_BYTES } from "../decode.js";
import { type CliContext, colours, EXIT, writeOut } from "./io.js";
import type { Register } from "./main.js";
import { parseSize } from "./options.js";

interface CheckFlags {
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
      new Option("-r, --reporter <name>", `how to report: ${Object.keys(REPORTERS).join(", ")}`).default(
        "stylish",
      ),
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

async function runCheck(paths: string[], flags: CheckFlags, ctx: CliContext): Promise<number> {
  const fail = (message: string) => {
    for (const line of message.split("\n")) ctx.stderr.write(`dispatch check: ${line}\n`);
    return EXIT.usage;
  };
  if (flags.listRules) {
    await writeOut(ctx.stdout, listRules());
    return EXIT.ok;
  }
  const reporter = reporterByName(flags.reporter);
  if (!reporter)
    return fail(`unknown reporter "${flags.reporter}" (choose from ${Object.keys(REPORTERS).join(", ")})`);
  const cwd = ctx.cwd ?? process.cwd();
  let config: CheckConfig;
  try {
    const path = flags.config !== undefined ? resolve(cwd, flags.config) : findConfig(cwd);
    // Named as given, or relative to here when found: ".dispatchrc.yaml", "../package.json".
    const name = flags.config ?? (path ? relative(cwd, path) : "");
    config = path ? loadConfig(path, name) : defaultConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  if (flags.printConfig) {
    await writeOut(ctx.stdout, printConfig(config));
    return EXIT.ok;
  }
  if (paths.length === 0) {
    return fail(
      "nothing to check. Give files, folders or quoted globs: dispatch check archive, dispatch check 'archive/**/*.json'",
    );
  }
  let files: string[];
  try {
    files = await expandInputs(paths, Boolean(flags.raw), cwd);
  } catch (error) {
    if (error instanceof NoFilesError) return fail(error.message);
    throw error;
  }
  const result = await checkFiles(files, {
    config,
    raw: Boolean(flags.raw),
    today: latestToday(),
    maxBytes: flags.maxBytes,
    cwd,
    quiet: Boolean(flags.quiet),
    jobs: flags.jobs ?? "auto",
  });
  // The report goes to stdout, so stdout being a terminal is what decides colour.
  const chalk = colours({ ...ctx, stderr: ctx.stdout }, flags.color);
  await writeOut(ctx.stdout, reporter(result, chalk));
  const errors = result.problems.filter((problem) => problem.severity === "error").length;
  const warnings = result.problems.length - errors;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    ctx.stderr.write(
      `dispatch check: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings allows (${flags.maxWarnings})\n`,
    );
    return EXIT.failed;
  }
  return errors > 0 ? EXIT.failed : EXIT.ok;
}

function listRules(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = RULES.map(
    (rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}`,
  );
  lines.push(
    `${"malformed".padEnd(width)}  ${"error".padEnd(7)}  the file reads as records at all (always on)`,
  );
  return `${lines.join("\n")}\n`;
}

/** The config in effect, as a .dispatchrc.yaml that would give it. */
function printConfig(config: CheckConfig): string {
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(config.rules)) {
    rules[id] =
      Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : setting.severity;
  }
  const doc = new Document({ rules });
  doc.commentBefore = ` in effect: ${config.source ?? "the defaults (no config file found)"}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
