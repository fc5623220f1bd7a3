import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type FormatName, readRecords, serialise } from "../../src/formats/index.js";
import type { ReadableFormat } from "../../src/formats/read.js";
import type { Dispatch } from "../../src/record.js";
import { FIXTURE, reference, withFields } from "./helpers.js";

const READABLE: readonly ReadableFormat[] = ["json", "ndjson", "yaml", "md"];

/** Written, read back: the same records, down to the order of their keys. */
function expectRoundTrip(records: Dispatch[], format: FormatName & ReadableFormat, pretty = true): void {
  const text = serialise(records, format, { pretty });
  for (const hint of [undefined, format]) {
    const back = readRecords(text, hint);
    expect(back).toEqual(records);
    expect(JSON.stringify(back)).toBe(JSON.stringify(records));
  }
}

describe("round trips of the reference dispatch", () => {
  const plain = reference();
  const audited = reference({ keepRemoved: true });
  const bare = withFields(plain, {
    headline: null,
    dateline: null,
    byline: "Jane Doe",
    source: null,
    body: [],
  });

  for (const format of READABLE) {
    it(`${format}: one record`, () => {
      expectRoundTrip([plain], format);
      expectRoundTrip([audited], format);
    });
    it(`${format}: several records, some with nulls and an empty body`, () => {
      expectRoundTrip([plain, audited, bare, plain], format);
    });
    it(`${format}: a record with nothing but nulls and empties`, () => {
      expectRoundTrip([withFields(bare, { byline: null, quotes: [], date: null, language: null })], format);
    });
  }

  it("json: compact as well as pretty", () => {
    expectRoundTrip([plain], "json", false);
    expectRoundTrip([plain, bare], "json", false);
  });

  it("the reference input itself is not one of our outputs", () => {
    expect(readRecords(readFileSync(new URL(`../../${FIXTURE}`, import.meta.url), "utf8"))).toBeNull();
  });

  it("a byte-order mark and CRLF line ends (from an editor) still read back", () => {
    for (const format of READABLE) {
      const text = serialise([plain, audited], format, { pretty: true });
      expect(readRecords(`\uFEFF${text.replaceAll("\n", "\r\n")}`), format).toEqual([plain, audited]);
    }
  });
});

describe("what each format looks like", () => {
  const record = reference();

  it("json: one record is an object, several an array, and the text ends with a line break", () => {
    const one = serialise([record], "json", { pretty: true });
    expect(one.startsWith('{\n  "schemaVersion": "1.0",')).toBe(true);
    expect(one.endsWith("}\n")).toBe(true);
    const two = serialise([record, record], "json", { pretty: false });
    expect(two.startsWith('[{"schemaVersion":"1.0",')).toBe(true);
    expect(two.split("\n")).toHaveLength(2);
    expect(serialise([], "json", { pretty: true })).toBe("[]\n");
    expect(readRecords("[]\n")).toEqual([]);
  });

  it("ndjson: one compact record a line", () => {
    const text = serialise([record, record, record], "ndjson", { pretty: true });
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    for (const line of lines.slice(0, 3)) expect(JSON.parse(line)).toEqual(record);
  });

  it("yaml: a bare document for one record, '---' before each when several, no folded lines", () => {
    const one = serialise([record], "yaml", { pretty: true });
    expect(one.startsWith('schemaVersion: "1.0"\n')).toBe(true);
    const longest = record.quotes.reduce((a, q) => (q.text.length > a.length ? q.text : a), "");
    expect(one).toContain(`  - text: ${longest}\n`);
    expect(one).toContain('date: "2025-09-03"\n');
    const two = serialise([record, record], "yaml", { pretty: true });
    expect(two.startsWith('---\nschemaVersion: "1.0"\n')).toBe(true);
    expect(two.match(/^---$/gm)).toHaveLength(2);
  });

  it("md: front matter without the body, the heading, then the paragraphs with the dateline in bold", () => {
    const text = serialise([record], "md", { pretty: true });
    const [front, page] = text.slice(4).split("\n---\n\n");
    expect(front).toContain("headline: Putin meets Kim, praises North Korean troops in Russia");
    expect(front).not.toMatch(/^body:/m);
    const paragraphs = (page ?? "").split("\n\n");
    expect(paragraphs[0]).toBe("# Putin meets Kim, praises North Korean troops in Russia");
    expect(paragraphs[1]).toBe(`**Beijing, Sept 3 (AFP)** — ${record.body[0]}`);
    expect(paragraphs.slice(2).join("\n\n")).toBe(`${record.body.slice(1).join("\n\n")}\n`);
  });
});

describe("texts that are not our outputs are left to the raw parser", () => {
  const notOurs = [
    "Beijing, Sept 3 (AFP) - Russian President Vladimir Putin on Wednesday...",
    "---\ntitle: A scraped page with front matter\n---\n\nBeijing, Sept 3 (AFP) - ...",
    "---\n\nA story that opens with a rule.\n\n---\n",
    '{"title": "a scraper\'s JSON", "schemaVersion": "9"}',
    '[{"title": "x"}]',
    "headline: schemaVersion: is not first\n",
    "",
  ];
  for (const text of notOurs) {
    it(JSON.stringify(text.slice(0, 40)), () => expect(readRecords(text)).toBeNull());
  }
});
