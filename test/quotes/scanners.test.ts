import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  afterSpaces,
  beforeSpaces,
  clauseStopAt,
  endsApostropheS,
  endsLetterApostrophe,
  endsWithLoneCapital,
  hasLetterApostrophe,
  isAcronym,
  isCamelCase,
  isCapitalsOrInitials,
  isInitials,
  isPlainWord,
  unitIsLetter,
  unitIsLetterOrDigit,
  withoutStop,
} from "../../src/quotes/letters.js";
import {
  capitalisedRun,
  capitalisedRuns,
  genderAfter,
  maskNicknames,
  ownedName,
  sentenceSpans,
  tokens,
} from "../../src/quotes/people.js";
import { TokenTable } from "../../src/quotes/tokens.js";

/**
 * The hand scanners of the quotes stage against the patterns they replace: the same answers on text made of
 * the characters that decide them (stops, marks, capitals within and beyond ASCII, abbreviations, spaces).
 */
const PIECES = [
  "a",
  "z",
  "A",
  "Z",
  "É",
  "é",
  "ǅ",
  "𝐀",
  "中",
  "1",
  " ",
  "  ",
  "\u00a0",
  "\t",
  ".",
  "!",
  "?",
  ",",
  ":",
  ";",
  "\n",
  "-",
  "'",
  "’",
  '"',
  "“",
  "”",
  "‘",
  "«",
  "»",
  "„",
  "Mr.",
  "Mrs.",
  "U.S.",
  "a.m.",
  "St.",
  "He",
  "said",
  "Putin",
  "&",
  "_",
  "s",
  "\ud835",
  "\udc00",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

const SENTENCE_END = /[.!?]["'”’»]{0,2} (?=["'“‘«»„]?\p{Lu})/gu;
const ABBREVIATION = /^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|St\.|U\.S\.|a\.m\.|p\.m\.)$/u;

function sentencesByPattern(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(t); m !== null; m = SENTENCE_END.exec(t)) {
    const word = /(\S+)$/.exec(t.slice(Math.max(0, m.index - 12), m.index + 1))?.[1] ?? "";
    if (ABBREVIATION.test(word)) continue;
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  out.push({ start, end: t.length });
  return out;
}

const NICKNAME = /(?<=\p{Lu}[\p{L}.'’-]{0,30} )["“'‘]\p{Lu}[^"“”'‘’\n]{0,40}["”'’](?= \p{Lu})/gu;

function genderByPattern(t: string, end: number): "m" | "f" | null {
  const m = /^[^.!?"“”]{0,60}?\b(he|his|him|she|her)\b/.exec(t.slice(end, end + 70));
  if (!m || /\b\p{Lu}\p{Ll}+\b/u.test(m[0].slice(0, m[0].length - (m[1] as string).length))) return null;
  return /^(?:he|his|him)$/.test(m[1] as string) ? "m" : "f";
}

/** Text about people: names, nicknames in marks (some of them near misses), pronouns. */
const pick = (...pieces: string[]) => fc.constantFrom(...pieces);
const nicknameLike = fc
  .tuple(
    pick(
      "Jim",
      "J.",
      "O'Neil",
      "al-Amin",
      "Jean-luc",
      "B𝐚x",
      "Éric",
      "𝐀b",
      "jim",
      "x",
      `A${"x".repeat(30)}`,
      `A${"x".repeat(31)}`,
      "",
    ),
    pick(" ", "  ", "", "\n"),
    pick('"', "“", "'", "‘", "”", "«"),
    pick("B", "É", "𝐀", "b", "ǅ", ""),
    pick("o", "", "ob by", "é\u00a0x", "o\nb", "x".repeat(39), "x".repeat(40), "\ud835", "o“b"),
    pick('"', "”", "'", "’", "“", ""),
    pick(" ", "", ", "),
    pick("Smith", "É", "𝐀", "smith", "he", "his", ""),
  )
  .map((parts) => parts.join(""));
const aboutPeople = fc
  .array(fc.oneof(nicknameLike, fc.constantFrom(...PIECES, "he", "his", "him", "she", "her", "hers", "_")), {
    maxLength: 8,
  })
  .map((pieces) => pieces.join(""));

const TOKEN = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}\d][\p{L}\p{M}\d'’-]*|[^\s\p{L}\d]/gu;

describe("quotes scanners agree with the patterns they replace", () => {
  it("sentenceSpans", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(sentenceSpans(t)).toEqual(sentencesByPattern(t));
      }),
    );
    expect(sentenceSpans("Mr. Dahl left. He said no. U.S. forces stayed.")).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 27 },
      { start: 27, end: 46 },
    ]);
  });

  it("maskNicknames", () => {
    fc.assert(
      fc.property(aboutPeople, (t) => {
        expect(maskNicknames(t)).toBe(t.replace(NICKNAME, (nick) => " ".repeat(nick.length)));
      }),
      { numRuns: 2000 },
    );
    expect(maskNicknames('Jim "Bo" Smith and Ana ‘Lula’ Reyes')).toBe("Jim      Smith and Ana        Reyes");
    for (const t of [
      'Jean-luc "Bo" Smith',
      'B𝐚x "Bo" Smith',
      `A${"x".repeat(31)} "Bo" Smith`,
      "Al “𝐀b” Smith",
    ])
      expect(maskNicknames(t)).toBe(t.replace(NICKNAME, (nick) => " ".repeat(nick.length)));
  });

  it("genderAfter", () => {
    fc.assert(
      fc.property(aboutPeople, fc.nat(20), (t, end) => {
        expect(genderAfter(t, end)).toBe(genderByPattern(t, end));
      }),
      { numRuns: 2000 },
    );
    expect(genderAfter("Lang defended his record", 4)).toBe("m");
    expect(genderAfter("Lang met Kim and her aides", 4)).toBe(null);
  });

  it("ownedName", () => {
    const names = fc
      .array(fc.constantFrom(...PIECES, "'s ", "’s ", "\r", "\u2028", "x".repeat(30)), { maxLength: 12 })
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(names, (t) => {
        expect(ownedName(t)).toBe(/^.{1,60}?['’]s (.+)$/.exec(t)?.[1] ?? null);
      }),
      { numRuns: 1000 },
    );
    expect(ownedName("Ukraine's Air Force")).toBe("Air Force");
    expect(ownedName(`${"X".repeat(60)}'s Air Force`)).toBe("Air Force");
    expect(ownedName(`${"X".repeat(61)}'s Air Force`)).toBe(null);
  });

  it("tokens", () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(TOKEN)].map((m) => ({
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(tokens(t)).toEqual(expected);
      }),
    );
  });
});

