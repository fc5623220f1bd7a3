/**
 * Character classes by code point, for scanners on hot paths that would otherwise run a Unicode-property
 * regex once per character. ASCII comes from a table built at start-up; any other character is asked of the
 * very regexes it replaces, once, and the answer kept, so a class here is exactly `\p{Lu}`, `\p{L}`, `\s`….
 */

export const UPPER = 1; // \p{Lu}
export const LOWER = 2; // \p{Ll}
export const LETTER = 4; // \p{L}
export const MARK = 8; // \p{M}
export const SPACE = 16; // \s (Unicode, as with the u flag)
export const DIGIT = 32; // \d: ASCII digits only, as in JavaScript regexes
export const APOSTROPHE = 64; // ' and ’, which name tokens keep inside words: "O'Brien", "Korea’s"
/** Set on every classified character, so that "no class at all" is told apart from "not asked yet". */
const KNOWN = 128;

/** Classes of the Basic Multilingual Plane, filled as characters are first met. */
const BMP = new Uint8Array(0x10000);

const PROPERTIES: [RegExp, number][] = [
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\s$/u, SPACE],
  [/^\d$/u, DIGIT],
  [/^['’]$/u, APOSTROPHE],
];

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  let bits = KNOWN;
  for (const [pattern, bit] of PROPERTIES) if (pattern.test(char)) bits |= bit;
  return bits;
}

for (let code = 0; code < 128; code++) BMP[code] = classify(code);

/** The classes of a code point (a whole surrogate pair for characters beyond the BMP), as bits. */
export function classOf(code: number): number {
  if (code > 0xffff) return classify(code);
  let bits = BMP[code] as number;
  if (bits === 0) {
    bits = classify(code);
    BMP[code] = bits;
  }
  return bits;
}

/** The code point at `i`: a surrogate pair is one character, as under a regex's u flag. */
export function codePointAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return high;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : high;
}

/** Classes of the character at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  return i < text.length ? classOf(codePointAt(text, i)) : 0;
}

/**
 * Classes of the one UTF-16 unit at `i` (0 outside the text): what a regex sees in `text[i]` alone, where half
 * a surrogate pair is no letter.
 */
export function unitClass(text: string, i: number): number {
  return i >= 0 && i < text.length ? classOf(text.charCodeAt(i)) : 0;
}

/** Does the text start with a capital letter (`/^\p{Lu}/u`)? */
export function startsUpper(text: string): boolean {
  return (classAt(text, 0) & UPPER) !== 0;
}

/** Does the text start with a small letter (`/^\p{Ll}/u`)? */
export function startsLower(text: string): boolean {
  return (classAt(text, 0) & LOWER) !== 0;
}

/** Does the text start with a letter (`/^\p{L}/u`)? */
export function startsLetter(text: string): boolean {
  return (classAt(text, 0) & LETTER) !== 0;
}

/**
 * Is every character of the text ASCII? Counting its UTF-8 bytes is a native pass many times faster than any
 * pattern: a text with no character beyond ASCII needs none of the searches for accents, mojibake or odd
 * Unicode spaces, and most scraped text is plain ASCII with entities for the rest.
 */
export function isAscii(text: string): boolean {
  return Buffer.byteLength(text, "utf8") === text.length;
}

/** Whitespace other than one plain space between words: where /\s+/ has more to do than a plain space would. */
const ODD_WHITESPACE = /[^\S ]| {2}/;
const WHITESPACE_RUN = /\s+/g;

/**
 * `text.replace(/\s+/g, " ")`, which replaces every single space by itself: on text that is already single
 * spaced (most text, by the time it is asked) one test of the text is all it costs.
 */
export function squashSpaces(text: string): string {
  return ODD_WHITESPACE.test(text) ? text.replace(WHITESPACE_RUN, " ") : text;
}

/** `text.split(/\s+/, limit)`, as a plain split on " " when the text is single spaced. */
export function splitSpaces(text: string, limit?: number): string[] {
  return ODD_WHITESPACE.test(text) ? text.split(WHITESPACE_RUN, limit) : text.split(" ", limit);
}
