/**
 * "By Jane Doe", "By Jane DOE and John Smith", "by Jane Doe with AFP Paris" as bylines are written, and
 * their French, German, Spanish and Italian forms: "Par Jean DUPONT", "Von Anna Schmidt", "Por …".
 */
const NAME = String.raw`[\p{Lu}][\p{L}'’.-]{0,30}(?:\s{1,3}[\p{Lu}][\p{L}'’.-]{0,30}){1,3}`;
const BYLINE_AT_END = new RegExp(
  String.raw`(?:^|\s|(?<=[.?!"”]))(?:[Bb]y|Par|Von|Por)\s{1,3}(${NAME}(?:(?:\s{1,3}and\s{1,3}|,\s{1,3})${NAME}){0,3})\s*$`,
  "u",
);
// "By Anna Schmidt, dpa" / "By Jane Doe, Staff Writer": what follows the last comma is not the name.
const BYLINE_LINE = new RegExp(
  String.raw`^(?:[Bb]y|Par|Von|Por)\s{1,3}(${NAME}(?:(?:\s{1,3}and\s{1,3}|,\s{1,3})${NAME}){0,3})(?:\s{1,3}(?:in|with)\s[^\n]{1,60}|,\s{1,3}[^,\n]{2,40})?$`,
  "u",
);

/** Splits a byline off the end of a header fragment: "Headline?By Jane DOE" -> headline, "Jane DOE". */
export function splitByline(text: string): { rest: string; byline: string | null } {
  const m = BYLINE_AT_END.exec(text);
  if (!m || m[1] === undefined) return { rest: text, byline: null };
  return { rest: text.slice(0, m.index).trim(), byline: m[1].trim() };
}

/** A line that is a byline and nothing else. */
export function bylineOf(line: string): string | null {
  const m = BYLINE_LINE.exec(line.trim());
  return m?.[1]?.trim() ?? null;
}
