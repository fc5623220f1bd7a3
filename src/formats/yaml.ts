/**
 * YAML: one document per record; when there are several, each starts with a "---" line.
 *
 * Written with the yaml library's Document (never by pasting values into text), with no line folding so a
 * long paragraph stays on one line and reads back exactly. The output is YAML 1.2; strings that a YAML 1.1
 * reader (PyYAML, many front-matter tools) would take for something else — yes, no, on, off, dates such as
 * 2025-09-03, 1:20 — are double-quoted as well, so they stay strings there too.
 *
 * A string with a line break in it (which the parser never makes) is written double-quoted on one line,
 * with JSON escapes, rather than as a block scalar: yaml 2.x writes a whitespace-only multi-line string
 * such as " \n" as a `|+` block that reads back without its spaces.
 */
import { createRequire } from "node:module";
import type { LineCounter, parseAllDocuments, ToStringOptions } from "yaml";
import type { Dispatch } from "../record.js";
import { asOwnRecord, at, malformed } from "./shared.js";

// Loaded on first use: the yaml library is a large share of start-up time, and JSON output never needs it.
let library: typeof import("yaml") | undefined;
function yaml(): typeof import("yaml") {
  library ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return library;
}

const TO_STRING: ToStringOptions = { lineWidth: 0, minContentWidth: 0, doubleQuotedAsJSON: true };

export function toYaml(records: readonly Dispatch[]): string {
  if (records.length === 1) return yamlText(records[0]);
  return records.map((record) => `---\n${yamlText(record)}`).join("");
}

/** One value as a YAML document body (no "---"), ending in "\n". */
export function yamlText(value: unknown): string {
  const { Document, visit } = yaml();
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(key, node) {
      const value = node.value;
      if (key === "key" || typeof value !== "string") return;
      if (YAML11_NOT_A_STRING.test(value) || value.includes("\n") || value.includes("\r")) {
        node.type = "QUOTE_DOUBLE";
      }
    },
  });
  return doc.toString(TO_STRING);
}

/** Plain scalars that YAML 1.1 resolves to booleans, null, numbers, timestamps or merge keys. */
const YAML11_NOT_A_STRING = new RegExp(
  "^(?:" +
    [
      "[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
      "~|null|Null|NULL|<<|=",
      "[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)",
      "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?",
      "[-+]?(?:[0-9][0-9_]*)?\\.[0-9._]*(?:[eE][-+]?[0-9]+)?",
      "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
      "\\d{4}-\\d\\d?-\\d\\d?(?:(?:[Tt]|[ \\t]+)\\d\\d?:\\d\\d:\\d\\d(?:\\.\\d*)?(?:[ \\t]*(?:Z|[-+]\\d\\d?(?::\\d\\d)?))?)?",
    ].join("|") +
    ")$",
);

let fastLibrary: typeof import("js-yaml") | undefined;
function fastYaml(): typeof import("js-yaml") {
  fastLibrary ??= createRequire(import.meta.url)("js-yaml") as typeof import("js-yaml");
  return fastLibrary;
}

/**
 * Reading this tool's own YAML takes js-yaml's loader first: it is about eight times faster than the yaml
 * library's composer, which matters when an archive of 100,000 files is read back or checked. Both read YAML
 * 1.2's core schema, and the writer quotes every string the two could take for anything else. Anything the
 * fast loader refuses goes through the yaml library, whose errors carry the line and column.
 */
function fastLoadAll(text: string): unknown[] | null {
  try {
    return fastYaml().loadAll(text, undefined, { schema: fastYaml().CORE_SCHEMA });
  } catch {
    return null;
  }
}

/** This tool's YAML back to records: one record per non-empty document. Errors name the line. */
export function fromYaml(text: string): Dispatch[] {
  const fast = fastLoadAll(text);
  if (fast?.every((value) => value === null || isPlainRecord(value))) {
    try {
      return fast.filter((value) => value !== null).map((value) => asOwnRecord(value, "the YAML document "));
    } catch {
      // Not a record of ours after all: the slow path says so with the document's line.
    }
  }
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const records: Dispatch[] = [];
  for (const doc of docs) {
    const line = lineCounter.linePos(doc.range[0]).line;
    if (doc.contents === null) continue;
    records.push(asOwnRecord(documentValue(doc, lineCounter, 0), `${at(line)}the YAML document `));
  }
  return records;
}

/** One YAML document (front matter) to its value; errors name the line, counting `lineOffset` lines above. */
export function parseYamlDocument(text: string, lineOffset: number): unknown {
  const fast = fastLoadAll(text);
  if (fast && fast.length <= 1 && (fast[0] === undefined || isPlainRecord(fast[0]))) return fast[0] ?? null;
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const [doc, extra] = docs;
  if (extra) {
    const line = lineCounter.linePos(extra.range[0]).line + lineOffset;
    throw malformed(`${at(line)}front matter holds more than one YAML document`);
  }
  return doc ? documentValue(doc, lineCounter, lineOffset) : null;
}

function documentValue(
  doc: ReturnType<typeof parseAllDocuments>[number],
  lineCounter: LineCounter,
  lineOffset: number,
): unknown {
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw malformed(`${at(line + lineOffset, col)}not valid YAML: ${firstLine(error.message)}`);
  }
  return doc.toJS();
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

function isPlainRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
