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

/** A 32-bit FNV-1a hash of each word, lower-cased, in order. */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      if (inWord) out.push(h >>> 0);
      inWord = false;
      continue;
    }
    if (!inWord) h = 0x811c9dc5;
    inWord = true;
    if (code >= 65 && code <= 90) code |= 0x20;
    else if (code >= 0x80) code = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ code, 0x01000193);
  }
  if (inWord) out.push(h >>> 0);
  return out;
}
