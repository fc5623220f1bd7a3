import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isInputError } from "../../src/errors.js";
import { FORMATS, readRecords, serialise } from "../../src/formats/index.js";
import { parseDispatch } from "../../src/parse.js";
import type { Dispatch, Quote } from "../../src/record.js";
import { validateRecord } from "../../src/schema.js";
import { FIXTURE, HOSTILE_LINES, reference, withFields } from "./helpers.js";

const base = reference({ keepRemoved: true });
/** PROPERTY_RUNS=5000 npx vitest run test/formats/property.test.ts for a longer search. */
const RUNS = Number(process.env.PROPERTY_RUNS) || undefined;

/** Any text at all (well-formed Unicode), with the characters that matter to our formats made likely. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom(
      "-",
      "#",
      ":",
      " ",
      "\n",
      "\r",
      "\t",
      "*",
      "—",
      "|",
      ">",
      "`",
      '"',
      "'",
      "a",
      "\u2028",
    ),
    maxLength: 12,
  }),
  fc.constantFrom(...HOSTILE_LINES, "", " ", "\n", "---\n", "\n\n---\nschemaVersion: x\n---\n"),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const quote: fc.Arbitrary<Quote> = fc.record({
  text,
  kind: fc.constantFrom("direct" as const, "partial" as const),
  speaker: maybe(text),
  speakerAsWritten: maybe(text),
  speakerTitle: maybe(text),
  verb: maybe(text),
  paragraph: fc.nat(50),
  start: fc.nat(1000),
  end: fc.nat(1000),
});

const record: fc.Arbitrary<Dispatch> = fc
  .record({
    headline: maybe(text),
    byline: maybe(text),
    dateline: maybe(fc.record({ text, place: maybe(text) })),
    body: fc.array(text, { maxLength: 6 }),
    quotes: fc.array(quote, { maxLength: 3 }),
    copyright: maybe(text),
    credits: fc.array(text, { maxLength: 2 }),
    captions: fc.array(text, { maxLength: 2 }),
  })
  .map((fields) => withFields(base, fields));

describe("any record built from arbitrary strings round-trips", () => {
  for (const format of ["yaml", "md", "json", "ndjson"] as const) {
    it(format, { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (records) => {
          const back = readRecords(serialise(records, format, { pretty: true }));
          expect(back).toEqual(records);
          expect(JSON.stringify(back)).toBe(JSON.stringify(records));
        }),
        { numRuns: RUNS ?? (format === "md" || format === "yaml" ? 200 : 150) },
      );
    });
  }
});

describe("markdown shows any body the parser could make, and keeps it out of the front matter", () => {
  /** What the parser makes: no line breaks, no white space at either end, never empty. */
  const paragraph = text.map((t) => t.replace(/[\r\n]+/g, " ").trim()).filter((t) => t !== "");
  it("md", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), maybe(text), (body, headline) => {
        const written = withFields(base, { body, headline });
        const page = serialise([written, written], "md", { pretty: true });
        expect(page).not.toMatch(/^body:/m);
        for (const p of body.slice(1)) expect(page).toContain(`\n\n${p}\n`);
        expect(readRecords(page)).toEqual([written, written]);
      }),
      { numRuns: RUNS ?? 200 },
    );
  });
});

describe("whatever the parser makes of any text", () => {
  const story = readFileSync(new URL(`../../${FIXTURE}`, import.meta.url), "utf8");
  const piece = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "\n",
      "\n\n",
      "Beijing, Sept 3 (AFP) ",
      "PARIS (Reuters) - ",
      "By Jane Doe\n",
      '"We will," he said. ',
      "“Quoted,” she added. ",
      "Copyright Agence France-Presse",
      "![]() |",
      "Sep 03, 2025\n",
      ...HOSTILE_LINES,
    ),
    fc.nat(story.length).map((start) => story.slice(start, start + 400)),
  );
  const input = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

  it("validates against the schema and round-trips through every readable format", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(input, fc.boolean(), (text, keepRemoved) => {
        let records: Dispatch[];
        try {
          records = parseDispatch(text, { keepRemoved }).records;
        } catch (error) {
          if (isInputError(error)) return; // empty, binary-looking: refused, not parsed
          throw error;
        }
        for (const record of records) expect(validateRecord(record).errors).toEqual([]);
        for (const format of FORMATS) {
          if (format === "ninjs") continue;
          expect(readRecords(serialise(records, format, { pretty: true })), format).toEqual(records);
        }
        expect(serialise(records, "md", { pretty: true })).not.toMatch(/^body:/m);
      }),
      { numRuns: RUNS ?? 150 },
    );
  });
});