/** The runs as found over the whole text's tokens: each capitalised token not inside a run starts one. */
function runsOfWholeText(t: string): [number, number][] {
  const table = TokenTable.whole(t);
  const runs: [number, number][] = [];
  for (let i = 0; i < table.length; ) {
    const j = table.capitalisedAt(i) ? capitalisedRun(table, i) : i;
    if (j > i) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Text with stretches long enough that the words before a run are read from the whole text's table. */
const longChunks = fc
  .array(fc.constantFrom(...PIECES, "x".repeat(150), "-".repeat(140), "A-".repeat(80)), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

describe("capitalised runs read only around capitals", () => {
  it("finds the runs, and the tokens around each, of the whole text", () => {
    fc.assert(
      fc.property(fc.oneof(text, longChunks), (t) => {
        const whole = TokenTable.whole(t);
        const expected = runsOfWholeText(t);
        const read: [number, number][] = [];
        const runs = capitalisedRuns(t, (toks, end) => {
          const i = whole.indexOf(toks.start(0));
          read.push([i, i + end]);
          for (let k = -8; k <= 8; k++) {
            expect(toks.has(k)).toBe(whole.has(i + k));
            expect(toks.word(k)).toBe(whole.word(i + k));
            expect(toks.capitalisedAt(k)).toBe(whole.capitalisedAt(i + k));
            if (whole.has(i + k))
              expect([toks.start(k), toks.end(k)]).toEqual([whole.start(i + k), whole.end(i + k)]);
          }
        });
        expect(read).toEqual(expected);
        expect(runs).toEqual(expected.flatMap(([i, j]) => [whole.start(i), j - i]));
      }),
      { numRuns: 500 },
    );
  });
});

describe("word shapes agree with the patterns they replace", () => {
  const shapes: [string, (word: string) => boolean, RegExp][] = [
    ["isInitials", isInitials, /^(?:\p{Lu}\.)+$/u],
    ["isCapitalsOrInitials", isCapitalsOrInitials, /^(?:\p{Lu}\.?){2,}$/u],
    ["hasLetterApostrophe", hasLetterApostrophe, /\p{L}['’]/u],
    ["endsLetterApostrophe", endsLetterApostrophe, /\p{L}['’]s?$/u],
    ["isAcronym", isAcronym, /^\p{Lu}[\p{Lu}\d&-]+$/u],
    ["isCamelCase", isCamelCase, /^\p{Lu}\p{Ll}+\p{Lu}/u],
    ["isPlainWord", isPlainWord, /^[\p{L}\d'’-]+$/u],
    ["endsWithLoneCapital", endsWithLoneCapital, /\b\p{Lu}$/u],
    ["endsApostropheS", endsApostropheS, /['’]s$/],
    ["afterSpaces: a comma first", (t) => afterSpaces(t, 0) === ",", /^\s*,/],
    ["beforeSpaces: a comma last", (t) => beforeSpaces(t, t.length) === ",", /,\s*$/],
    [
      "beforeSpaces: a colon or comma last",
      (t) => ":,".includes(beforeSpaces(t, t.length) || "-"),
      /[:,]\s*$/,
    ],
  ];
  for (const [name, shape, pattern] of shapes) {
    it(name, () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(shape(t)).toBe(pattern.test(t));
        }),
        { numRuns: 500 },
      );
    });
  }

  it("clauseStopAt", () => {
    fc.assert(
      fc.property(text, fc.nat(12), (t, from) => {
        const found = t.slice(from).search(/[.!?;](?=\s|$)|["“”«»„]/);
        expect(clauseStopAt(t, from)).toBe(from < t.length && found !== -1 ? from + found : -1);
      }),
      { numRuns: 500 },
    );
  });

  it("clauseStopAt within a text cut short", () => {
    fc.assert(
      fc.property(text, fc.nat(12), fc.nat(60), (t, from, cut) => {
        const end = Math.min(t.length, from + cut);
        expect(clauseStopAt(t, from, end)).toBe(clauseStopAt(t.slice(0, end), from));
      }),
      { numRuns: 500 },
    );
  });

  it("withoutStop", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(withoutStop(t)).toBe(t.replace(/[.,]$/, ""));
      }),
    );
  });

  it("unitIsLetter and unitIsLetterOrDigit read one UTF-16 unit", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 41 }), (t, i) => {
        expect(unitIsLetter(t, i)).toBe(/\p{L}/u.test(t[i] ?? ""));
        expect(unitIsLetterOrDigit(t, i)).toBe(/[\p{L}\d]/u.test(t[i] ?? ""));
      }),
    );
  });
});
