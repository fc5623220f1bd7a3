import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BEYOND_NFC_INERT, cleanText, decodeEntities, normalise, squash } from "../src/normalise.js";

describe("normalise", () => {
  it("decodes named and numeric HTML entities once", () => {
    expect(decodeEntities("Tom &amp; Jerry &#8220;hi&#8221; &#x2014; &mdash;")).toBe("Tom & Jerry “hi” — —");
    expect(decodeEntities("&amp;amp; stays one layer")).toBe("&amp; stays one layer");
    expect(decodeEntities("&notanentity; and & alone, AT&T, R&D")).toBe(
      "&notanentity; and & alone, AT&T, R&D",
    );
  });

  it("knows every HTML5 entity name, and the Windows-1252 meaning of &#128;–&#159;", () => {
    expect(decodeEntities("&oslash; &Scaron; &frac12; &rsaquo; &hearts; &NotEqualTilde;")).toBe(
      "ø Š ½ › ♥ ≂̸",
    );
    expect(decodeEntities("&#150; &#147;x&#148;")).toBe("– “x”");
  });

  it("leaves references to nothing as written", () => {
    expect(decodeEntities("&#0; &#xD800; &#1114112; &#65533;")).toBe("&#0; &#xD800; &#1114112; �");
  });

  it("decodes entities escaped twice, with a note on their line", () => {
    const cleaned = cleanText("Line one\n&amp;#8220;Quoted&amp;#8221; &amp;quot;x&amp;quot;");
    expect(cleaned.text).toBe('Line one\n“Quoted” "x"');
    expect(cleaned.diagnostics).toEqual([
      {
        code: "entities-double-escaped",
        message: "decoded 4 HTML entities escaped twice (such as &amp;#8220; for “)",
        severity: "info",
        line: 2,
        column: 1,
      },
    ]);
  });

  it("never makes a line break out of an entity, so line numbers hold", () => {
    expect(normalise("a&#13;&#10;b&NewLine;c&#8232;d")).toBe("a  b c d");
  });

  it("keeps one line per input line, whatever the line ending", () => {
    expect(normalise("a\r\nb\rc\u2028d\u2029e\u0085f\n\ng")).toBe("a\nb\nc\nd\ne\nf\n\ng");
  });

  it("removes invisible characters and turns odd spaces into plain ones", () => {
    expect(normalise("Ky\u00adiv\u200b said\u00a0it\tnow\u2009\u202fthen\u200e\ufeff")).toBe(
      "Kyiv said it now  then",
    );
    expect(normalise("bell\u0007 and C1\u0080\u009f gone")).toBe("bell and C1 gone");
  });

  it("keeps zero-width joiners only where they join something: emoji, Indic and Arabic script", () => {
    expect(normalise("a\u200db \u200d 👨\u200d👩\u200d👧 क्\u200dष")).toBe("ab  👨\u200d👩\u200d👧 क्\u200dष");
  });

  it("composes to NFC", () => {
    expect(normalise("Cafe\u0301 Zu\u0308rich")).toBe("Café Zürich");
  });

  it("repairs mojibake, with a note naming examples and the line", () => {
    const cleaned = cleanText("Headline\nHe said â€œitâ€™s fineâ€\u009d at the cafÃ©.");
    expect(cleaned.text).toBe("Headline\nHe said “it’s fine” at the café.");
    expect(cleaned.diagnostics).toEqual([
      {
        code: "mojibake-repaired",
        message:
          "repaired 4 characters garbled by decoding UTF-8 as Windows-1252 (â€œ → “, â€™ → ’, â€\u009d → ”)",
        severity: "info",
        line: 2,
        column: null,
      },
    ]);
  });

  it("squashes whitespace", () => {
    expect(squash("  a \n  b  ")).toBe("a b");
  });

  it("squashes as replacing each run of whitespace by a space and trimming would, text already single spaced or not", () => {
    const piece = fc.constantFrom(
      "a",
      "Bc",
      " ",
      "  ",
      "\t",
      "\n",
      "\u00a0",
      "\u2009",
      "\u3000",
      "\ufeff",
      "é",
      ".",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(squash(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("NFC shortcut", () => {
  it("passes over only characters that NFC leaves as they are, alone and in every pair", () => {
    const inert: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (!BEYOND_NFC_INERT.test(char)) inert.push(char);
    }
    expect(inert.length).toBeGreaterThan(800);
    // A string is NFC when each character is and no two side by side compose or reorder.
    for (const first of inert) {
      expect(first.normalize("NFC")).toBe(first);
      for (const second of inert) {
        const pair = first + second;
        if (pair.normalize("NFC") !== pair) expect(pair).toBe(pair.normalize("NFC"));
      }
    }
  });

  it("still composes text that needs it", () => {
    expect(cleanText("Cafe\u0301 “de\u0301ja\u0300” \u212b").text).toBe("Café “déjà” Å");
  });
});
