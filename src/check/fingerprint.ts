/**
 * What the duplicate rules keep of a story: a hash of its body for exact copies, and a MinHash signature
 * of its word shingles for near copies (the same dispatch under another headline, or lightly edited).
 *
 * The signature is one-permutation MinHash: each shingle is hashed once, the hash's top bits pick one of
 * SIGNATURE_SIZE bins and the rest compete for that bin's minimum; empty bins borrow from the next full
 * one (rotation). Two signatures agree in about as many bins as the share of shingles the stories have in
 * common (their Jaccard similarity). Banding then finds the candidates in one pass over the archive:
 * stories alike enough agree on every bin of at least one band, and only stories sharing a band are ever
 * compared.
 */

import { mix32 } from "../hash.js";
import type { Dispatch } from "../record.js";
import { text } from "./fields.js";
import type { Fingerprint } from "./types.js";
import { scanBody } from "./words.js";

export const SIGNATURE_SIZE = 64;
/** 16 bands of 4 bins: stories 80% alike share a band with probability above 0.999, 30% alike 0.12. */
export const BAND_ROWS = 4;
export const BANDS = SIGNATURE_SIZE / BAND_ROWS;
/** Words a shingle: long enough that unrelated stories share few, short enough that an edit costs few. */
const SHINGLE_WORDS = 4;
const BIN_BITS = 6; // 2^6 = SIGNATURE_SIZE bins
const VALUE_BITS = 32 - BIN_BITS;
const EMPTY = 0xffffffff;

/** The story's fingerprint, or null when it has no body text to compare. */
export function fingerprint(record: Dispatch): Fingerprint | null {
  const body: unknown = record.body;
  const scan = scanBody(Array.isArray(body) ? body.filter((p): p is string => typeof p === "string") : []);
  if (scan.text === "") return null;
  return { body: scan.text, signature: signature(scan.words), headline: text(record.headline) };
}

export function signature(words: readonly number[]): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++)
      h = Math.imul(h ^ (words[k] as number), 0x01000193);
    h = mix32(h);
    const bin = h >>> VALUE_BITS;
    const value = h & ((1 << VALUE_BITS) - 1);
    if (value < (sig[bin] as number)) sig[bin] = value;
  }
  densify(sig);
  return sig;
}

/** An empty bin takes the value of the next full bin to its right, marked by how far it went. */
function densify(sig: Uint32Array): void {
  if (sig.every((v) => v === EMPTY)) return;
  const filled = Uint32Array.from(sig);
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (sig[bin] !== EMPTY) continue;
    for (let step = 1; step < SIGNATURE_SIZE; step++) {
      const next = sig[(bin + step) % SIGNATURE_SIZE] as number;
      if (next !== EMPTY) {
        filled[bin] = next + step * 2 ** VALUE_BITS;
        break;
      }
    }
  }
  sig.set(filled);
}

/** The share of bins two signatures agree on: an estimate of their stories' Jaccard similarity. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** similarity() of the two signatures stored at offsets `a` and `b` of an array of many. */
export function similarityAt(sigs: Uint32Array, a: number, b: number): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (sigs[a + i] === sigs[b + i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One band of a signature as a 32-bit key. */
export function bandKey(sig: Uint32Array, band: number): number {
  return bandKeyAt(sig, 0, band);
}

/** bandKey() of the signature stored at `at` in an array of many. */
export function bandKeyAt(sigs: Uint32Array, at: number, band: number): number {
  let h = 0x811c9dc5;
  for (let i = at + band * BAND_ROWS; i < at + (band + 1) * BAND_ROWS; i++)
    h = Math.imul(h ^ (sigs[i] as number), 0x01000193);
  return mix32(h);
}
