import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, findConfig, loadConfig, resolveConfig } from "../../src/check/config.js";
import { scratch } from "./helpers.js";

const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("no ConfigError");
};

describe("config discovery", () => {
  it("finds the nearest config upward, package.json only with a dispatch key", () => {
    const root = scratch();
    const deep = join(root, "archive", "2025", "09");
    mkdirSync(deep, { recursive: true });
    expect(findConfig(deep)).toBe(findConfig(root)); // whatever lies above the scratch folder, if anything
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "newsroom", dispatch: { rules: {} } }));
    expect(findConfig(deep)).toBe(join(root, "package.json"));
    writeFileSync(join(root, "archive", "package.json"), JSON.stringify({ name: "no-config-here" }));
    expect(findConfig(deep)).toBe(join(root, "package.json"));
    writeFileSync(join(root, "archive", ".dispatchrc.json"), "{}");
    expect(findConfig(deep)).toBe(join(root, "archive", ".dispatchrc.json"));
    writeFileSync(join(root, "archive", ".dispatchrc.yaml"), "rules: {}\n");
    expect(findConfig(deep)).toBe(join(root, "archive", ".dispatchrc.yaml"));
  });
});

describe("config files", () => {
  it("lays severities and options over the defaults", () => {
    const dir = scratch();
    const path = join(dir, ".dispatchrc.yaml");
    writeFileSync(
      path,
      "rules:\n  known-agency: warn\n  required-fields: [error, { fields: [headline, body] }]\n  filename-pattern: [error, { pattern: '{date}-{slug}' }]\n",
    );
    const config = loadConfig(path);
    expect(config.source).toBe(path);
    expect(config.rules["known-agency"]).toEqual({ severity: "warning", options: { extra: [] } });
    expect(config.rules["required-fields"]).toEqual({
      severity: "error",
      options: { fields: ["headline", "body"] },
    });
    expect(config.rules["filename-pattern"]?.options).toEqual({ pattern: "{date}-{slug}" });
    expect(config.rules["no-debris"]).toEqual(defaultConfig().rules["no-debris"]);
  });

  it("reads package.json#dispatch and .dispatchrc.json", () => {
    const dir = scratch();
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ dispatch: { rules: { "quote-speaker": "off" } } }),
    );
    const config = loadConfig(join(dir, "package.json"));
    expect(config.source).toBe(`${join(dir, "package.json")}#dispatch`);
    expect(config.rules["quote-speaker"]?.severity).toBe("off");
    writeFileSync(
      join(dir, ".dispatchrc.json"),
      '{ "rules": { "body-complete": ["warning", { "minWords": 5 }] } }',
    );
    expect(loadConfig(join(dir, ".dispatchrc.json")).rules["body-complete"]).toEqual({
      severity: "warning",
      options: { minWords: 5 },
    });
  });

  it("names the file and the key of an unknown rule, with a suggestion", () => {
    expect(messageOf(() => resolveConfig({ rules: { "no-debri": "error" } }, ".dispatchrc.yaml"))).toBe(
      '.dispatchrc.yaml: rules.no-debri: unknown rule "no-debri" (did you mean "no-debris"?)',
    );
    expect(messageOf(() => resolveConfig({ rule: {} }, "c.json"))).toBe('c.json: rule: unknown key "rule"');
  });

  it("names the key of a bad value", () => {
    const cases: [unknown, string][] = [
      [
        { rules: { schema: "fatal" } },
        'x: rules.schema: must be "error", "warning" or "off", or [severity, { options }]',
      ],
      [
        { rules: { schema: 2 } },
        'x: rules.schema: must be "error", "warning" or "off", or [severity, { options }]',
      ],
      [{ rules: { "no-debris": ["error", { navRun: 1 }] } }, "x: rules.no-debris[1].navRun: must be >= 2"],
      [
        { rules: { "no-debris": ["error", { navrun: 3 }] } },
        'x: rules.no-debris[1].navrun: unknown key "navrun"',
      ],
      [
        { rules: { "required-fields": ["error", { fields: "headline" }] } },
        "x: rules.required-fields[1].fields: must be array",
      ],
      [
        { rules: { "filename-pattern": ["error", { pattern: "{date}-{title}" }] } },
        "x: rules.filename-pattern[1].pattern: must match",
      ],
      [
        { rules: { "filename-pattern": "error" } },
        "x: rules.filename-pattern: is turned on but has no pattern",
      ],
      [["rules"], "x: the config: must be object"],
    ];
    for (const [value, message] of cases)
      expect(messageOf(() => resolveConfig(value, "x"))).toContain(message);
  });

  it("reports a file that does not parse, with its line", () => {
    const dir = scratch();
    writeFileSync(join(dir, ".dispatchrc.yaml"), "rules:\n  schema: [error\n");
    expect(messageOf(() => loadConfig(join(dir, ".dispatchrc.yaml")))).toMatch(
      /\.dispatchrc\.yaml: line \d+, column \d+: not valid YAML: /,
    );
    writeFileSync(join(dir, ".dispatchrc.json"), "{ rules: }");
    expect(messageOf(() => loadConfig(join(dir, ".dispatchrc.json")))).toMatch(
      /\.dispatchrc\.json: not valid JSON/,
    );
    expect(messageOf(() => loadConfig(join(dir, "missing.yaml")))).toMatch(
      /missing\.yaml: cannot read the config: no such file/,
    );
  });

  it("takes an empty file for the defaults", () => {
    const dir = scratch();
    writeFileSync(join(dir, ".dispatchrc.yaml"), "# nothing yet\n");
    expect(loadConfig(join(dir, ".dispatchrc.yaml")).rules).toEqual(defaultConfig().rules);
  });
});
