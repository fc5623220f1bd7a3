import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guessLanguage, LANGUAGE_SAMPLE_CHARS, STOPWORDS } from "../src/language.js";

/** The guess as first written: the sample lowercased whole, its words matched by a pattern. */
function plainGuess(text: string): string | null {
  const languages = Object.keys(STOPWORDS);
  const scores = languages.map(() => 0);
  const words =
    text
      .slice(0, LANGUAGE_SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words)
    languages.forEach((language, k) => {
      if (STOPWORDS[language]?.includes(word)) scores[k] = (scores[k] as number) + 1;
    });
  const order = scores.map((score, k) => ({ score, k })).sort((a, b) => b.score - a.score || a.k - b.k);
  const [first, second] = order as [{ score: number; k: number }, { score: number; k: number }];
  if (first.score === 0 || words.length < 8 || first.score < 3) return null;
  return second.score > 0 && second.score * 1.5 > first.score ? null : (languages[first.k] as string);
}

describe("guessLanguage", () => {
  it("tells the agencies' languages apart", () => {
    expect(
      guessLanguage("The minister said on Monday that the talks with the union were over and that was that."),
    ).toBe("en");
    expect(
      guessLanguage(
        "Le ministre a dit que les discussions avec les syndicats sont dans une impasse pour la semaine.",
      ),
    ).toBe("fr");
    expect(
      guessLanguage(
        "Der Minister sagte, die Gespräche mit der Gewerkschaft seien für das Kabinett nicht beendet.",
      ),
    ).toBe("de");
    expect(guessLanguage("Too short.")).toBeNull();
  });

  it("reads capitals and letters beyond ASCII as the lowercased text would", () => {
    expect(
      guessLanguage(
        "DER MINISTER SAGTE, DIE GESPRÄCHE MIT DER GEWERKSCHAFT SEIEN FÜR DAS KABINETT NICHT BEENDET.",
      ),
    ).toBe("de");
    // Lowercasing "İ" makes two characters, the second no letter: the words are those of the lowercased text.
    const dotted = "İN İN İN the the the a b c d e";
    expect(guessLanguage(dotted)).toBe(plainGuess(dotted));
  });

  it("answers as the whole-text lowercasing and word pattern do, for any text", () => {
    const pieces = [
      ...Object.values(STOPWORDS).flat(),
      ...["THE", "Und", "FÜR", "Für", "İn", "İ", "ΣΟΦΟΣ", "Σ", "K", "ß", "ǅ", "𐐀", "𝐀", "é", "É", "\u0301"],
      ...[" ", " ", "  ", ".", "’", "'", "“", "—", "\n", "1", "東京"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const text = parts.join("");
        expect(guessLanguage(text)).toBe(plainGuess(text));
      }),
      { numRuns: 600 },
    );
  });

  it("reads only the first LANGUAGE_SAMPLE_CHARS characters", () => {
    const text = `${"x ".repeat(LANGUAGE_SAMPLE_CHARS / 2)}${"the and of to in ".repeat(20)}`;
    expect(guessLanguage(text)).toBeNull();
  });
});
