/**
 * Words (runs of letters and digits) found by scanning character codes: on a big archive this runs over
 * every body twice, and a Unicode-class regex costs several times more than a look at each code.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return true; // half of a pair beyond the BMP: letters, mostly
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The number of words in text, counting no further than `enough`. */
export function wordCount(text: string, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < enough; i++) {
    const word = isWordCode(text.charCodeAt(i));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

function isSpaceCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export interface BodyScan {
  /** A 64-bit hash (16 hex digits) of the paragraphs' text, runs of white space counted as one space. */
  text: string;
  /** A 32-bit hash of each word, lower-cased, in order. */
  words: number[];
}

/** What each ASCII code is to the scan: white space, part of a word, or neither. */
const SPACE = 1;
const WORD = 2;
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++)
    table[code] = isSpaceCode(code) ? SPACE : isWordCode(code) ? WORD : 0;
  return table;
})();

/** The class of any code: the table for ASCII, the Unicode tests beyond. */
function classOf(code: number): number {
  if (code < 0x80) return ASCII_CLASS[code] as number;
  return isSpaceCode(code) ? SPACE : isWordCode(code) ? WORD : 0;
}

/**
 * One pass over a story's paragraphs for both of the duplicate rules' needs: a hash of the exact text
 * (white space aside) and the hashes of its words. Two independent 32-bit lanes make the text hash 64 bits:
 * on an archive of a million stories, the odds of two different bodies colliding are below one in 10^7.
 *
 * Written as one loop over locals, with a table for ASCII: it runs over every character of the archive.
 */
export function scanBody(paragraphs: readonly string[]): BodyScan {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const words: number[] = [];
  let started = false;
  for (const paragraph of paragraphs) {
    let pendingSpace = false;
    let inParagraph = false;
    let word = 0;
    let inWord = false;
    for (let i = 0; i < paragraph.length; i++) {
      let code = paragraph.charCodeAt(i);
      const kind = classOf(code);
      if (kind === SPACE) {
        pendingSpace = inParagraph;
      } else {
        if (!inParagraph && started) {
          a = Math.imul(a ^ 10, 0x01000193); // between paragraphs
          b = Math.imul(b ^ 10, 0x5bd1e995);
          b ^= b >>> 15;
        }
        if (pendingSpace) {
          a = Math.imul(a ^ 32, 0x01000193);
          b = Math.imul(b ^ 32, 0x5bd1e995);
          b ^= b >>> 15;
        }
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x5bd1e995);
        b ^= b >>> 15;
        inParagraph = true;
        started = true;
        pendingSpace = false;
      }
      if (kind !== WORD) {
        if (inWord) words.push(word >>> 0);
        inWord = false;
        continue;
      }
      if (!inWord) word = 0x811c9dc5;
      inWord = true;
      if (code >= 65 && code <= 90) code |= 0x20;
      else if (code >= 0x80) code = String.fromCharCode(code).toLowerCase().charCodeAt(0);
      word = Math.imul(word ^ code, 0x01000193);
    }
    if (inWord) words.push(word >>> 0);
  }
  return { text: started ? `${hex(a)}${hex(b)}` : "", words };
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}
