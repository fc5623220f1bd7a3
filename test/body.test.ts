import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextScanStop, paragraphs, regroup, sentences } from "../src/body.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe("sentences", () => {
  it("stop at the next straight quote, stop or quote mark beyond ASCII, as a look at each character would", () => {
    const QUOTE_MARKS = new Set([..."“”„«»‹›"].map((mark) => mark.charCodeAt(0)));
    const isMark = (code: number) =>
      code < 0x80 ? code === 0x22 || code === 0x2e || code === 0x21 || code === 0x3f : QUOTE_MARKS.has(code);
    const lookAtEach = (text: string, from: number) => {
      let i = from;
      while (i < text.length && !isMark(text.charCodeAt(i))) i++;
      return i;
    };
    const piece = fc.constantFrom(
      "a",
      "B",
      " ",
      ".",
      "!",
      "?",
      '"',
      "'",
      "“",
      "”",
      "„",
      "«",
      "»",
      "‹",
      "›",
      "’",
      "é",
      "😀",
      "\ud83d",
      "…",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(20), (pieces, from) => {
        const text = pieces.join("");
        const start = Math.min(from, text.length);
        expect(nextScanStop(text, start)).toBe(lookAtEach(text, start));
      }),
      { numRuns: 3000 },
    );
  });

  it("does not split inside a quotation, after an abbreviation or an initial", () => {
    expect(
      sentences(
        '"This was in accordance with our deal. I would like to note it," he added. Mr. Smith met U.S. envoy John F. Kennedy Jr. on Sept. 3. Talks ended.',
      ),
    ).toEqual([
      '"This was in accordance with our deal. I would like to note it," he added.',
      "Mr. Smith met U.S. envoy John F. Kennedy Jr. on Sept. 3.",
      "Talks ended.",
    ]);
  });

  it("reads German „…“ and French « … » quotations as closed, so the sentences after them split", () => {
    expect(
      sentences("„Wir sind bereit. Es geht los“, sagte er. Dann ging er. « C'est fini. » Puis il partit."),
    ).toEqual([
      "„Wir sind bereit. Es geht los“, sagte er.",
      "Dann ging er.",
      "« C'est fini. »",
      "Puis il partit.",
    ]);
  });

  it("reads the character after a stop one UTF-16 unit at a time: a capital beyond the BMP starts no sentence", () => {
    expect(sentences("He left. 𝐀 new era began. Then 9 more came. Ask 𝐀𝐁. É bello.")).toEqual([
      "He left. 𝐀 new era began.",
      "Then 9 more came.",
      "Ask 𝐀𝐁.",
      "É bello.",
    ]);
  });

  it("ends a sentence at a closing quote mark", () => {
    expect(sentences('He said it was "ironic." Then he left.')).toEqual([
      'He said it was "ironic."',
      "Then he left.",
    ]);
  });
});

describe("paragraphs", () => {
  it("keeps paragraphs the input already separates", () => {
    expect(paragraphs(lines("First paragraph.", "", "Second paragraph.", "Third, on its own line."))).toEqual(
      ["First paragraph.", "Second paragraph.", "Third, on its own line."],
    );
  });

  it("joins hard-wrapped lines of one paragraph", () => {
    expect(paragraphs(lines("The minister said the talks", "would go on next week.", "", "Next."))).toEqual([
      "The minister said the talks would go on next week.",
      "Next.",
    ]);
  });

  it("ends a paragraph of wrapped copy at a sentence that stops short of the margin", () => {
    const wrapped = lines(
      "The health ministry said Tuesday it will expand subsidies for clinics",
      "in depopulated rural areas, as doctors retire and few young doctors",
      "take their place. The plan covers 400 villages in 12 prefectures.",
      "Officials said the cost would be met from this year's reserve fund,",
      "and that more help would follow.",
      "Doctors' groups welcomed the plan but said it came late.",
    );
    expect(paragraphs(wrapped)).toEqual([
      "The health ministry said Tuesday it will expand subsidies for clinics in depopulated rural areas, as doctors retire and few young doctors take their place. The plan covers 400 villages in 12 prefectures. Officials said the cost would be met from this year's reserve fund, and that more help would follow.",
      "Doctors' groups welcomed the plan but said it came late.",
    ]);
  });

  it("keeps subheadings between one-line paragraphs apart from the text around them", () => {
    const texts = [
      "A storm knocked out power to about 300,000 homes on Monday, toppling trees onto roads.",
      "Schools closed early.",
      "What happens next",
      "Duke Energy said most customers should have power back by Wednesday.",
      "Who is affected",
      "Most outages were in rural counties.",
    ];
    expect(paragraphs(lines(...texts))).toEqual(texts);
  });

  it("splits a run-on scrape into short paragraphs and loses no text", () => {
    const run = Array.from(
      { length: 12 },
      (_, i) => `Sentence number ${i + 1} of the story is here and it goes on a little.`,
    ).join(" ");
    const out = paragraphs(lines(run));
    expect(out.length).toBeGreaterThan(4);
    expect(out.join(" ")).toBe(run);
  });

  it("splits paragraphs a scraper glued together without a space, and nothing else", () => {
    expect(paragraphs(lines("He came to it late.Standing at the gate, he smiled. Talks went on."))).toEqual([
      "He came to it late.",
      "Standing at the gate, he smiled. Talks went on.",
    ]);
    expect(paragraphs(lines("The U.S.Senate and St.Louis met e.g.Friday."))).toEqual([
      "The U.S.Senate and St.Louis met e.g.Friday.",
    ]);
  });

  it("keeps the lede alone and pairs short sentences", () => {
    expect(regroup(["Lede.", "Two.", "Three.", "Four."])).toEqual(["Lede.", "Two. Three.", "Four."]);
  });
});
