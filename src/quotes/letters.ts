/**
 * Word shapes the quotes stage asks about again and again ("U.S.", "NASA", "DigitalEurope", "Korea's"), read
 * with the character table of chars.ts. Each answers exactly as the Unicode-property pattern in its comment,
 * without the cost of compiling that pattern on first use or running it per word.
 */
import { classAt, classOf, codePointAt, DIGIT, LETTER, LOWER, SPACE, UPPER, unitClass } from "../chars.js";

/** Width in UTF-16 units of a code point. */
const widthOf = (code: number) => (code > 0xffff ? 2 : 1);

/** `/\p{L}/u.test(text[i] ?? "")`: one UTF-16 unit is a letter (half a surrogate pair is not). */
export function unitIsLetter(text: string, i: number): boolean {
  return (unitClass(text, i) & LETTER) !== 0;
}

/** `/[\p{L}\d]/u.test(text[i] ?? "")` */
export function unitIsLetterOrDigit(text: string, i: number): boolean {
  return (unitClass(text, i) & (LETTER | DIGIT)) !== 0;
}

/** The classes of the code point that ends just before `end`, as a /u pattern reads it. */
function classBefore(text: string, end: number): number {
  if (end <= 0 || end > text.length) return 0;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classOf(codePointAt(text, end - 2));
  }
  return classOf(low);
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** `/^(?:\p{Lu}\.)+$/u`: initials, "U.S.", "J." */
export function isInitials(word: string): boolean {
  if (word.length === 0) return false;
  let i = 0;
  while (i < word.length) {
    const code = codePointAt(word, i);
    if (!(classOf(code) & UPPER)) return false;
    i += widthOf(code);
    if (word.charCodeAt(i) !== 0x2e) return false;
    i++;
  }
  return true;
}

/** `/^(?:\p{Lu}\.?){2,}$/u`: capitals, each maybe with a full stop: "UN", "U.S", "NATO". */
export function isCapitalsOrInitials(word: string): boolean {
  let capitals = 0;
  let i = 0;
  while (i < word.length) {
    const code = codePointAt(word, i);
    if (!(classOf(code) & UPPER)) return false;
    capitals++;
    i += widthOf(code);
    if (word.charCodeAt(i) === 0x2e) i++;
  }
  return capitals >= 2;
}

/** `/\p{L}['’]/u`: a letter with an apostrophe after it, anywhere in the word. */
export function hasLetterApostrophe(word: string): boolean {
  for (let k = 1; k < word.length; k++) {
    if (isApostrophe(word.charCodeAt(k)) && classBefore(word, k) & LETTER) return true;
  }
  return false;
}

/** `/\p{L}['’]s?$/u`: the word ends in a letter's apostrophe, maybe with an s. */
export function endsLetterApostrophe(word: string): boolean {
  const n = word.length;
  if (n >= 2 && isApostrophe(word.charCodeAt(n - 1)) && classBefore(word, n - 1) & LETTER) return true;
  return (
    n >= 3 &&
    word.charCodeAt(n - 1) === 0x73 &&
    isApostrophe(word.charCodeAt(n - 2)) &&
    (classBefore(word, n - 2) & LETTER) !== 0
  );
}

/** `/^\p{Lu}[\p{Lu}\d&-]+$/u`: "NASA", "G7", "AT&T". */
export function isAcronym(word: string): boolean {
  if (!(classAt(word, 0) & UPPER)) return false;
  let i = widthOf(codePointAt(word, 0));
  if (i >= word.length) return false;
  while (i < word.length) {
    const code = codePointAt(word, i);
    if (!(classOf(code) & (UPPER | DIGIT)) && code !== 0x26 && code !== 0x2d) return false;
    i += widthOf(code);
  }
  return true;
}

