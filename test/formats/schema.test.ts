import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RECORD_KEYS } from "../../src/formats/shared.js";
import { loadSchema, SCHEMA_URL, validateRecord } from "../../src/schema.js";
import { compile2020 } from "./ajv.js";
import { reference, withFields } from "./helpers.js";

const schema = loadSchema();
const record = reference();

type Node = Record<string, unknown>;

/** Every schema object in the tree, with its JSON path, for checks that must hold at every level. */
function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) walk(child, `${path}/${i}`, visit);
  } else if (node && typeof node === "object") {
    visit(node as Node, path);
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`, visit);
  }
}

describe("schema/dispatch.schema.json", () => {
  it("is draft 2020-12, version 1.0, and compiles under Ajv's strict mode", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://dispatch.dev/schema/dispatch-1.0.schema.json");
    expect(() => compile2020(schema)).not.toThrow();
    expect(SCHEMA_URL.pathname.endsWith("/schema/dispatch.schema.json")).toBe(true);
    expect(JSON.parse(readFileSync(SCHEMA_URL, "utf8"))).toEqual(schema);
  });

  it("has every field of the record, all required but removed", () => {
    const properties = Object.keys(schema.properties as Node);
    expect(properties).toEqual([...RECORD_KEYS]);
    expect(schema.required).toEqual(RECORD_KEYS.filter((key) => key !== "removed"));
    expect((schema.properties as Record<string, Node>).schemaVersion?.const).toBe("1.0");
  });

  it("shuts every object to unknown properties and requires all of its fields", () => {
    let objects = 0;
    walk(schema, "#", (node, path) => {
      if (!node.properties || path.endsWith("/properties")) return;
      objects++;
      expect(node.additionalProperties, path).toBe(false);
      const required = path === "#" ? [...(node.required as string[]), "removed"] : node.required;
      expect(new Set(required as string[]), path).toEqual(new Set(Object.keys(node.properties as Node)));
    });
    expect(objects).toBe(7); // the record, dateline, source, quote, origin, diagnostic, removal
  });

  it("describes every property", () => {
    walk(schema, "#", (node, path) => {
      if (!path.endsWith("/properties")) return;
      for (const [name, property] of Object.entries(node)) {
        const description = (property as Node).description;
        expect(typeof description === "string" && description.length > 10, `${path}/${name}`).toBe(true);
      }
    });
  });
});

describe("validateRecord", () => {
  it("accepts the reference dispatch as parsed, with and without the debris audit", () => {
    expect(validateRecord(record)).toEqual({ valid: true, errors: [] });
    expect(validateRecord(reference({ keepRemoved: true }))).toEqual({ valid: true, errors: [] });
    expect(validateRecord(JSON.parse(JSON.stringify(record)))).toEqual({ valid: true, errors: [] });
  });

  it("accepts nulls wherever the record type allows them", () => {
    const sparse = withFields(record, {
      headline: null,
      byline: null,
      dateline: null,
      source: null,
      date: null,
      language: null,
      copyright: null,
      body: [],
      quotes: [],
      diagnostics: [{ code: "no-dateline", message: "m", severity: "warning", line: null, column: null }],
    });
    expect(validateRecord(sparse).errors).toEqual([]);
  });

  it("says what is wrong, and where, as JSON Pointers", () => {
    const [first] = record.quotes;
    const bad = {
      ...record,
      schemaVersion: "1.1",
      id: "E2CCD6165FBF2C50",
      date: "3 Sept 2025",
      dateline: "Beijing",
      source: { code: "AFP" },
      quotes: [{ ...first, kind: "indirect", paragraph: -1 }],
      origin: { ...record.origin, sha256: "abc" },
      diagnostics: [{ code: "x", message: "y", severity: "fatal", line: 0, column: null }],
      extra: true,
    };
    delete (bad as Partial<typeof bad>).credits;
    expect(validateRecord(bad)).toEqual({
      valid: false,
      errors: expect.arrayContaining([
        { path: "", message: 'unknown property "extra"' },
        { path: "", message: 'missing property "credits"' },
        { path: "/schemaVersion", message: 'must be "1.0"' },
        { path: "/id", message: "must match ^[0-9a-f]{16}$" },
        { path: "/date", message: "must match ^\\d{4}-\\d{2}-\\d{2}$" },
        { path: "/dateline", message: "must be object or null" },
        { path: "/source", message: 'missing property "name"' },
        { path: "/quotes/0/kind", message: 'must be one of "direct", "partial"' },
        { path: "/quotes/0/paragraph", message: "must be >= 0" },
        { path: "/origin/sha256", message: "must match ^[0-9a-f]{64}$" },
        { path: "/diagnostics/0/severity", message: 'must be one of "error", "warning", "info"' },
        { path: "/diagnostics/0/line", message: "must be >= 1" },
      ]),
    });
    expect(validateRecord(bad).errors.some((e) => /must be null|anyOf/.test(e.message))).toBe(false);
  });

  it("rejects what is not a record at all", () => {
    expect(validateRecord(null)).toEqual({ valid: false, errors: [{ path: "", message: "must be object" }] });
    expect(validateRecord([record]).valid).toBe(false);
  });
});
