import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  APOSTROPHE,
  classOf,
  DIGIT,
  LETTER,
  LOWER,
  MARK,
  SPACE,
  splitSpaces,
  squashSpaces,
  UPPER,
} from "../src/chars.js";
import { tokens } from "../src/quotes/people.js";

/** Characters that exercise every class: ASCII, accents, combining marks, caseless letters, astral ones, spaces. */
const CHARS = [
  ..."aZ09 .,-'’\"()\t\n",
  "é",
  "É",
  "\u0301",
  "東",
  "ǅ",
  "ʰ",
  "ſ",
  "K",
  "ß",
  "𝐀",
  "𝐚",
  "😀",
  "\u00a0",
  "\u2003",
  "\ud800",
  "١",
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((chars) => chars.join(""));

describe("character classes", () => {
  it("are those of the Unicode property patterns they replace, across the BMP and beyond", () => {
    const classes: [RegExp, number][] = [
      [/^\p{Lu}$/u, UPPER],
      [/^\p{Ll}$/u, LOWER],
      [/^\p{L}$/u, LETTER],
      [/^\p{M}$/u, MARK],
      [/^\s$/u, SPACE],
      [/^\d$/u, DIGIT],
      [/^['’]$/u, APOSTROPHE],
    ];
    // Every character of the blocks whose classes are written out, then a sample of the rest.
    const written = (code: number) => code < 0x100 || (code >= 0x2000 && code <= 0x2070);
    for (let code = 0; code < 0x10000; code += written(code) ? 1 : 7) {
      const char = String.fromCodePoint(code);
      for (const [pattern, bit] of classes)
        expect((classOf(code) & bit) !== 0, `${code}`).toBe(pattern.test(char));
    }
    for (const code of [0x1d400, 0x1d41a, 0x1f600, 0x20000]) {
      expect((classOf(code) & LETTER) !== 0).toBe(/^\p{L}$/u.test(String.fromCodePoint(code)));
    }
  });

  it("tokenise text as the word pattern does", () => {
    const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}\d][\p{L}\p{M}\d'’-]*|[^\s\p{L}\d]/gu;
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(WORD)].map((m) => ({
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(tokens(t)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("squash and split on whitespace as /\\s+/ does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, limit) => {
        expect(squashSpaces(t)).toBe(t.replace(/\s+/g, " "));
        expect(splitSpaces(t)).toEqual(t.split(/\s+/));
        expect(splitSpaces(t, limit)).toEqual(t.split(/\s+/, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
