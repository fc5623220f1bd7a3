/**
 * Properties of the parser over hostile input. The formats' own round-trip properties are in
 * test/formats/property.test.ts; here the inputs are bytes in every encoding, garbled, and cut up.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripDebris } from "../../src/debris/index.js";
import { decode } from "../../src/decode.js";
import { isInputError } from "../../src/errors.js";
import { readRecords, serialise } from "../../src/formats/index.js";
import { cleanText } from "../../src/normalise.js";
import { parseDispatch } from "../../src/parse.js";
import type { Dispatch } from "../../src/record.js";
import { validateRecord } from "../../src/schema.js";
import { hostileBytes, hostileText, RUNS } from "./arbitraries.js";

/** Parses, or returns null when the input is refused as not text (the one error allowed). */
/** Every record the input yields (a page may hold several dispatches), or null when it is refused. */
function parseOrRefuse(input: string | Uint8Array): Dispatch[] | null {
  try {
    return parseDispatch(input, { keepRemoved: true }).records;
  } catch (error) {
    if (isInputError(error)) return null;
    throw error;
  }
}

describe("the parser never throws on any input but to refuse it", () => {
  it("any string", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: "binary" })), (text) => {
        parseOrRefuse(text);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("any bytes", () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        parseOrRefuse(bytes);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe("whatever it makes of hostile bytes is a valid record that every format reads back", () => {
  it("json, ndjson, yaml, md", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const records = parseOrRefuse(bytes);
        if (!records) return;
        for (const record of records) expect(validateRecord(record).errors).toEqual([]);
        for (const format of ["json", "ndjson", "yaml", "md"] as const) {
          const text = serialise(records, format, { pretty: format === "json" });
          expect(readRecords(text), format).toEqual(records);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Letters and digits, counted one by one: punctuation, marks and spaces are not what "nothing lost" is about,
 * and a word the scraper glued to the next ("sBeijing") may rightly come out as two.
 */
function wordCounts(texts: readonly (string | null | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of (text ?? "").matchAll(/[\p{L}\p{N}]/gu))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Everything in the record that came from the input as text: header fields, body, and what was removed. */
function recordTexts(record: Dispatch): (string | null)[] {
  return [
    record.headline,
    // The byline's "By" is the label of the field that holds the name.
    record.byline === null ? null : `${record.byline} By by`,
    record.dateline?.text ?? null,
    ...record.body,
    ...(record.removed ?? []).map((removal) => removal.text),
  ];
}

describe("nothing is lost: every word of the input is in the record", () => {
  it("header fields, body, or `removed` under a rule", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const records = parseOrRefuse(bytes);
        if (!records) return;
        const input = wordCounts([cleanText(decode(bytes).text).text]);
        const output = wordCounts(records.flatMap(recordTexts));
        const lost = [...input].filter(([word, count]) => (output.get(word) ?? 0) < count);
        expect(lost, JSON.stringify(records, null, 1)).toEqual([]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe("cleaning keeps lines where they were", () => {
  it("one line out for each line in, whatever the line endings", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const lines = text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).length;
        expect(cleanText(text).text.split("\n").length).toBe(lines);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

describe("removing debris twice changes nothing", () => {
  it("the second pass finds nothing and keeps every line", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const once = stripDebris(cleanText(text).text).lines.map((line) => line.text);
        const again = stripDebris(once.join("\n"));
        expect(again.removed).toEqual([]);
        // No line at all joins to "", which reads back as one blank line.
        expect(again.lines.map((line) => line.text)).toEqual(once.length > 0 ? once : [""]);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
