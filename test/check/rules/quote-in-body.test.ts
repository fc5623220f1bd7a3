import { describe, expect, it } from "vitest";
import { parseDispatch } from "../../../src/parse.js";
import type { Quote } from "../../../src/record.js";
import { runRule, story } from "../helpers.js";

describe("quote-in-body", () => {
  it("accepts the parser's quotes, multi-paragraph ones included", () => {
    expect(runRule("quote-in-body", story())).toEqual([]);
  });

  it("accepts a quote run on over paragraphs that each open with a quote mark, as wire copy writes them", () => {
    const record = story();
    record.body = [
      '"We have seen villages where children eat once every two days.',
      "\u201cThese are not statistics.",
      '"If this council does not act now, it will be asked why," the envoy said.',
    ];
    record.quotes = [
      {
        text: "We have seen villages where children eat once every two days. These are not statistics. If this council does not act now, it will be asked why",
        kind: "direct",
        speaker: "the envoy",
        speakerAsWritten: "the envoy",
        speakerTitle: null,
        verb: "said",
        paragraph: 0,
        start: 1,
        endParagraph: 2,
        end: 55,
      },
    ];
    expect(runRule("quote-in-body", record)).toEqual([]);
  });

  it("accepts a quote broken by its attribution, as the parser joins its parts, and checks each part", () => {
    const { records } = parseDispatch(
      'Town vows to rebuild\n\nBAYVILLE, N.C. (AP) — The mayor spoke on Tuesday.\n\n"We will rebuild," Mayor Dana Whitfield said, "and we will do it before winter comes."\n',
    );
    const record = records[0] as NonNullable<(typeof records)[0]>;
    expect(record.quotes.map((q) => q.text)).toEqual([
      "We will rebuild … and we will do it before winter comes.",
    ]);
    expect(runRule("quote-in-body", record)).toEqual([]);
    (record.quotes[0] as Quote).text = "We will rebuild … and we will do it next spring.";
    expect(runRule("quote-in-body", record).map((f) => f.message)).toEqual([
      'quote 1 "We will rebuild … and we will do it next spring." is not in the body',
    ]);
  });

  it("reports a quote whose text the body never printed", () => {
    const record = story();
    (record.quotes[2] as Quote).text = "We never said that";
    expect(runRule("quote-in-body", record)).toEqual([
      { message: 'quote 3 "We never said that" is not in the body', at: { path: ["quotes", 2, "text"] } },
    ]);
  });

  it("reports offsets that do not point at the quote's text", () => {
    const record = story();
    const quote = record.quotes[0] as Quote;
    quote.start += 3;
    quote.end += 3;
    expect(runRule("quote-in-body", record).map((f) => f.message)).toEqual([
      'quote 1 "heroically" is in the body, but not at the paragraph and offsets it gives',
    ]);
    quote.paragraph = 99;
    expect(runRule("quote-in-body", record)).toHaveLength(1);
  });
});
