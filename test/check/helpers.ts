import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CheckConfig, defaultConfig } from "../../src/check/config.js";
import { ruleById } from "../../src/check/rules/index.js";
import type { CheckOptions } from "../../src/check/run.js";
import type { Pointer, RuleOptions } from "../../src/check/types.js";
import { type FormatName, serialise } from "../../src/formats/index.js";
import type { Dispatch } from "../../src/record.js";
import { validateRecord } from "../../src/schema.js";
import { run } from "../helpers/cli.js";
import { parseFixture, REFERENCE } from "../helpers/fixtures.js";
import { scratchDir } from "../helpers/scratch.js";

/** The reference story as parsed: a record every rule accepts. A fresh copy each time. */
export function story(): Dispatch {
  const [record] = parseFixture(REFERENCE, false);
  if (!record) throw new Error("the reference fixture gave no record");
  return record;
}

/** A short, complete, made-up dispatch for tests that need other stories than the reference. */
export function dispatch(overrides: Partial<Dispatch> = {}): Dispatch {
  return {
    ...story(),
    headline: "Floods close Danube port as river crests",
    dateline: { text: "BUDAPEST, March 12 (Reuters)", place: "Budapest" },
    source: { code: "Reuters", name: "Reuters" },
    date: "2024-03-12",
    body: [
      "Hungary closed its largest Danube port on Tuesday as the river rose to its highest level in a decade, forcing barges to moor upstream and halting grain shipments to the Black Sea.",
      "The water authority said the crest would pass the capital by Thursday and that embankments in the city centre were holding, though several riverside roads were shut.",
      "Shipping companies said they expected delays of at least a week once the port reopens.",
    ],
    quotes: [],
    ...overrides,
  };
}

export interface Reported {
  message: string;
  at?: Pointer;
}

/** Runs one record rule on one record, as the checker would, and returns what it reported. */
export function runRule(
  id: string,
  record: Dispatch,
  options: RuleOptions = {},
  file = "archive/story.json",
): Reported[] {
  const rule = ruleById(id);
  if (rule?.scope !== "record") throw new Error(`no record rule ${id}`);
  const out: Reported[] = [];
  rule.check(record, {
    file,
    options: { ...rule.defaults, ...options },
    today: "2026-01-01",
    report: (message, at) => out.push(at ? { message, at } : { message }),
    validation: validateRecord(record),
  });
  return out;
}

export function scratch(): string {
  return scratchDir("check");
}

/** Writes records to dir/name in the format its extension says; returns the path. */
export function write(
  dir: string,
  name: string,
  records: Dispatch | Dispatch[],
  format?: FormatName,
): string {
  const path = join(dir, name);
  const list = Array.isArray(records) ? records : [records];
  const ext = name.slice(name.lastIndexOf(".") + 1) as FormatName;
  writeFileSync(path, serialise(list, format ?? ext, { pretty: true }));
  return path;
}

export function options(
  overrides: Partial<CheckOptions> = {},
  config: CheckConfig = defaultConfig(),
): CheckOptions {
  return {
    config,
    raw: false,
    today: "2026-01-01",
    maxBytes: 20 * 1024 * 1024,
    quiet: false,
    jobs: 1,
    cwd: process.cwd(),
    ...overrides,
  };
}

/** The CLI in-process, in a given working folder (for config discovery and relative paths). */
export async function cli(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const tty = opts.tty ?? false;
  return run(argv, { env: opts.env ?? {}, cwd: opts.cwd ?? scratch(), stdoutTTY: tty, stderrTTY: tty });
}
