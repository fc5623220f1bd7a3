/**
 * The configuration of `dispatch check`: which rules run, how severe each is, and their options.
 *
 * Found upward from the working folder: the first folder with a .dispatchrc.yaml, .dispatchrc.yml,
 * .dispatchrc.json, or a package.json with a "dispatch" key, wins (or the file given with --config).
 * It is validated with Ajv against a schema built from the rules themselves, so an unknown rule or a bad
 * value is reported with the file and the key, before any archive file is read.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { describeFsError } from "../cli/io.js";
import { RULES } from "./rules/index.js";
import { RULE_SEVERITIES, type RuleSetting, type RuleSeverity } from "./types.js";

export const CONFIG_FILES = [
  ".dispatchrc.yaml",
  ".dispatchrc.yml",
  ".dispatchrc.json",
  "package.json",
] as const;

export interface CheckConfig {
  /** Where the config came from ("package.json#dispatch"), or null for the defaults. */
  source: string | null;
  rules: Record<string, RuleSetting>;
}

/** A config that cannot be used: the message names the file and the key. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** "warn" is accepted for "warning", as other linters spell it. */
const SEVERITY_NAMES = [...RULE_SEVERITIES, "warn"];

export function defaultConfig(): CheckConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES)
    rules[rule.id] = { severity: rule.severity, options: structuredClone(rule.defaults) };
  return { source: null, rules };
}

/** The config file that applies in `cwd`: the nearest one upward, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      if (name !== "package.json" || packageSection(path) !== undefined) return path;
    }
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Reads and validates a config file; the defaults where it says nothing. `name` is how messages call the
 * file (the path as the user gave it, or relative to where they are).
 */
export function loadConfig(path: string, name: string = path): CheckConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${name}: cannot read the config: ${describeFsError(error)}`);
  }
  if (basename(path) === "package.json") {
    return resolveConfig(packageSection(name, text) ?? {}, `${name}#dispatch`);
  }
  if (/\.json$/i.test(path)) return resolveConfig(parseJsonConfig(text, name), name);
  return resolveConfig(parseYamlConfig(text, name), name);
}

/** A config value (already parsed) to settings: validated, then laid over the defaults. */
export function resolveConfig(value: unknown, source: string): CheckConfig {
  const validate = validator();
  if (!validate(value)) {
    const messages = [
      ...new Set((validate.errors ?? []).map(describe).filter((m): m is string => m !== null)),
    ];
    throw new ConfigError(messages.map((message) => `${source}: ${message}`).join("\n"));
  }
  const config = defaultConfig();
  config.source = source;
  const rules = ((value as { rules?: Record<string, unknown> } | null)?.rules ?? {}) as Record<
    string,
    unknown
  >;
  for (const [id, setting] of Object.entries(rules)) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const current = config.rules[id] as RuleSetting;
    current.severity = (severity === "warn" ? "warning" : severity) as RuleSeverity;
    if (options) current.options = { ...current.options, ...(options as Record<string, unknown>) };
  }
  for (const rule of RULES) {
    const setting = config.rules[rule.id] as RuleSetting;
    if (setting.severity === "off") continue;
    for (const option of rule.requires ?? []) {
      const given = setting.options[option];
      if (given === undefined || given === "")
        throw new ConfigError(
          `${source}: rules.${rule.id}: is turned on but has no ${option} (write it as [${setting.severity}, { ${option}: … }])`,
        );
    }
  }
  return config;
}

function packageSection(path: string, text?: string): unknown {
  try {
    const value = JSON.parse(text ?? readFileSync(path, "utf8")) as Record<string, unknown> | null;
    return value !== null && typeof value === "object" ? value.dispatch : undefined;
  } catch (error) {
    if (text === undefined) return undefined; // a broken package.json elsewhere is not our business
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function parseJsonConfig(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

// Loaded when a YAML config is read: most checks have none, and the library is a large share of start-up.
let yamlLibrary: typeof import("yaml") | undefined;
function yaml(): typeof import("yaml") {
  yamlLibrary ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yamlLibrary;
}

function parseYamlConfig(text: string, path: string): unknown {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(
      `${path}: line ${line}, column ${col}: not valid YAML: ${error.message.split("\n")[0]}`,
    );
  }
  return doc.toJS() ?? {};
}

/** The JSON Schema of a config file, built from the rules: their ids, severities and option schemas. */
export function configSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of RULES) {
    rules[rule.id] = {
      description: rule.description,
      if: { type: "string" },
      // biome-ignore lint/suspicious/noThenProperty: "then" is a JSON Schema keyword
      then: { enum: SEVERITY_NAMES },
      else: {
        type: "array",
        minItems: 1,
        maxItems: 2,
        prefixItems: [{ enum: SEVERITY_NAMES }, rule.optionsSchema],
        items: false,
      },
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "dispatch check configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: { type: "object", additionalProperties: false, properties: rules },
    },
  };
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  type AjvClass = new (options: Record<string, unknown>) => { compile(schema: object): ValidateFunction };
  const required = createRequire(import.meta.url)("ajv/dist/2020") as AjvClass | { default: AjvClass };
  const Ajv2020 = "default" in required ? required.default : required;
  // A setting is [severity] or [severity, options]: a tuple of one or two, which strict mode would refuse.
  compiled = new Ajv2020({ allErrors: true, strict: true, strictTuples: false }).compile(configSchema());
  return compiled;
}

/** An Ajv error as "rules.no-debris[1].navRun: must be >= 2"; null for errors that only repeat another. */
function describe(error: ErrorObject): string | null {
  const key = keyName(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "if") return null;
  if (error.keyword === "additionalProperties") {
    const name = String(params.additionalProperty);
    if (error.instancePath === "/rules") return `rules.${name}: unknown rule "${name}"${suggestion(name)}`;
    const where = key === "" ? "" : `${key}.`;
    return `${where}${name}: unknown key "${name}"`;
  }
  const setting = /^\/rules\/[^/]+(?:\/0)?$/.test(error.instancePath);
  if (setting && (error.keyword === "enum" || error.keyword === "type" || error.keyword === "minItems"))
    return `${key}: must be "error", "warning" or "off", or [severity, { options }]`;
  if (error.keyword === "maxItems" || (error.keyword === "items" && setting))
    return `${key}: must be [severity, { options }], with nothing after the options`;
  if (error.keyword === "enum")
    return `${key}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "type") return `${key === "" ? "the config" : key}: must be ${String(params.type)}`;
  return `${key}: ${error.message ?? error.keyword}`;
}

/** "/rules/no-debris/1/navRun" -> "rules.no-debris[1].navRun". */
function keyName(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce(
      (out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out === "" ? part : `${out}.${part}`),
      "",
    );
}

/** " (did you mean "no-debris"?)" for a near miss of a rule id. */
function suggestion(name: string): string {
  let best: string | null = null;
  let bestDistance = 4;
  for (const rule of RULES) {
    const distance = editDistance(name.toLowerCase(), rule.id);
    if (distance < bestDistance) {
      best = rule.id;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : ` (run dispatch check --list-rules to see them)`;
}

function editDistance(a: string, b: string): number {
  if (a.length > 60 || b.length > 60) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
