/** JSON: one record prints as an object, several as an array. */
import type { Dispatch } from "../record.js";
import { asOwnRecord, at, lineColumn, malformed } from "./shared.js";

export interface JsonOptions {
  /** Indent by two spaces, one field a line; otherwise everything on one line. */
  pretty: boolean;
}

export function toJson(records: readonly Dispatch[], options: JsonOptions = { pretty: true }): string {
  const value = records.length === 1 ? records[0] : records;
  return `${JSON.stringify(value, null, options.pretty ? 2 : undefined)}\n`;
}

/** This tool's JSON back to records. Throws InputError("MALFORMED") naming the line of the first error. */
export function fromJson(text: string): Dispatch[] {
  const value = parseJson(text);
  if (Array.isArray(value))
    return value.map((item, i) => asOwnRecord(item, `record ${i + 1} of the JSON array `));
  return [asOwnRecord(value, "the JSON ")];
}

/**
 * JSON.parse, with a syntax error turned into a MALFORMED InputError that says where: Node 20's JSON.parse
 * does not give a position, so the text is scanned again to find the first error. `lineOffset` is the number
 * of lines above the text in its file (for one line of an NDJSON file); null for a whole file.
 */
export function parseJson(text: string, lineOffset: number | null = null): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    if (!error) throw malformed(`${at(lineOffset === null ? null : lineOffset + 1)}not valid JSON`);
    const { line, column } = lineColumn(text, error.offset);
    throw malformed(`${at((lineOffset ?? 0) + line, column)}not valid JSON: ${error.message}`);
  }
}

/** The first syntax error in text as JSON (RFC 8259), or null if there is none or the text nests too deep. */
export function jsonSyntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const n = text.length;
  const fail = (message: string): never => {
    throw new SyntaxPosition(i, i >= n ? "unexpected end of input" : message);
  };
  const space = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const next = text[i + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail("bad escape sequence in a string");
      } else if (c.charCodeAt(0) < 0x20)
        fail("control character in a string (a line break must be written \\n)");
      else i++;
    }
    fail("unterminated string");
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a property name in double quotes");
        string();
        space();
        if (text[i] !== ":") fail("expected ':' after the property name");
        i++;
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail("expected ',' or ']'");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    fail(`unexpected ${c === undefined ? "end of input" : JSON.stringify(c)}`);
  };
  try {
    value();
    space();
    if (i < n) fail("unexpected text after the JSON value");
    return null;
  } catch (error) {
    if (error instanceof SyntaxPosition) return { offset: error.offset, message: error.message };
    return null; // nested too deep to scan: the caller reports the error without a position
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class SyntaxPosition {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}
