import { describe, expect, it } from "vitest";
import { readRecords, serialise } from "../../src/formats/index.js";
import type { Dispatch, Quote } from "../../src/record.js";
import { HOSTILE_LINES, reference, withFields } from "./helpers.js";

const base = reference({ keepRemoved: true });

function quote(text: string, speaker: string | null): Quote {
  return {
    text,
    kind: "direct",
    speaker,
    speakerAsWritten: speaker,
    speakerTitle: speaker,
    verb: speaker,
    paragraph: 0,
    start: 1,
    end: 1 + text.length,
  };
}

function hostileRecord(text: string): Dispatch {
  return withFields(base, {
    headline: text,
    byline: text,
    dateline: { text, place: text },
    body: [text, `${text} ${text}`, text],
    quotes: [quote(text, text), quote(`“${text}”`, null)],
    credits: [text],
    captions: [text, text],
  });
}

/** Markdown keeps the body out of the front matter and shows the paragraphs as they are. */
function expectBodyShown(text: string, record: Dispatch): void {
  expect(text).not.toMatch(/^body:/m);
  for (const paragraph of record.body.slice(1)) expect(text).toContain(`\n\n${paragraph}\n`);
}

describe("hostile texts round-trip through YAML and Markdown (and JSON, NDJSON)", () => {
  for (const line of HOSTILE_LINES) {
    it(JSON.stringify(line), () => {
      const record = hostileRecord(line);
      for (const format of ["yaml", "md", "json", "ndjson"] as const) {
        const text = serialise([record, base, record], format, { pretty: true });
        expect(readRecords(text), format).toEqual([record, base, record]);
        expect(readRecords(serialise([record], format, { pretty: true })), format).toEqual([record]);
      }
      expectBodyShown(serialise([record], "md", { pretty: true }), record);
    });
  }

  it("all of them at once, as the paragraphs of one body", () => {
    const record = withFields(base, { body: [...HOSTILE_LINES], headline: HOSTILE_LINES.join(" ") });
    for (const format of ["yaml", "md"] as const) {
      expect(readRecords(serialise([record, record], format, { pretty: true }))).toEqual([record, record]);
    }
    const md = serialise([record], "md", { pretty: true });
    expectBodyShown(md, record);
  });

  it("md: a body ending in a lone '---' paragraph, followed by another record", () => {
    const record = withFields(base, { body: ["---", "text", "---"] });
    const text = serialise([record, record, base], "md", { pretty: true });
    expect(text).toContain("\n\ntext\n\n---\n\n---\nschemaVersion:");
    expect(readRecords(text)).toEqual([record, record, base]);
  });

  it("md: a headline with line breaks, leading spaces and YAML syntax is read from the front matter", () => {
    for (const headline of ["  leading spaces", "two\nlines", "---\n# x\n---", 'a: "b" # c', "", " "]) {
      const record = withFields(base, { headline });
      const text = serialise([record, record], "md", { pretty: true });
      expect(readRecords(text), JSON.stringify(headline)).toEqual([record, record]);
      expect(text).toContain(`\n\n# ${headline.replace(/\n/g, " ")}\n\n`);
    }
  });

  it("md: a body the page cannot show exactly is kept in the front matter, and still shown for reading", () => {
    const bodies = [
      ["", "after an empty paragraph"],
      ["two\nlines"],
      ["  indented"],
      ["trailing "],
      ["\r"],
      ["a", ""],
    ];
    for (const body of bodies) {
      const record = withFields(base, { body, dateline: null });
      const text = serialise([record, base], "md", { pretty: true });
      expect(text.split("\n---\n")[0]).toMatch(/^body:/m);
      expect(readRecords(text), JSON.stringify(body)).toEqual([record, base]);
    }
  });

  it("md: after the dateline lead, leading spaces in the first paragraph are inside the line and show", () => {
    const record = withFields(base, { body: ["  indented", "b"] });
    const text = serialise([record], "md", { pretty: true });
    expect(text).toContain("**Beijing, Sept 3 (AFP)** —   indented\n");
    expect(text).not.toMatch(/^body:/m);
    expect(readRecords(text)).toEqual([record]);
  });

  it("md: a dateline with Markdown in it, or none at all", () => {
    for (const dateline of [{ text: "**", place: null }, { text: "a** — b", place: "a" }, null]) {
      const record = withFields(base, { dateline });
      expect(readRecords(serialise([record], "md", { pretty: true }))).toEqual([record]);
    }
  });

  it("md: a body without a dateline that starts like a dateline lead keeps its lead", () => {
    const record = withFields(base, { dateline: null, body: ["**Paris (AFP)** — text"] });
    expect(readRecords(serialise([record], "md", { pretty: true }))).toEqual([record]);
  });

  it("yaml: strings a YAML 1.1 reader would take for booleans, nulls, numbers or dates are quoted", () => {
    const words = ["yes", "No", "on", "OFF", "y", "~", "2025-09-03", "1:20", "0o17", "012", "1_000", ".5"];
    const record = withFields(base, { credits: words });
    const text = serialise([record], "yaml", { pretty: true });
    for (const word of words) expect(text).toContain(`  - "${word}"\n`);
  });
});
