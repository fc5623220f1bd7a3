/**
 * Repairs mojibake: text whose UTF-8 bytes were once read as Windows-1252 or Latin-1, so that “ shows as
 * â€œ, ’ as â€™ and é as Ã©. Each garbled run is turned back into the bytes it was read from; where those
 * bytes are a valid UTF-8 sequence of a character real copy holds, the character replaces the run.
 *
 * Repairs happen only where the garbling is evident: a three- or four-byte sequence (â€œ) never occurs in
 * real text, nor does Ã or Â before a symbol; any other pair (Å¡ for š) counts only beside a lower-case
 * letter or more of the same, so "„SPAß“" and "PERÒ”" stay as written. One pass over the text, repeated
 * while it finds something (text garbled twice, Ã¢â‚¬â„¢, needs two), at most three times.
 */
import { isAscii, startsLower } from "../chars.js";
import { highByteOf } from "./cp1252.js";

export interface MojibakeRepair {
  text: string;
  /** Garbled sequences replaced, over all passes. */
  count: number;
  /** Offset in the input of the first one (-1 when none), for a diagnostic's line. */
  firstAt: number;
  /** A few of the first pass's repairs, as written and as repaired: ["â€™", "’"]. */
  examples: [string, string][];
}

const MAX_PASSES = 3;
const MAX_EXAMPLES = 3;

export function repairMojibake(text: string): MojibakeRepair {
  const result: MojibakeRepair = { text, count: 0, firstAt: -1, examples: [] };
  if (!mayHoldMojibake(text)) return result;
  for (let round = 0; round < MAX_PASSES; round++) {
    const pass = repairPass(result.text, round === 0 ? result.examples : null);
    if (pass.count === 0) break;
    if (round === 0) result.firstAt = pass.firstAt;
    result.count += pass.count;
    result.text = pass.text;
  }
  if (result.count > 0) result.text = closeOrphans(result.text, result);
  result.text = restoreAGrave(result.text, result);
  return result;
}

/**
 * à is C3 A0, garbled to "Ã" and a no-break space, which a scraper often turns into a plain space: "Ã "
 * after a lower-case letter ("voilÃ ", "dÃ©jÃ  vu") is that à. A doubled space gives one of its two back.
 */
function restoreAGrave(text: string, result: MojibakeRepair): string {
  if (!text.includes("\u00c3 ")) return text;
  return text.replace(/(?<=\p{Ll})\u00c3 /gu, (_match, offset: number) => {
    if (result.firstAt === -1) result.firstAt = offset;
    result.count++;
    return text[offset + 2] === " " ? "\u00e0" : "\u00e0 ";
  });
}

/** Quick refusal: mojibake needs a lead character (Â–ô) somewhere, and so a character beyond ASCII. */
function mayHoldMojibake(text: string): boolean {
  return !isAscii(text) && MOJIBAKE_LEAD.test(text);
}

const MOJIBAKE_LEAD = /[\u00c2-\u00f4]/;

function repairPass(
  text: string,
  examples: [string, string][] | null,
): { text: string; count: number; firstAt: number } {
  const out: string[] = [];
  let last = 0;
  let count = 0;
  let firstAt = -1;
  for (let i = 0; i < text.length; i++) {
    const seq = sequenceAt(text, i);
    if (!seq) continue;
    // Right after a repair, this sequence is part of the same garbled run.
    const afterRepair = i === last && count > 0;
    if (!afterRepair && !isEvident(seq, text, i, text[i - 1] ?? "")) continue;
    if (afterRepair && !isCharacter(seq)) continue;
    const repaired = shown(seq.codePoint);
    out.push(text.slice(last, i), repaired);
    if (examples && examples.length < MAX_EXAMPLES) {
      const garbled = text.slice(i, i + seq.length);
      if (!examples.some(([from]) => from === garbled)) examples.push([garbled, repaired]);
    }
    if (firstAt === -1) firstAt = i;
    count++;
    last = i + seq.length;
    i = last - 1;
  }
  if (count === 0) return { text, count, firstAt };
  out.push(text.slice(last));
  return { text: out.join(""), count, firstAt };
}

interface Sequence {
  codePoint: number;
  /** Characters of the text it spans (the UTF-8 sequence's length in bytes). */
  length: number;
  lead: number;
}

/** The UTF-8 sequence the characters at i were read from, if they are one. */
function sequenceAt(text: string, i: number): Sequence | null {
  const lead = highByteOf(text.charCodeAt(i));
  if (lead < 0xc2 || lead > 0xf4) return null;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const byte = highByteOf(text.charCodeAt(i + k));
    if (byte < 0x80 || byte > 0xbf) return null;
    if (k === 1 && !secondByteFits(lead, byte)) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return { codePoint, length, lead };
}

/** UTF-8's limits on the byte after a lead: no overlong forms, no surrogates, nothing past U+10FFFF. */
function secondByteFits(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

function isEvident(seq: Sequence, text: string, i: number, previous: string): boolean {
  const cp = seq.codePoint;
  // Â before a C1 control is text garbled twice (” is â€\u009d, garbled again Ã¢â‚¬Â\u009d): the control
  // is kept for the next pass to join to what precedes it.
  if (cp >= 0x80 && cp < 0xa0) return seq.lead === 0xc2;
  if (!isCharacter(seq)) return false;
  if (seq.length > 2 || seq.lead === 0xc2 || seq.lead === 0xc3) return true;
  if (!TWO_BYTE_LETTERS.some(([from, to]) => cp >= from && cp <= to)) return false;
  const next = text[i + seq.length] ?? "";
  return startsLower(previous) || startsLower(next) || sequenceAt(text, i + seq.length) !== null;
}

/** A character real text holds: not a control, a private-use or a non-character code point. */
function isCharacter(seq: Sequence): boolean {
  const cp = seq.codePoint;
  if (cp >= 0x80 && cp < 0xa0) return seq.lead === 0xc2; // kept for the next pass, as above
  return !((cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe);
}

/** What a two-byte sequence other than Â… or Ã… must decode to: letters, accents, Greek, Cyrillic. */
const TWO_BYTE_LETTERS: readonly [number, number][] = [
  [0x0100, 0x024f],
  [0x02c6, 0x02dd],
  [0x0300, 0x036f],
  [0x0370, 0x04ff],
];

/** A line break made by a repair would move every later line: it becomes a space. */
function shown(codePoint: number): string {
  return codePoint === 0x2028 || codePoint === 0x2029 ? " " : String.fromCodePoint(codePoint);
}

/**
 * In text shown to be garbled, "â€" with its third character lost (dropped, or turned into U+FFFD because
 * 0x9D is undefined in Windows-1252) was a closing quotation mark ” (E2 80 9D).
 */
function closeOrphans(text: string, result: MojibakeRepair): string {
  return text.replace(/\u00e2\u20ac(?:\ufffd|(?=[\s.,;:!?)]|$))/g, () => {
    result.count++;
    return "\u201d";
  });
}
