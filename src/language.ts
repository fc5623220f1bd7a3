import { classAt, codePointAt, LETTER } from "./chars.js";

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

/** No stopword is longer: a longer word is only counted, never looked up. */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((word) => word.length));

/** A letter starts at `i`: ASCII answered inline, anything else by its Unicode class. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i) | 0x20;
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return (classAt(text, i) & LETTER) !== 0;
}

export function guessLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  let seen = 0;
  const sample = text.slice(0, 5000).toLowerCase();
  // The words are runs of letters (`/\p{L}+/gu`), scanned by character class rather than matched one by one.
  let i = 0;
  while (i < sample.length) {
    if (!isLetterAt(sample, i)) {
      i++;
      continue;
    }
    const start = i;
    do i += codePointAt(sample, i) > 0xffff ? 2 : 1;
    while (i < sample.length && isLetterAt(sample, i));
    seen++;
    if (i - start > LONGEST) continue;
    const languages = LOOKUP.get(sample.slice(start, i));
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || seen < 8 || best[1] < 3) return null;
  return second && second[1] * 1.5 > best[1] ? null : best[0];
}
