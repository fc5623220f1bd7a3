import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../src/quotes/attribute.js";
import { findQuotes } from "../../src/quotes/find.js";

const quotesOf = (body: string[], headline: string | null = null) =>
  attributeQuotes(findQuotes(body), body, headline).map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
  }));

describe("findQuotes", () => {
  it("finds straight and curly quotes without their marks or the attribution comma", () => {
    const spans = findQuotes([
      '"We will win," he said.',
      "She called it “a farce”.",
      "« Nous gagnerons », a-t-il dit.",
    ]);
    expect(spans.map((s) => [s.text, s.kind])).toEqual([
      ["We will win", "direct"],
      ["a farce", "partial"],
      ["Nous gagnerons", "direct"],
    ]);
  });

  it("joins a quotation that runs over paragraphs by the wire convention", () => {
    const spans = findQuotes(['"We came here to talk.', '"And we will talk again," she said.']);
    expect(spans.map((s) => s.text)).toEqual(["We came here to talk. And we will talk again"]);
    expect(spans[0]?.paragraph).toBe(0);
    expect(spans[0]?.endParagraph).toBe(1);
  });

  it("ignores apostrophes and drops a stray mark", () => {
    expect(
      findQuotes(["Korea's leader and the Kims' train left in the '90s.", 'A stray " mark here.']),
    ).toEqual([]);
  });
});

describe("attributeQuotes", () => {
  const body = [
    'Russian President Vladimir Putin on Wednesday thanked Kim, saying troops fought "heroically".',
    '"We are grateful," Putin said.',
    '"This was our agreement," he added.',
    '"We will never forget it."',
    '"We are waiting for you," the Russian leader said.',
    '"It is a good day," said German Chancellor Olaf Scholz.',
    'Scholz told reporters: "We will help."',
    '"No comment," the Kremlin said.',
  ];

  it("resolves names, pronouns, descriptions and the unattributed follow-on quote", () => {
    expect(quotesOf(body)).toEqual([
      { text: "heroically", kind: "partial", speaker: "Vladimir Putin" },
      { text: "We are grateful", kind: "direct", speaker: "Vladimir Putin" },
      { text: "This was our agreement", kind: "direct", speaker: "Vladimir Putin" },
      { text: "We will never forget it.", kind: "direct", speaker: "Vladimir Putin" },
      { text: "We are waiting for you", kind: "direct", speaker: "Vladimir Putin" },
      { text: "It is a good day", kind: "direct", speaker: "Olaf Scholz" },
      { text: "We will help.", kind: "direct", speaker: "Olaf Scholz" },
      { text: "No comment", kind: "direct", speaker: "Kremlin" },
    ]);
  });

  it("keeps the verb, the words used and the title", () => {
    const [, , added] = attributeQuotes(findQuotes(body), body, null);
    expect(added).toMatchObject({ verb: "added", speakerAsWritten: "he", speakerTitle: "Russian President" });
  });
});
