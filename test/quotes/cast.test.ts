import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  capitalisedRuns,
  directoryFor,
  type Entity,
  entityNamed,
  findCast,
  MentionsNotRead,
  namedCast,
  namingWords,
  runsOver,
} from "../../src/quotes/people.js";
import { NearbyTokens, type TokenView } from "../../src/quotes/tokens.js";

/**
 * The cast read only as far as the names asked about, against the whole cast: the same answers for those
 * names. Stories are made of the words that decide how names are filed: given names, surnames shared between
 * people, titles, owners, organisations named with and without their owner, particles, "of", stops, marks and
 * nicknames, the Kelvin sign.
 */
const WORDS = [
  "Keiko",
  "Arai",
  "Tomo",
  "Interior",
  "Minister",
  "President",
  "Vladimir",
  "Putin",
  "Kim",
  "Jong",
  "Un",
  "Ursula",
  "von",
  "der",
  "Leyen",
  "of",
  "de",
  "bin",
  "The",
  "Kremlin",
  "Ministry",
  "Defence",
  "Ukraine's",
  "Russia's",
  "Air",
  "Force",
  "Bank",
  "England",
  "Governor",
  "Helen",
  "Marsh",
  "carmaker",
  "Kaito",
  "Motors",
  "Sen.",
  "Mr.",
  "U.S.",
  "J.",
  "Arai.",
  "Arai,",
  "said",
  "who",
  "a",
  "spokeswoman",
  "for",
  "he",
  "she",
  "38",
  "White",
  "House",
  "Monday",
  "Senate",
  "Kingdom",
  "West",
  "Party",
  "\u212Aelvin",
  "Éric",
  ",",
  ".",
  '"Jim"',
  "“Ace”",
];
const SEPARATORS = [" ", " ", " ", "  ", ", ", ". ", ' "', '" ', "\n", "-", ""];
const paragraph = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));
/** Long runs: capitals, particles and "of" between single spaces, broken now and then. */
const names = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "Ursula",
        "von",
        "der",
        "Leyen",
        "of",
        "Bank",
        "Ministry",
        "de",
        "bint",
        "said",
        "Arai.",
        "J.",
      ),
      fc.constantFrom(" ", " ", " ", " ", ", ", "  "),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.map(([word, separator]) => word + separator).join(""));
const story = fc.tuple(fc.option(paragraph), fc.array(fc.oneof(paragraph, names), { maxLength: 6 }));
const asked = fc.array(fc.constantFrom(...WORDS.map((w) => w.replace(/[.,]$/, ""))), {
  minLength: 1,
  maxLength: 4,
});

const described = (entity: Entity | null) =>
  entity && {
    kind: entity.kind,
    name: entity.name,
    title: entity.title,
    age: entity.age,
    gender: entity.gender,
  };

describe("the cast read for the names asked about", () => {
  it("answers as the whole cast for those names, read for their naming words only", () => {
    fc.assert(
      fc.property(
        story,
        fc.array(asked, { minLength: 1, maxLength: 3 }),
        ([headline, paragraphs], queries) => {
          const whole = findCast(paragraphs, headline).names;
          const part = directoryFor(paragraphs, headline, new Set(queries.flatMap(namingWords)));
          for (const words of queries) {
            expect(described(entityNamed(part, words))).toEqual(described(entityNamed(whole, words)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads the same runs and the words around them with a view turned from another text as with a new one", () => {
    const around = (text: string, view?: NearbyTokens) => {
      const seen: (string | undefined)[][] = [];
      const read = (toks: TokenView, end: number) => {
        const words: (string | undefined)[] = [];
        for (let k = -3; k < end + 3; k++) words.push(toks.word(k));
        seen.push(words);
      };
      return { runs: capitalisedRuns(text, read, view?.turnTo(text)), seen };
    };
    fc.assert(
      fc.property(fc.oneof(paragraph, names), fc.oneof(paragraph, names), (before, text) => {
        const view = new NearbyTokens("");
        around(before, view);
        expect(around(text, view)).toEqual(around(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads the same runs over the offsets asked about as a scan from the text's start", () => {
    fc.assert(
      fc.property(fc.oneof(paragraph, names), fc.array(fc.nat(400)), (text, offsets) => {
        const hits = [...new Set(offsets.filter((at) => at < text.length))].sort((a, b) => a - b);
        const all: [number, number][] = [];
        capitalisedRuns(text, (toks, end) => all.push([toks.start(0), toks.end(end - 1)]));
        const expected = all.filter(([from, to]) => hits.some((at) => at >= from && at < to));
        const read: [number, number][] = [];
        runsOver(text, hits, (toks, end) => read.push([toks.start(0), toks.end(end - 1)]));
        expect(read).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a lone capitalised word after a noun such as 'carmaker'", () => {
  it("names an organisation only when the noun stands as a word of its own right before it", () => {
    const named = (text: string) => findCast([text], null).names.all.map((entity) => entity.name);
    expect(named("Shares of carmaker Kaito rose.")).toEqual(["Kaito"]);
    expect(named("The (carmaker Kaito rose.")).toEqual(["Kaito"]);
    expect(named("A carmaker  Kaito rose.")).toEqual(["Kaito"]);
    expect(named("A\tcarmaker Kaito rose.")).toEqual(["Kaito"]);
    expect(named("carmaker Kaito rose.")).toEqual(["Kaito"]);
    expect(named("Carmaker Kaito rose.")).toEqual(["Carmaker Kaito"]);
    for (const other of [
      "An x-carmaker",
      "The über-carmaker",
      "The ücarmaker",
      "The 3carmaker",
      "The carmakers",
    ])
      expect(named(`${other} Kaito rose.`)).toEqual([]);
  });
});

describe("namedCast", () => {
  it("holds the named speakers, and says so when asked for mentions it never read", () => {
    const cast = namedCast(["Interior Minister Keiko Arai said so."], null, new Set(["Arai"]));
    expect(cast.entities.map((entity) => entity.name)).toContain("Keiko Arai");
    expect(() => cast.mentions).toThrow(MentionsNotRead);
    expect(() => cast.byParagraph).toThrow(MentionsNotRead);
  });
});

describe("a person named again", () => {
  it("keeps the title, age and gender first found, and learns those the first mention left unknown", () => {
    const person = (paragraphs: string[]) => {
      const entity = findCast(paragraphs, null).names.named("Henrik Dahl");
      return entity && { title: entity.title, age: entity.age, gender: entity.gender };
    };
    const later = [
      "Henrik Dahl spoke.",
      "Prime Minister Henrik Dahl, a congresswoman, spoke.",
      "Henrik Dahl, 52, spoke.",
    ];
    expect(person(later)).toEqual({ title: "Prime Minister", age: 52, gender: "f" });
    const first = ["Prime Minister Henrik Dahl, a spokesman, spoke.", "Henrik Dahl, 52, spoke."];
    const again = ["Bank of England Governor Henrik Dahl, a chairwoman, spoke.", "Henrik Dahl, 61, spoke."];
    expect(person([...first, ...again])).toEqual({ title: "Prime Minister", age: 52, gender: "m" });
  });
});
