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

const LANGUAGES = Object.keys(STOPWORDS);

/** Each stopword to the indexes (in LANGUAGES) of the languages it belongs to. */
const LOOKUP = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of STOPWORDS[language] as string[]) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), index]);
});

/** No stopword is longer: a longer word is only counted, never looked up. */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((word) => word.length));

/** How much of the text is read: the first few hundred words tell the language as well as the rest. */
export const LANGUAGE_SAMPLE_CHARS = 5000;

/**
 * Words of small ASCII letters, as numbers (each letter a digit in base 27): the commonest words are looked
 * up without cutting a string out of the text for each.
 */
const ASCII_LOOKUP = new Map<number, number[]>();
for (const [word, languages] of LOOKUP) {
  if (/^[a-z]+$/.test(word)) ASCII_LOOKUP.set(asciiKey(word), languages);
}

function asciiKey(word: string): number {
  let key = 0;
  for (let k = 0; k < word.length; k++) key = key * 27 + (word.charCodeAt(k) - 0x60);
  return key;
}

function isSmallAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function guessLanguage(text: string): string | null {
  const scores = new Array<number>(LANGUAGES.length).fill(0);
  let seen = 0;
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase();
  const length = sample.length;
  // The words are runs of letters (`/\p{L}+/gu`), scanned by character class rather than matched one by one.
  // The sample is in small letters, so the only ASCII letters are a to z.
  let i = 0;
  while (i < length) {
    const start = i;
    let key = 0;
    let ascii = true;
    while (i < length) {
      const code = sample.charCodeAt(i);
      if (isSmallAscii(code)) {
        if (i - start < LONGEST) key = key * 27 + (code - 0x60);
        i++;
      } else if (code >= 0x80 && (classAt(sample, i) & LETTER) !== 0) {
        ascii = false;
        i += codePointAt(sample, i) > 0xffff ? 2 : 1;
      } else break;
    }
    if (i === start) {
      i++;
      continue;
    }
    seen++;
    if (i - start > LONGEST) continue;
    const languages = ascii ? ASCII_LOOKUP.get(key) : LOOKUP.get(sample.slice(start, i));
    if (languages) for (const index of languages) scores[index] = (scores[index] as number) + 1;
  }
  // A tie for first place gives null whichever comes first, so the order among equal scores does not matter.
  let best = -1;
  let second = -1;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k] as number;
    if (score === 0) continue;
    if (best === -1 || score > (scores[best] as number)) {
      second = best;
      best = k;
    } else if (second === -1 || score > (scores[second] as number)) second = k;
  }
  if (best === -1 || seen < 8 || (scores[best] as number) < 3) return null;
  return second !== -1 && (scores[second] as number) * 1.5 > (scores[best] as number)
    ? null
    : (LANGUAGES[best] as string);
}
