import { describe, expect, it } from "vitest";
import { fixtureInput, parseFixture, REFERENCE } from "./helpers/fixtures.js";

/** The reference scrape must come out exactly as a wire editor would file it. */
describe("reference example: AFP, Putin meets Kim", () => {
  const [record] = parseFixture(REFERENCE);
  if (!record) throw new Error("no record");
  const raw = fixtureInput(REFERENCE).toString("utf8");

  it("reads the header", () => {
    expect(record.headline).toBe("Putin meets Kim, praises North Korean troops in Russia");
    expect(record.dateline).toEqual({ text: "Beijing, Sept 3 (AFP)", place: "Beijing" });
    expect(record.source).toEqual({ code: "AFP", name: "Agence France-Presse" });
    expect(record.date).toBe("2025-09-03");
    expect(record.copyright).toBe("Agence France-Presse");
    expect(record.language).toBe("en");
    expect(record.diagnostics).toEqual([]);
  });

  it("keeps every word of the story and nothing else", () => {
    const start = raw.indexOf("Russian President Vladimir Putin on Wednesday");
    const end = raw.indexOf('were "ironic".') + 'were "ironic".'.length;
    const story = raw.slice(start, end).replace(/\s+/g, " ");
    expect(record.body.join(" ")).toBe(story);
    for (const debris of ["![]()", "|", "Copyright", "All rights reserved"]) {
      expect(record.body.join(" ")).not.toContain(debris);
    }
  });

  it("splits the run-on scrape into wire paragraphs of one or two sentences, never cutting a quote", () => {
    expect(record.body.length).toBeGreaterThanOrEqual(8);
    for (const paragraph of record.body) {
      const marks = paragraph.split('"').length - 1;
      expect(marks % 2, paragraph).toBe(0);
      expect(paragraph.length).toBeLessThan(400);
    }
    expect(record.body[0]).toMatch(
      /^Russian President Vladimir Putin on Wednesday thanked .* "heroically"\.$/,
    );
  });

  it("finds the direct quotes and credits them to Vladimir Putin", () => {
    const direct = record.quotes.filter((q) => q.kind === "direct");
    const starts = [
      "On your initiative",
      "This was in full accordance",
      "We will never forget",
      "We are waiting for you",
    ];
    for (const start of starts) {
      const quote = direct.find((q) => q.text.startsWith(start));
      expect(quote, start).toBeDefined();
      expect(quote?.speaker, start).toBe("Vladimir Putin");
    }
    const added = direct.find((q) => q.text.startsWith("This was"));
    expect(added?.speakerAsWritten).toBe("he");
    expect(added?.verb).toBe("added");
    const waiting = direct.find((q) => q.text.startsWith("We are waiting"));
    expect(waiting?.text).toBe("We are waiting for you");
    expect(waiting?.speakerAsWritten).toBe("the Russian leader");
    expect(waiting?.speakerTitle).toBe("Russian President");
  });

  it("finds the partial quote 'conspire' and credits it to Donald Trump", () => {
    const conspire = record.quotes.find((q) => q.text === "conspire");
    expect(conspire?.kind).toBe("partial");
    expect(conspire?.speaker).toBe("Donald Trump");
  });

  it("points every quote at its place in the body", () => {
    for (const quote of record.quotes) {
      const paragraph = record.body[quote.paragraph] ?? "";
      expect(paragraph.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it("audits what it removed, by rule and line", () => {
    const rules = new Set(record.removed?.map((r) => r.rule));
    expect(rules).toEqual(new Set(["image-placeholder", "table-pipe", "copyright-notice", "page-date"]));
    const notice = record.removed?.find((r) => r.rule === "copyright-notice");
    expect(notice?.line).toBe(8);
    expect(notice?.text).toMatch(/^All rights reserved\. Copyright Agence France-Presse\./);
  });
});
