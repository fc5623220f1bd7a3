import { classAt, codePointAt, LETTER } from "./chars.js";

/**
 * A cheap guess at the story's language from its commonest short words: enough to tell the languages
 * the agencies file in apart. Null when the text is too short or no language stands out.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "in", "said", "that", "was", "for", "with", "on", "has", "his", "is"],
  fr: ["le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "a", "au", "sur"],
  de: ["der", "die", "das", "und", "den", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "im"],
  es: ["el", "los", "las", "del", "y", "que", "en", "por", "con", "una", "para", "se", "al", "su"],
  it: ["il", "di", "che", "della", "e", "per", "con", "non", "una", "sono", "gli", "del", "alla", "nel"],
};

const LANGUAGES = Object.keys(STOPWORDS);

/** Each stopword to the languages it belongs to, as bits by index in LANGUAGES. */
const LOOKUP = new Map<string, number>();
LANGUAGES.forEach((language, index) => {
  for (const word of STOPWORDS[language] as string[])
    LOOKUP.set(word, (LOOKUP.get(word) ?? 0) | (1 << index));
});

/** No stopword is longer: a longer word is only counted, never looked up. */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((word) => word.length));

/** How much of the text is read: the first few hundred words tell the language as well as the rest. */
export const LANGUAGE_SAMPLE_CHARS = 5000;

/**
 * The stopwords of ASCII letters as a letter trie: node n's child for letter c (1 to 26) is at n * 27 + c, 0 for
 * none, so a word is looked up as it is scanned, one table read a letter, with nothing cut out of the text.
 * `TRIE_LANGUAGES[n]` holds, as bits by index in LANGUAGES, the languages of the word ending at node n.
 */
const { trie: TRIE, languages: TRIE_LANGUAGES } = buildTrie();

function buildTrie(): { trie: Int32Array; languages: Uint8Array } {
  const words = [...LOOKUP].filter(([word]) => /^[a-z]+$/.test(word));
  const size = 1 + words.reduce((sum, [word]) => sum + word.length, 0);
  const trie = new Int32Array(size * 27);
  const languages = new Uint8Array(size);
  let nodes = 1;
  for (const [word, bits] of words) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = node * 27 + (word.charCodeAt(k) - 0x60);
      if (trie[slot] === 0) trie[slot] = nodes++;
      node = trie[slot] as number;
    }
    languages[node] = bits;
  }
  return { trie, languages };
}

/** Per BMP code unit from 0x80: 1 if lowercasing leaves it as it is, 2 if it changes it, 0 not asked yet. */
const LOWERS_SAME = new Uint8Array(0x10000);

/**
 * Does toLowerCase() leave the character at `i` (0x80 or above) as it is? Then lowercasing the sample would
 * only turn A-Z into a-z, which the scan does itself. A surrogate pair is asked whole, and not kept.
 */
function lowersSame(text: string, i: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) {
    const char = String.fromCodePoint(codePointAt(text, i));
    return char.toLowerCase() === char;
  }
  let known = LOWERS_SAME[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char.toLowerCase() === char ? 1 : 2;
    LOWERS_SAME[code] = known;
  }
  return known === 1;
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  // Most samples hold nothing that lowercasing would change beyond A-Z: they are read as they are. Any other
  // is lowercased whole first, as the scan's words are those of the lowercased text (which may differ in length).
  const scores = scoreWords(sample, true) ?? (scoreWords(sample.toLowerCase(), false) as Scores);
  return verdict(scores);
}

interface Scores {
  counts: number[];
  /** How many words were read, stopwords or not. */
  seen: number;
}

/**
 * The stopword counts of a sample, its words being runs of letters (`/\p{L}+/gu`) with A-Z read as a-z,
 * scanned by character class rather than matched one by one. With `strict`, null as soon as a character
 * beyond ASCII is met that lowercasing would change.
 */
function scoreWords(sample: string, strict: boolean): Scores | null {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  let seen = 0;
  const length = sample.length;
  let i = 0;
  while (i < length) {
    // Most of what lies between words is a space or a mark of ASCII: passed over with one table read.
    const first = sample.charCodeAt(i);
    if (first < 0x80 && ASCII_SLOT[first] === 0) {
      i++;
      continue;
    }
    const start = i;
    let node = 0;
    let ascii = true;
    while (i < length) {
      const code = sample.charCodeAt(i);
      if (code < 0x80) {
        const slot = ASCII_SLOT[code] as number;
        if (slot === 0) break;
        // Off the trie (-1) a word stays off it: its letters are only passed over.
        if (node !== -1) node = (TRIE[node * 27 + slot] as number) || -1;
        i++;
      } else {
        if (strict && !lowersSame(sample, i, code)) return null;
        if ((classAt(sample, i) & LETTER) === 0) break;
        ascii = false;
        i += codePointAt(sample, i) > 0xffff ? 2 : 1;
      }
    }
    if (i === start) {
      // Not a letter: a character beyond ASCII has been asked of above.
      i++;
      continue;
    }
    seen++;
    const languages = ascii
      ? node > 0
        ? (TRIE_LANGUAGES[node] as number)
        : 0
      : i - start > LONGEST
        ? 0
        : (LOOKUP.get(sample.slice(start, i).toLowerCase()) ?? 0);
    for (let index = 0; languages >> index !== 0; index++)
      if ((languages >> index) & 1) counts[index] = (counts[index] as number) + 1;
  }
  return { counts, seen };
}

/**
 * For each ASCII code, a letter's slot in the trie whichever its case (1 to 26: its low five bits, as A and a
 * share); 0 for any other character. One table read tells a letter and lowercases it.
 */
const ASCII_SLOT = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? code & 0x1f : 0,
);

function verdict({ counts: scores, seen }: Scores): string | null {
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
