/**
 * The header readers turn most lines away with a cheap look at how they open or end. Each such test must
 * never turn away a line the full reading would take: these properties hold each one to what it stands for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSpaces } from "../../src/chars.js";
import { agencyLine } from "../../src/header/agencies.js";
import { isPlaceShaped } from "../../src/header/dateline.js";
import { isRealDate, readDate } from "../../src/header/dates.js";
import { cleanHeadline, splitSiteSuffix } from "../../src/header/headline.js";
import { pageDateLine, readPageDate } from "../../src/header/meta.js";
import { knownPlace, PLACE_PARTICLES } from "../../src/header/places.js";
import { holdsText, trimmed } from "../../src/header/trim.js";

/** Strings made of the pieces the readers look for, so that properties meet hits as well as misses. */
function piecesOf(pieces: string[], maxLength = 8): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(""));
}

const SPACES = [" ", "  ", "\t", "\u00a0", "\u2009", "\n", ""];

describe("blank and trim checks", () => {
  it("answer as trim does", () => {
    const text = fc.oneof(fc.string(), piecesOf([...SPACES, "a", ".", "é", "Ä", "\u3000", "\ufeff"]));
    fc.assert(
      fc.property(text, (t) => {
        expect(holdsText(t)).toBe(t.trim() !== "");
        expect(trimmed(t)).toBe(t.trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe("knownPlace", () => {
  it("turns a name away by its first letters only when the gazetteer does not hold it", () => {
    // A space in front passes the test of the first letters and is trimmed off: the full look-up.
    const name = piecesOf(
      [
        "Paris",
        "PARIS",
        "new",
        " ",
        "York",
        "Gen",
        "ève",
        "Kyiv",
        "São",
        "Rio de Janeiro",
        "x",
        "-",
        "Ist",
        "\t",
      ],
      4,
    );
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ maxLength: 6 })), (n) => {
        expect(knownPlace(n)).toBe(knownPlace(` ${n}`));
      }),
      { numRuns: 3000 },
    );
    expect(knownPlace("NEW YORK")).toBe("New York");
    expect(knownPlace("Newark")).toBeUndefined();
  });
});

describe("pageDateLine", () => {
  it("turns a line away by how it opens only when the full reading finds no page date", () => {
    const line = piecesOf([
      "Updated",
      "Published",
      "Veröffentlicht am",
      "Mis à jour le",
      "ſunday",
      "Sept",
      "September",
      "Wed",
      "3",
      "03",
      "2025",
      "/",
      ".",
      ":",
      "-",
      ",",
      " ",
      "  ",
      "AM",
      "GMT",
      "Uhr",
      "x",
      "é",
      "\u00a0",
      "\u212a",
    ]);
    // A label, a time and a date as pages print them, the pieces above around them.
    const printed = fc
      .tuple(
        fc.constantFrom(
          "",
          "Updated",
          "Last updated",
          "Posted on",
          "Aktualisiert am",
          "Publié le",
          "mis À JOUR le",
          "stand",
        ),
        fc.constantFrom(" ", ": ", ":  ", ""),
        fc.constantFrom("", "4:12 PM EDT, ", "14:05 "),
        fc.constantFrom(
          "3 September 2025",
          "Sept. 3, 2025",
          "03.09.2025",
          "03/09/2025",
          "13/09/2025",
          "2025-09-03",
        ),
        line,
      )
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.oneof(line, printed), (l) => {
        expect(pageDateLine(l)).toEqual(readPageDate(l.trim()));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("readDate", () => {
  // The all-digit forms as the patterns read them; readDate tries a pattern only where its first mark is.
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
  const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
  const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

  /** What the patterns, tried in turn, read: the length of the first one's date, or null. */
  const patternRead = (s: string): number | null => {
    const real = (year: string, month: number, day: string, m: RegExpExecArray) =>
      isRealDate({ year: Number(year), month, day: Number(day) }) ? m[0].length : null;
    const iso = ISO_DATE.exec(s);
    if (iso) return real(iso[1] as string, Number(iso[2]), iso[3] as string, iso);
    const dotted = DOTTED_DATE.exec(s);
    if (dotted) return real(dotted[3] as string, Number(dotted[2]), dotted[1] as string, dotted);
    const slashed = SLASH_DATE.exec(s);
    if (!slashed) return null;
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    if (a > 12 && b <= 12) return real(slashed[3] as string, b, slashed[1] as string, slashed);
    if (b > 12 && a <= 12) return real(slashed[3] as string, a, slashed[2] as string, slashed);
    return null;
  };

  it("reads a day and month word of four characters, the fewest a date starting with a digit takes", () => {
    expect(readDate("3mai")?.length).toBe(4);
    expect(readDate("3jän")?.length).toBe(4);
    for (const short of ["3", "03", "3 m", "3ma", "12.", "2025"]) expect(readDate(short)).toBeNull();
  });

  it("reads every all-digit date the patterns read", () => {
    const loose = piecesOf(["0", "1", "3", "9", "12", "2025", "-", ".", "/", "T", " ", ":", "Z", "+"], 10);
    // Three numbers between marks, as dates are written, and sometimes a time after them.
    const number = fc.oneof(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 1790, max: 2210 }));
    const written = fc
      .tuple(
        number,
        number,
        number,
        fc.constantFrom(".", "/", "-"),
        fc.boolean(),
        fc.oneof(fc.constant(""), loose),
      )
      .map(([a, b, c, mark, padded, tail]) => {
        const pad = (n: number) => (padded ? String(n).padStart(2, "0") : String(n));
        return `${pad(a)}${mark}${pad(b)}${mark}${pad(c)}${tail}`;
      });
    fc.assert(
      fc.property(fc.oneof(loose, written), (s) => {
        expect(readDate(s)?.length ?? null).toBe(patternRead(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("splitSiteSuffix", () => {
  it("splits where /\\s[|–—-]\\s([^|–—-]{2,60})$/ finds the suffix", () => {
    const SUFFIX = /\s[|–—-]\s([^|–—-]{2,60})$/;
    const SITE_SHAPED =
      /(?:\.(?:com|net|org|info|news)|\.co\.[a-z]{2}|\b(?:News|Daily|Times|Post|Online|Today|Tribune|Herald|Journal|Gazette|Network|Wire|Newswire))$/;
    const reference = (headline: string) => {
      const start = SUFFIX.exec(headline)?.index ?? -1;
      const suffix = start === -1 ? "" : headline.slice(start + 3).trim();
      if (!suffix || !(agencyLine(suffix) || SITE_SHAPED.test(suffix)))
        return { suffix: null, rest: headline };
      return { suffix: headline.slice(start).trim(), rest: headline.slice(0, start).trim() };
    };
    const headline = piecesOf(
      ["Oil slips", " ", "\t", "-", "–", "—", "|", "Reuters", "AFP", "x", ".com", "é"],
      10,
    );
    const long = fc
      .tuple(headline, fc.integer({ min: 55, max: 65 }))
      .map(([h, n]) => `${h} - ${"y".repeat(n - 4)}.com`);
    fc.assert(
      fc.property(fc.oneof(headline, long), (h) => {
        expect(splitSiteSuffix(h)).toEqual(reference(h));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cleanHeadline", () => {
  it("strips the same ends whether or not the headline opens with a space", () => {
    // A space in front always takes the full stripping; the ends stripped are the same.
    const headline = piecesOf(
      ["Oil", " ", "  ", "\t", "|", ":", "–", "—", "-", "slips", "Kim Kim", "\u00a0"],
      10,
    );
    fc.assert(
      fc.property(fc.oneof(headline, fc.string({ maxLength: 8 })), (h) => {
        expect(cleanHeadline(h)).toBe(cleanHeadline(` ${h}`));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isPlaceShaped", () => {
  it("reads ASCII words in place as the words a split on white space finds", () => {
    const connectors = new Set([...PLACE_PARTICLES, "upon"]);
    const isPlaceWord = (word: string) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || connectors.has(word);
    const bySplit = (text: string) => {
      const words = splitSpaces(text, 5);
      const first = words[0] ?? "";
      return words.length <= 4 && words.every(isPlaceWord) && isPlaceWord(first) && !connectors.has(first);
    };
    const text = piecesOf(
      [
        "NEW",
        "Delhi",
        "de",
        "upon",
        "St.",
        "O'Hare",
        "Baden-",
        "x",
        "Ü",
        "São",
        "’s",
        "1",
        " ",
        "  ",
        "\t",
        "\u00a0",
      ],
      7,
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 12 })), (t) => {
        expect(isPlaceShaped(t)).toBe(bySplit(t));
      }),
      { numRuns: 5000 },
    );
    expect(isPlaceShaped("Rio de Janeiro")).toBe(true);
    expect(isPlaceShaped("de Janeiro")).toBe(false);
  });
});