/** `/^\p{Lu}\p{Ll}+\p{Lu}/u`: "DigitalEurope", "SkyLink". */
export function isCamelCase(word: string): boolean {
  if (!(classAt(word, 0) & UPPER)) return false;
  let i = widthOf(codePointAt(word, 0));
  let small = 0;
  while (i < word.length) {
    const code = codePointAt(word, i);
    const bits = classOf(code);
    if (bits & LOWER) {
      small++;
      i += widthOf(code);
      continue;
    }
    return small > 0 && (bits & UPPER) !== 0;
  }
  return false;
}

/** `/^[\p{L}\d'’-]+$/u`: a word of letters, digits, apostrophes and hyphens. */
export function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  let i = 0;
  while (i < word.length) {
    const code = codePointAt(word, i);
    if (!(classOf(code) & (LETTER | DIGIT)) && !isApostrophe(code) && code !== 0x2d) return false;
    i += widthOf(code);
  }
  return true;
}

/** An ASCII word character, as `\b` reads one under the u flag without i: `[A-Za-z0-9_]`. */
function isWordUnit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

/** `/\b\p{Lu}$/u`: the text ends in a capital standing as a word of its own ("U.S. District"). */
export function endsWithLoneCapital(text: string): boolean {
  const n = text.length;
  if (n === 0 || !(classBefore(text, n) & UPPER)) return false;
  const low = text.charCodeAt(n - 1);
  const pair =
    low >= 0xdc00 &&
    low <= 0xdfff &&
    n >= 2 &&
    text.charCodeAt(n - 2) >= 0xd800 &&
    text.charCodeAt(n - 2) <= 0xdbff;
  const start = pair ? n - 2 : n - 1;
  const before = start > 0 && isWordUnit(text.charCodeAt(start - 1));
  return before !== isWordUnit(text.charCodeAt(start));
}

/** `/['’]s$/`: "Russia's", "Korea’s". */
export function endsApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 0x27 || mark === 0x2019;
}

/** `word.replace(/[.,]$/, "")`: the word without the full stop or comma a token may carry. */
export function withoutStop(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x2e || last === 0x2c ? word.slice(0, -1) : word;
}

/** The first character at or after `from` that is not whitespace, or "": `/^\s*,/` is `afterSpaces(text, 0) === ","`. */
export function afterSpaces(text: string, from: number): string {
  let i = from;
  while (i < text.length && unitClass(text, i) & SPACE) i++;
  return text.charAt(i);
}

/** The last character before `end` that is not whitespace, or "": `/,\s*$/` is `beforeSpaces(text, text.length) === ","`. */
export function beforeSpaces(text: string, end: number): string {
  let i = end;
  while (i > 0 && unitClass(text, i - 1) & SPACE) i--;
  return i > 0 ? text.charAt(i - 1) : "";
}

/** Marks that end a clause wherever they stand, and stops that end one before whitespace or the text's end. */
const CLAUSE_MARK = 1;
const CLAUSE_STOP = 2;
/** What each ASCII character is to a clause: a table read per character, as a set's lookup costs a hash. */
const ASCII_CLAUSE = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const ch = String.fromCharCode(code);
  if ('"'.includes(ch)) return CLAUSE_MARK;
  return ".!?;".includes(ch) ? CLAUSE_STOP : 0;
});
const CLAUSE_MARKS_BEYOND_ASCII = "“”«»„";

/**
 * Where `/[.!?;](?=\s|$)|["“”«»„]/` first matches in text[from, end) (the text cut at `end`, so a stop just
 * before `end` counts as before the text's end), or -1.
 */
export function clauseStopAt(text: string, from: number, end = text.length): number {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (CLAUSE_MARKS_BEYOND_ASCII.includes(text[i] as string)) return i;
      continue;
    }
    const kind = ASCII_CLAUSE[code] as number;
    if (kind === CLAUSE_MARK) return i;
    if (kind === CLAUSE_STOP && (i + 1 === end || unitClass(text, i + 1) & SPACE)) return i;
  }
  return -1;
}
