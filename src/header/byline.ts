/**
 * "By Jane Doe", "By Jane DOE and John Smith", "by Jane Doe with AFP Paris" as bylines are written, and
 * their French, German, Spanish and Italian forms: "Par Jean DUPONT", "Von Anna Schmidt", "Por …".
 */
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,3}[\p{Lu}][\p{L}'’.-]{0,30}){1,3}`;
const BYLINE_AT_END = String.raw`(?:^|\s|(?<=[.?!"”]))(?:[Bb]y|Par|Von|Por)\s{1,3}(${NAME}(?:(?:\s{1,3}and\s{1,3}|,\s{1,3})${NAME}){0,3})\s*$`;
// "By Anna Schmidt, dpa" / "By Jane Doe, Staff Writer": what follows the last comma is not the name.
const BYLINE_LINE = String.raw`^(?:[Bb]y|Par|Von|Por)\s{1,3}(${NAME}(?:(?:\s{1,3}and\s{1,3}|,\s{1,3})${NAME}){0,3})(?:\s{1,3}(?:in|with)\s[^\n]{1,60}|,\s{1,3}[^,\n]{2,40})?$`;

/** The words a byline opens with; every byline pattern needs one of them. */
const BY_WORDS = ["By", "by", "Par", "Von", "Por"];
/** Their first letters: a line that opens with none of them is no byline, whatever follows. */
const BY_INITIALS = new Set(BY_WORDS.map((word) => word.charCodeAt(0)));

/**
 * The byline patterns are large Unicode patterns, costly to build and to compile on first use: each is built
 * when a line first holds a word a byline opens with, which many pages never do.
 */
function lazyPattern(source: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= new RegExp(source, "u");
    return pattern;
  };
}
const bylineAtEnd = lazyPattern(BYLINE_AT_END);
const bylineLine = lazyPattern(BYLINE_LINE);

/**
 * AP's desk line under the names ("By JANE DOE\nAssociated Press", "AP Sports Writer"), which scrapes run into
 * the byline: it names the agency, not a person.
 */
const DESK_LINE =
  /\s(?:(?:For\s)?(?:The\s)?Associated\sPress(?:\sWriter)?|AP(?:\s[A-Z][a-z]{1,15}){0,2}\sWriter)$/;

/** Where a desk line at the end of a byline starts, or the text's length when it ends in none. */
function deskLineStart(text: string): number {
  // Both forms end in one of these words: most bylines are passed over without the pattern.
  if (!text.endsWith("Press") && !text.endsWith("Writer")) return text.length;
  return DESK_LINE.exec(text)?.index ?? text.length;
}

/** A byline: the name(s), "Jane DOE", and the byline as written, "By Jane DOE", for the audit. */
export interface WrittenByline {
  name: string;
  written: string;
}

/** A header fragment with the byline at its end split off. */
export interface SplitByline {
  rest: string;
  byline: WrittenByline | null;
}

/** Splits a byline off the end of a header fragment: "Headline?By Jane DOE" -> headline, "Jane DOE". */
export function splitByline(text: string): SplitByline {
  if (!BY_WORDS.some((word) => text.includes(word))) return { rest: text, byline: null };
  const m = bylineAtEnd().exec(text.slice(0, deskLineStart(text)));
  if (!m || m[1] === undefined) return { rest: text, byline: null };
  const byline = { name: m[1].trim(), written: text.slice(m.index).trim() };
  return { rest: text.slice(0, m.index).trim(), byline };
}

/** A line that is a byline and nothing else. */
export function bylineOf(line: string): string | null {
  const text = line.trim();
  if (!BY_INITIALS.has(text.charCodeAt(0)) || !BY_WORDS.some((word) => text.startsWith(word))) return null;
  const m = bylineLine().exec(text.slice(0, deskLineStart(text)));
  return m?.[1]?.trim() ?? null;
}
