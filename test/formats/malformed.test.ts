import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readRecords, serialise } from "../../src/formats/index.js";
import { jsonSyntaxError } from "../../src/formats/json.js";
import type { ReadableFormat } from "../../src/formats/read.js";
import { reference } from "./helpers.js";

const record = reference();

/** The InputError readRecords throws for text, which must be MALFORMED. */
function failure(text: string, hint?: ReadableFormat): InputError {
  try {
    readRecords(text, hint);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("MALFORMED");
    return error as InputError;
  }
  throw new Error(`no error for ${JSON.stringify(text.slice(0, 60))}`);
}

/** The line number a message starts with ("line 7, column 3: …"). */
function lineOf(error: InputError): number {
  const m = /^line (\d+)(?:, column \d+)?: /.exec(error.message);
  if (!m) throw new Error(`no line in ${JSON.stringify(error.message)}`);
  return Number(m[1]);
}

/** The text with its nth line (1-based) replaced. */
function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split("\n");
  lines[n - 1] = line;
  return lines.join("\n");
}

describe("our own formats gone wrong are MALFORMED, with the line", () => {
  it("json: broken on one line of a pretty record", () => {
    const text = replaceLine(serialise([record], "json", { pretty: true }), 5, '  "byline": nul,');
    expect(failure(text).message).toMatch(/^line 5, column 13: not valid JSON: /);
  });

  it("json: cut short", () => {
    const text = serialise([record, record], "json", { pretty: true }).slice(0, 200);
    expect(failure(text).message).toMatch(/^line \d+, column \d+: not valid JSON: unexpected end of input$/);
  });

  it("json: compact, with a trailing comma", () => {
    const text = '{"schemaVersion":"1.0","id":"x",}';
    expect(failure(text).message).toBe(
      "line 1, column 33: not valid JSON: expected a property name in double quotes",
    );
  });

  it("json: an array with something that is not a record in it", () => {
    const text = JSON.stringify([record, { title: "x" }]);
    expect(failure(text).message).toBe(
      "record 2 of the JSON array is not a dispatch record (no schemaVersion)",
    );
  });

  it("json: a schemaVersion from another major version", () => {
    const text = JSON.stringify({ ...record, schemaVersion: "2.0" });
    expect(failure(text).message).toMatch(
      /schemaVersion "2\.0", which this version cannot read \(it reads 1\.x\)/,
    );
  });

  it("ndjson: the second line broken", () => {
    const lines = serialise([record, record, record], "ndjson", { pretty: false }).split("\n");
    lines[1] = (lines[1] ?? "").slice(0, 50);
    expect(failure(lines.join("\n")).message).toMatch(/^line 2, column 51: not valid JSON: /);
  });

  it("ndjson: a line that is JSON but not a record", () => {
    const text = `${JSON.stringify(record)}\n\n[1, 2]\n`;
    expect(failure(text).message).toBe(
      "line 3: the line is not a dispatch record (expected an object with a schemaVersion)",
    );
  });

  it("yaml: bad indentation", () => {
    // The YAML parser notices at the key above the bad line, where the nesting goes wrong.
    const text = replaceLine(serialise([record], "yaml", { pretty: true }), 7, "   text: Beijing");
    const error = failure(text);
    expect(error.message).toMatch(/^line \d+, column \d+: not valid YAML: /);
    expect(lineOf(error)).toBeGreaterThanOrEqual(6);
    expect(lineOf(error)).toBeLessThanOrEqual(7);
  });

  it("yaml: an unclosed flow sequence in the second document", () => {
    const yaml = serialise([record, record], "yaml", { pretty: true });
    const lines = yaml.split("\n");
    const second = lines.indexOf("---", 1);
    const credits = lines.indexOf("credits: []", second);
    lines[credits] = "credits: [unclosed";
    // Reported where the parser gives up: the line after the unclosed "[".
    const error = failure(lines.join("\n"));
    expect(error.message).toMatch(/^line \d+, column \d+: not valid YAML: Flow sequence/);
    expect(lineOf(error) - (credits + 1)).toBeLessThanOrEqual(1);
    expect(lineOf(error)).toBeGreaterThanOrEqual(credits + 1);
  });

  it("yaml: a duplicated key", () => {
    const text = `${serialise([record], "yaml", { pretty: true })}language: fr\n`;
    expect(failure(text).message).toMatch(/^line \d+, column 1: not valid YAML: Map keys must be unique/);
  });

  it("md: broken YAML in the second record's front matter, counted in lines of the whole file", () => {
    const text = serialise([record, record], "md", { pretty: true });
    const lines = text.split("\n");
    const opens = lines.flatMap((line, i) =>
      line === "---" && lines[i + 1]?.startsWith("schemaVersion") ? [i] : [],
    );
    const target = (opens[1] ?? 0) + 3; // the second record's headline line, 0-based
    lines[target] = 'headline: "unterminated';
    expect(failure(lines.join("\n")).message).toMatch(
      new RegExp(`^line ${target + 1}, column \\d+: not valid YAML: `),
    );
  });

  it("md: front matter never closed", () => {
    expect(failure('---\nschemaVersion: "1.0"\nid: x\n', "md").message).toBe(
      'line 1: front matter opened here is never closed by a "---" line',
    );
  });

  it("md: front matter with a schemaVersion that is not a string", () => {
    expect(failure("---\nschemaVersion: 1\n---\n\ntext\n").message).toBe(
      "line 1: the front matter is not a dispatch record (no schemaVersion)",
    );
  });
});

describe("the JSON error locator", () => {
  it("finds nothing wrong in valid JSON", () => {
    for (const text of ["{}", "[]", ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', "0", '"x"']) {
      expect(jsonSyntaxError(text)).toBeNull();
    }
  });

  it("agrees with JSON.parse on what is invalid", () => {
    for (const text of [
      "",
      "{",
      '{"a" 1}',
      "[1,]",
      "01",
      '"\\x"',
      '"a\nb"',
      "[1] 2",
      "tru",
      "{'a': 1}",
      "-",
      "1.",
    ]) {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonSyntaxError(text), text).not.toBeNull();
    }
  });
});
