/**
 * Text to clean text: the same story with one spelling of every character. HTML entities are decoded,
 * mojibake is repaired where evident, line endings become "\n", invisible characters go, every kind of space
 * becomes a plain one, and the text is composed to NFC.
 *
 * Line breaks stay where the input had them (CRLF, CR, U+2028, U+2029 and NEL each become one "\n"), and
 * nothing here makes a new one (an entity or a repair that would, such as &#10;, gives a space), so line
 * numbers in diagnostics still point at the line a user sees in their file.
 */
// The decoder alone: the package root also builds the encoder's tables, which parsing never uses.
import { decodeHTMLStrict } from "entities/decode";
import { isAscii, squashSpaces } from "./chars.js";
import type { Diagnostic } from "./record.js";
import { repairMojibake } from "./repair/index.js";

export interface Cleaned {
  text: string;
  /** What was repaired rather than merely respelled: doubly escaped entities, mojibake. */
  diagnostics: Diagnostic[];
}

/**
 * What earlier stages already know of the text, so that cleanText need not find it out again: its entities
 * decoded (unescapeLayers decodes them to tell whether to say so), and whether decode found none of the
 * characters clean() acts on in it.
 */
export interface KnownOfText {
  entities?: DecodedEntities;
  nothingToClean?: boolean;
  /** Every character of the text is ASCII (decode counted one byte a character). */
  ascii?: boolean;
}

export function cleanText(input: string, known: KnownOfText = {}): Cleaned {
  const diagnostics: Diagnostic[] = [];
  const entities = known.entities ?? decodeEntitiesCounted(input);
  if (entities.doubled > 0) {
    const at = position(input, entities.firstDoubledAt);
    diagnostics.push({
      code: "entities-double-escaped",
      message: `decoded ${entities.doubled} HTML ${plural(entities.doubled, "entity", "entities")} escaped twice (such as &amp;#8220; for “)`,
      severity: "info",
      ...at,
    });
  }
  const repair = repairMojibake(entities.text);
  if (repair.count > 0) {
    const examples = repair.examples.map(([from, to]) => `${from} → ${to}`).join(", ");
    diagnostics.push({
      code: "mojibake-repaired",
      message: `repaired ${repair.count} ${plural(repair.count, "character", "characters")} garbled by decoding UTF-8 as Windows-1252 (${examples})`,
      severity: "info",
      line: position(entities.text, repair.firstAt).line,
      column: null,
    });
  }
  // Text that came through decoding and repair unchanged holds no more to clean than decode found in it.
  const unchanged = known.nothingToClean === true && repair.text === input;
  const cleaned = !unchanged && NEEDS_CLEANING.test(repair.text) ? clean(repair.text) : repair.text;
  // ASCII text that nothing above changed is NFC already, and known to be ASCII without a second count.
  const asciiStill = known.ascii === true && cleaned === input;
  const text =
    !asciiStill && !isAscii(cleaned) && BEYOND_NFC_INERT.test(cleaned) ? cleaned.normalize("NFC") : cleaned;
  return { text, diagnostics };
}

/**
 * Any character outside the ranges NFC leaves as they are, alone and beside one another (ASCII, Latin-1, the
 * Latin extensions and IPA below the combining marks; general punctuation but for the two quads, which become
 * spaces). Text without one is NFC already: one search instead of a round trip through the normaliser.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at the first character
export const BEYOND_NFC_INERT = /[^\u0000-\u02ff\u2002-\u206f]/;

/** Line breaks, invisible characters, odd spaces and controls, each pass in its turn. */
function clean(text: string): string {
  return text
    .replace(LINE_BREAK, "\n")
    .replace(INVISIBLE, "")
    .replace(JOINER_BESIDE_ASCII, "")
    .replace(ODD_SPACE, " ")
    .replace(CONTROL, "");
}

/** cleanText without the diagnostics. */
export function normalise(text: string): string {
  return cleanText(text).text;
}

// Bounded lengths keep this linear: no entity name is longer than 31 characters. "&amp;" before another
// entity (&amp;#8220;, &amp;quot;) is a page that escaped its text twice.
const ENTITY = /&(amp;)?(#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

/** Every HTML5 named and numeric character reference, decoded once (twice where doubly escaped). */
export function decodeEntities(text: string): string {
  return decodeEntitiesCounted(text).text;
}

/** Text with its entities decoded, and how many of them were escaped twice (the first at `firstDoubledAt`). */
export interface DecodedEntities {
  text: string;
  doubled: number;
  firstDoubledAt: number;
}

export function decodeEntitiesCounted(text: string): DecodedEntities {
  const result = { text, doubled: 0, firstDoubledAt: -1 };
  if (!text.includes("&")) return result;
  result.text = text.replace(ENTITY, (whole, amp: string | undefined, reference: string, offset: number) => {
    const literal = `&${reference}`;
    const decoded = decodeHTMLStrict(literal);
    // Not a character reference, or one to nothing (&#0;, &#xD800;): left as written.
    if (decoded === literal || (decoded === "\ufffd" && !/^#[xX]?0*(?:fffd|65533);$/i.test(reference)))
      return amp ? literal : whole;
    if (amp && reference === "amp;") return literal; // "&amp;amp;" is one layer of "&amp;", not two
    if (amp) {
      if (result.doubled++ === 0) result.firstDoubledAt = offset;
    }
    return decoded.replace(ENTITY_BREAK, " ");
  });
  return result;
}

const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
// What an entity may decode to that a line count would see (&#10;, &#13;, &NewLine;): a space instead.
const ENTITY_BREAK = /[\r\n\v\f\u0085\u2028\u2029]/g;
// Soft hyphens, zero-width spaces, word joiners, byte-order marks and bidi controls carry no story text.
const INVISIBLE = /[\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Joiners shape emoji and Indic or Arabic script; beside a space or ASCII they shape nothing.
const JOINER_BESIDE_ASCII = /[\u200c\u200d](?![^\s!-~])|(?<![^\s!-~])[\u200c\u200d]/g;
// Every kind of space becomes a plain space.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// C0 and C1 controls other than the line feed are never text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Any character one of the passes of clean() acts on (a joiner only ever goes, so a joiner is one). Most text
 * holds none, and one search for them costs less than the five passes that would each find nothing.
 */
export const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what is looked for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/;

/**
 * Collapses runs of whitespace to one space and trims: how body paragraphs are compared and stored.
 * squashSpaces leaves a single-spaced line as it is, and only the ends can then hold a space to trim.
 */
export function squash(text: string): string {
  return squashSpaces(text).trim();
}

/** 1-based line and column of an offset in text whose line breaks are not normalised yet. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
