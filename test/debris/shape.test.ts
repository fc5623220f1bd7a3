import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEBRIS_RULES } from "../../src/debris/index.js";
import {
  fitsShape,
  readShape,
  type Shape,
  type ShapeData,
  shapeFromData,
  shapeKey,
  shapeOf,
  shapeToData,
} from "../../src/debris/shape.js";
import { STORED_SHAPES } from "../../src/debris/shapes.data.js";
import { normalise } from "../../src/normalise.js";
import { fixtureCases, fixtureInput } from "../helpers/fixtures.js";

/** The ASCII characters a table (bits, 32 codes a word) allows, as a string, or null for any. */
const allowed = (table: Uint32Array | null) =>
  table === null
    ? null
    : Array.from({ length: 128 }, (_, code) =>
        ((table[code >>> 5] as number) >>> (code & 31)) & 1 ? String.fromCharCode(code) : "",
      ).join("");

const describeShape = (shape: Shape) => ({
  first: allowed(shape.first),
  last: allowed(shape.last),
  longest: shape.longest,
});

describe("the shape of the lines a pattern can match", () => {
  it("reads first and last characters and the longest line from anchored patterns", () => {
    expect(describeShape(shapeOf(/^(?:Advertisement|Ad|Werbung)$/))).toEqual({
      first: "AW",
      last: "dgt",
      longest: 13,
    });
    expect(describeShape(shapeOf(/^\(?(?:Reporting|Editing) by [^\n]{2,20}\)$/))).toEqual({
      first: "(ER",
      last: ")",
      longest: 1 + 9 + 4 + 20 + 1,
    });
    // Caseless: both cases of each letter; and only the end is anchored here.
    expect(describeShape(shapeOf(/(?:Enditem|-0-)[ \t]{0,3}$/i))).toEqual({
      first: null,
      last: "\t -Mm",
      longest: Number.POSITIVE_INFINITY,
    });
  });

  it("lets a nullable start, a lookaround or an unknown construct through", () => {
    expect(shapeOf(/^x?/).first).toBeNull();
    expect(allowed(shapeOf(/^(?=a)[ab]c$/).first)).toBe("ab");
    expect(shapeOf(/^(a)\1$/).first).toBeNull();
    expect(shapeOf(/^a$/m).first).toBeNull();
    expect(shapeOf(/^a|^b/).first).toBeNull();
  });

  it("counts astral characters as two units and leaves non-ASCII starts to the pattern", () => {
    const emoji = shapeOf(/^[\p{L}😀]{1,3}$/u);
    expect(emoji.longest).toBe(6);
    expect(emoji.firstBeyondAscii).toBe(true);
    expect(fitsShape(emoji, "😀😀😀")).toBe(true);
    // "ſ" folds onto "s" when caseless: a class beyond ASCII says nothing about ASCII then.
    expect(shapeOf(/^[ſ-ſ]x$/iu).first).toBeNull();
  });

  it("keeps ASCII and the rest apart in caseless patterns without the u flag, which never fold one onto the other", () => {
    const related = shapeOf(/^(?:À lire aussi|Zum Thema)$/i);
    expect(allowed(related.first)).toBe("Zz");
    expect(related.firstBeyondAscii).toBe(true);
    expect(fitsShape(related, "à lire aussi")).toBe(true);
    expect(fitsShape(related, "| Zum Thema")).toBe(false);
    expect(shapeOf(/^k$/i).firstBeyondAscii).toBe(false);
    expect(/^k$/i.test("\u212a")).toBe(false);
    // Under the u flag the Kelvin sign is a k.
    expect(shapeOf(/^k$/iu).firstBeyondAscii).toBe(true);
    expect(/^k$/iu.test("\u212a")).toBe(true);
    expect(shapeOf(/^À$/iu).first).toBeNull();
  });

  it("bounds a line by characters, where a letter class under the u flag may take two units", () => {
    const name = shapeOf(/^[\p{L} ]{2,5}$/u);
    expect(name.longest).toBe(10);
    expect(name.longestChars).toBe(5);
    expect(fitsShape(name, "Dpa")).toBe(true);
    expect(fitsShape(name, "Agency")).toBe(false);
    // A line with a surrogate pair is left to the pattern: six units may be three letters beyond the BMP.
    expect(fitsShape(name, "𝐀𝐁𝐂")).toBe(true);
    expect(/^[\p{L} ]{2,5}$/u.test("𝐀𝐁𝐂")).toBe(true);
    // Without one, a line's characters are its units, accented or not.
    expect(fitsShape(name, "Agençe")).toBe(false);
    expect(fitsShape(name, "Agençe", true)).toBe(false);
    expect(fitsShape(name, "Agé")).toBe(true);
  });

  it("never hides a match: every fixture line a rule's pattern matches fits its shape", () => {
    const lines = fixtureCases().flatMap((name) =>
      normalise(fixtureInput(name).toString("utf8"))
        .split("\n")
        .flatMap((line) => [line, line.trim()]),
    );
    let matched = 0;
    for (const rule of DEBRIS_RULES) {
      const shape = shapeOf(rule.pattern);
      for (const line of lines) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(line)) continue;
        matched++;
        expect(fitsShape(shape, line), `${rule.id} ${rule.pattern}: ${line}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("never hides a match of generated patterns on generated text", () => {
    const atoms = [
      "a",
      "B",
      "\\.",
      "[a-c]",
      "[^x]",
      "\\s",
      "\\d",
      "\\w",
      ".",
      "(?:ab|c)",
      "(?:x|)",
      "é",
      "\\p{Lu}",
    ];
    const more = ["(?=a)", "\\b", "[\\s,]", "-", "K", "ſ", "😀", "[😀-😂]", "\\u{1F600}", "(?<n>d)", " "];
    const pattern = fc
      .record({
        start: fc.boolean(),
        end: fc.boolean(),
        parts: fc.array(
          fc.tuple(
            fc.constantFrom(...atoms, ...more),
            fc.constantFrom("", "", "?", "*", "+", "{0,3}", "{1,2}", "??"),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        flags: fc.constantFrom("", "u", "i", "iu", "g"),
      })
      .map(({ start, end, parts, flags }) => {
        const body = parts.map(([atom, quantifier]) => (atom.startsWith("(?=") ? atom : atom + quantifier));
        return { source: `${start ? "^" : ""}${body.join("")}${end ? "$" : ""}`, flags };
      });
    const text = fc
      .array(
        fc.constantFrom("a", "b", "B", "c", "x", ".", " ", "é", "K", "k", "s", "ſ", "😀", "1", "-", "d"),
        {
          minLength: 1,
          maxLength: 8,
        },
      )
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 20, maxLength: 20 }), ({ source, flags }, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(source, flags);
        } catch {
          return;
        }
        const shape = shapeOf(re);
        for (const t of texts) {
          re.lastIndex = 0;
          if (re.test(t)) expect(fitsShape(shape, t), `${re} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("stored shapes", () => {
  it("are the shapes read from each built-in rule's pattern, and every rule has one (else: npm run shapes)", () => {
    const stored = new Map(STORED_SHAPES);
    for (const rule of DEBRIS_RULES) {
      const data = stored.get(shapeKey(rule.pattern));
      expect(data, `${rule.id}: no stored shape; run npm run shapes`).toBeDefined();
      expect(shapeFromData(data as ShapeData), rule.id).toEqual(readShape(rule.pattern));
      expect(shapeOf(rule.pattern), rule.id).toEqual(readShape(rule.pattern));
    }
  });

  it("keep their tables bit for bit as data", () => {
    fc.assert(
      fc.property(
        fc.option(fc.uint32Array({ minLength: 4, maxLength: 4 })),
        fc.option(fc.uint32Array({ minLength: 4, maxLength: 4 })),
        fc.boolean(),
        fc.option(fc.nat()),
        fc.option(fc.nat()),
        (first, last, beyond, longest, longestChars) => {
          const shape = {
            first,
            firstBeyondAscii: beyond,
            last,
            lastBeyondAscii: !beyond,
            longest: longest ?? Number.POSITIVE_INFINITY,
            longestChars: longestChars ?? Number.POSITIVE_INFINITY,
          };
          expect(shapeFromData(shapeToData(shape))).toEqual(shape);
        },
      ),
    );
  });

  it("are used only for the very pattern they were read from", () => {
    const [key] = STORED_SHAPES[0] as readonly [string, ShapeData];
    const body = key.slice(1, key.lastIndexOf("/"));
    // Same source, other flags: read afresh, not taken from the store.
    const other = new RegExp(body, "y");
    expect(shapeOf(other)).toEqual(readShape(other));
  });
});
