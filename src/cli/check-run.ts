/** `dispatch check` itself, loaded when the command runs. */
import { createRequire } from "node:module";
import { relative, resolve } from "node:path";
import { type CheckConfig, ConfigError, defaultConfig, findConfig, loadConfig } from "../check/config.js";
import { expandInputs, NoFilesError } from "../check/files.js";
import { REPORTERS, reporterByName } from "../check/reporters/index.js";
import { RULES } from "../check/rules/index.js";
import { checkFiles, latestToday } from "../check/run.js";
import type { CheckFlags } from "./check.js";
import { type CliContext, colours, EXIT, writeOut } from "./io.js";

export async function runCheck(paths: string[], flags: CheckFlags, ctx: CliContext): Promise<number> {
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
  // The YAML library loads only for this: a check itself never prints YAML.
  const { Document } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
  const doc = new Document({ rules });
  doc.commentBefore = ` in effect: ${config.source ?? "the defaults (no config file found)"}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
