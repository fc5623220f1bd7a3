/**
 * Character classes by code point, for scanners on hot paths that would otherwise run a Unicode-property
 * regex once per character. Each character's classes are found when it is first met and kept: the commonest
 * blocks' are written out, any other character is asked of the very regexes they replace, so a class here is
 * exactly `\p{Lu}`, `\p{L}`, `\s`… (the tests compare the two across the BMP).
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

/**
 * The classes beyond ASCII, one capture group each in an order that makes them exclusive (a capital is a
 * letter, but the letter group is only reached by the other letters): one pattern to compile, not seven.
 */
const PROPERTIES = /^(?:(\p{Lu})|(\p{Ll})|(\p{L})|(\p{M})|(\s)|(\d)|(['’]))$/u;
/** The classes each group of PROPERTIES stands for. */
const GROUP_CLASSES = [UPPER | LETTER, LOWER | LETTER, LETTER, MARK, SPACE, DIGIT, APOSTROPHE];

function classify(code: number): number {
  const groups = PROPERTIES.exec(String.fromCodePoint(code));
  if (groups === null) return KNOWN;
  let group = 1;
  while (groups[group] === undefined) group++;
  return KNOWN | (GROUP_CLASSES[group - 1] as number);
}

/**
 * The classes of the characters most text holds, written out rather than asked of PROPERTIES, whose Unicode
 * property classes take longer to compile than a short parse takes to run: ASCII, Latin-1 and the general
 * punctuation block (curly quotes, dashes, odd spaces). Null for any other character. These blocks hold no
 * marks; their \s is the tab to the carriage return, the space, the no-break space and the spaces, line and
 * paragraph separators of U+2000 on.
 */
function writtenClass(code: number): number | null {
  if (code < 0x80) return asciiClass(code);
  if (code < 0x100) return latin1Class(code);
  if (code < 0x2000 || code > 0x206f) return null;
  if (code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f)
    return KNOWN | SPACE;
  return code === 0x2019 ? KNOWN | APOSTROPHE : KNOWN;
}

function asciiClass(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return KNOWN | UPPER | LETTER;
  if (code >= 0x61 && code <= 0x7a) return KNOWN | LOWER | LETTER;
  if (code >= 0x30 && code <= 0x39) return KNOWN | DIGIT;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return KNOWN | SPACE;
  return code === 0x27 ? KNOWN | APOSTROPHE : KNOWN;
}

/** U+0080 to U+00FF: capitals À-Þ and small letters ß-ÿ but for × and ÷, the ordinals ª º, the micro sign µ. */
function latin1Class(code: number): number {
  if (code === 0xd7 || code === 0xf7) return KNOWN;
  if (code >= 0xc0 && code <= 0xde) return KNOWN | UPPER | LETTER;
  if (code >= 0xdf || code === 0xb5) return KNOWN | LOWER | LETTER;
  if (code === 0xaa || code === 0xba) return KNOWN | LETTER;
  return code === 0xa0 ? KNOWN | SPACE : KNOWN;
}

/** The classes of a code point (a whole surrogate pair for characters beyond the BMP), as bits. */
export function classOf(code: number): number {
  if (code > 0xffff) return classify(code);
  let bits = BMP[code] as number;
  if (bits === 0) {
    bits = writtenClass(code) ?? classify(code);
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

/**
 * Does the text hold half of a surrogate pair (a character beyond the BMP, such as an emoji)? Without one its
 * characters are its units. Text of Latin-1 alone is answered without a look at it.
 */
export function holdsSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whitespace other than one plain space between words: where /\s+/ has more to do than a plain space would. */
const ODD_WHITESPACE = /[^\S ]| {2}/;
const WHITESPACE_RUN = /\s+/g;
/**
 * The runs /\s+/g would change: two characters or more, or one other than a plain space. Replacing these alone
 * gives what replacing every run would, without one replacement for each single space between words.
 */
const LOOSE_WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * `text.replace(/\s+/g, " ")`, which replaces every single space by itself: on text that is already single
 * spaced (most text, by the time it is asked) one test of the text is all it costs.
 */
export function squashSpaces(text: string): string {
  return ODD_WHITESPACE.test(text) ? text.replace(LOOSE_WHITESPACE, " ") : text;
}

/** `text.split(/\s+/, limit)`, as a plain split on " " when the text is single spaced. */
export function splitSpaces(text: string, limit?: number): string[] {
  return ODD_WHITESPACE.test(text) ? text.split(WHITESPACE_RUN, limit) : text.split(" ", limit);
}

/** Classes of the ASCII characters, for scanners that read them inline: most of a story is ASCII. */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classOf(code));
