/**
 * A cheap guess at the story's language from its commonest short words: enough to tell the languages
 * the agencies file in apart. Null when the text is too short or no language stands out.
 */
const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "in", "said", "that", "was", "for", "with", "on", "has", "his", "is"],
  fr: ["le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "a", "au", "sur"],
  de: ["der", "die", "das", "und", "den", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "im"],
  es: ["el", "los", "las", "del", "y", "que", "en", "por", "con", "una", "para", "se", "al", "su"],
  it: ["il", "di", "che", "della", "e", "per", "con", "non", "una", "sono", "gli", "del", "alla", "nel"],
};

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOPWORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

const LETTERS = /\p{L}+/gu;

export function guessLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  let seen = 0;
  const sample = text.slice(0, 5000).toLowerCase();
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(sample); m !== null; m = LETTERS.exec(sample)) {
    seen++;
    const languages = LOOKUP.get(m[0]);
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || seen < 8 || best[1] < 3) return null;
  return second && second[1] * 1.5 > best[1] ? null : best[0];
}
