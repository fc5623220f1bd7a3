import { type Agency, agencyByMarker, agencyByName, allMarkers, allNames } from "./agencies.js";
import { type PartialDate, readDate } from "./dates.js";
import { knownPlace, LONGEST_PLACE_WORDS, placeCase } from "./places.js";

/** A dateline found in one line of text, with offsets into that line. */
export interface DatelineMatch {
  /** Offset where the dateline (its place) starts: text before it is headline or byline. */
  start: number;
  /** Offset just past the agency marker: "Beijing, Sept 3 (AFP)" ends here. */
  end: number;
  /** Offset where the story text starts, after separators and a page date. */
  bodyStart: number;
  text: string;
  place: string | null;
  agency: Agency | null;
  date: PartialDate | null;
  /** A date printed after the dateline by republishing sites: "(AFP) Sep 03, 2025". */
  pageDate: PartialDate | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// "(AFP)", "(AFP/File)", "/TASS/", "| AFP |", "(Associated Press)". Alternatives are literal words, so the
// engine never backtracks more than one marker's length.
const MARKER_WORDS = [...allMarkers(), ...allNames()].map(escapeRegExp).join("|");
const MARKER = new RegExp(
  `\\((${MARKER_WORDS})(?:[/-][A-Za-z .]{1,24})?\\)|\\/(${MARKER_WORDS})\\/|\\|\\s{0,3}(${MARKER_WORDS})\\s{0,3}\\|`,
  "gi",
);

// What separates a dateline from the story: "-", "--", "—", "–", "- –", ":", ".", or nothing before a capital.
const SEPARATOR = /^\s{0,5}(?:[-–—:.]{1,3}\s{0,5}){0,3}/;

/** Finds a dateline with an agency marker in `line`, looking no further than `limit` characters in. */
export function findDateline(line: string, limit = 600): DatelineMatch | null {
  MARKER.lastIndex = 0;
  const head = line.slice(0, limit);
  for (let m = MARKER.exec(head); m !== null; m = MARKER.exec(head)) {
    const word = m[1] ?? m[2] ?? m[3] ?? "";
    const agency = agencyByMarker(word) ?? agencyByName(word) ?? null;
    // Case matters for short markers: "(AA)" is Anadolu, "(aa)" is not a dateline.
    if (!agency || (word.length <= 3 && word !== word.toUpperCase() && word !== "dpa")) continue;
    const before = line.slice(0, m.index);
    const parsed = placeAndDate(before);
    if (!parsed && before.trim() !== "" && !/[.!?:"”]\s*$/.test(before)) continue;
    // Mid-line, only a known place or a dated place is a dateline: "filmed by AFP (AFP) reporters" is not.
    if (
      parsed &&
      parsed.start > firstWordOffset(before) &&
      !parsed.date &&
      !knownPlace(parsed.place.split(",")[0] ?? "")
    ) {
      continue;
    }
    return finish(line, m.index, m.index + m[0].length, agency, parsed);
  }
  return null;
}

/** A dateline with no agency marker, at the start of a line: "WASHINGTON:" / "SAN JOSE, Costa Rica —". */
export function findBareDateline(line: string): DatelineMatch | null {
  const m =
    /^([A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,3})(, [A-Z][A-Za-z.'-]{1,30}(?: [A-Z][A-Za-z.'-]{1,30}){0,2})?(?:, (\S{3,10}\.? \d{1,2}))?\s{0,3}(?:[:—–]|--| -)\s{0,3}(?=\S)/.exec(
      line,
    );
  if (!m) return null;
  const first = m[1] ?? "";
  if (first.length < 3 || (!knownPlace(first) && first.split(" ").length > 3)) return null;
  const place = [first, m[2]?.slice(2)]
    .filter(Boolean)
    .map((p) => placeCase(p as string))
    .join(", ");
  const date = m[3] ? (readDate(m[3])?.date ?? null) : null;
  const text = line.slice(0, m[0].length).replace(/[\s:—–-]+$/, "");
  return {
    start: 0,
    end: text.length,
    bodyStart: m[0].length,
    text,
    place,
    agency: null,
    date,
    pageDate: null,
  };
}

function finish(
  line: string,
  markerStart: number,
  markerEnd: number,
  agency: Agency,
  parsed: ParsedPlace | null,
): DatelineMatch {
  const start = parsed ? parsed.start : markerStart;
  const text = line.slice(start, markerEnd).trim();
  let cursor = markerEnd;
  cursor += SEPARATOR.exec(line.slice(cursor))?.[0].length ?? 0;
  const page = readDate(line.slice(cursor, cursor + 40));
  let pageDate: PartialDate | null = null;
  if (page && page.date.year !== null) {
    pageDate = page.date;
    cursor += page.length;
    cursor += SEPARATOR.exec(line.slice(cursor))?.[0].length ?? 0;
  }
  return {
    start,
    end: markerEnd,
    bodyStart: cursor,
    text,
    place: parsed?.place ?? null,
    agency,
    date: parsed?.date ?? null,
    pageDate,
  };
}

interface ParsedPlace {
  start: number;
  place: string;
  date: PartialDate | null;
}

/**
 * Reads "…headline Beijing, Sept 3 " backwards: an optional date after the last comma, then the place.
 * Returns where the place starts, so what comes before it can be taken as headline.
 */
export function placeAndDate(before: string): ParsedPlace | null {
  let rest = before.replace(/[\s,]+$/, "");
  let date: PartialDate | null = null;
  const comma = rest.lastIndexOf(",");
  if (comma !== -1) {
    const tail = rest.slice(comma + 1).trim();
    const read = readDate(tail);
    if (read && read.length >= tail.replace(/\.$/, "").length) {
      date = read.date;
      rest = rest.slice(0, comma).replace(/\s+$/, "");
    }
  }
  // A bracketed country after the place: "New Delhi [India]", "KYIV (Ukraine)".
  rest = rest.replace(/\s{0,3}[[(][^\])]{1,40}[\])]$/, "");
  const parts = splitParts(rest);
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1] as Part;
  const tail = placeAtEnd(last.text, last.offset === firstWordOffset(before));
  if (!tail) return null;
  let start = last.offset + tail.offset;
  const names = [placeCase(tail.name)];
  // "SAN JOSE, Costa Rica": an earlier comma part joins the place when it is itself place-shaped.
  for (let i = parts.length - 2; i >= 0 && tail.offset === 0; i--) {
    const part = parts[i] as Part;
    const atLineStart = part.offset === firstWordOffset(before);
    if (!isPlaceShaped(part.text) || !(atLineStart || knownPlace(part.text))) break;
    names.unshift(placeCase(part.text));
    start = part.offset;
    if (atLineStart) break;
  }
  return { start, place: names.join(", "), date };
}

interface Part {
  text: string;
  offset: number;
}

function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let offset = 0;
  for (const piece of text.split(",")) {
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== "") parts.push({ text: piece.trim(), offset: offset + lead });
    offset += piece.length + 1;
  }
  return parts;
}

function firstWordOffset(text: string): number {
  return text.length - text.trimStart().length;
}

const CONNECTOR = /^(?:de|da|do|del|la|le|es|of|the|al|el|am|an|sur|upon)$/;

function isPlaceWord(word: string): boolean {
  return /^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || CONNECTOR.test(word);
}

function isPlaceShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 4 &&
    words.every(isPlaceWord) &&
    isPlaceWord(words[0] ?? "") &&
    !CONNECTOR.test(words[0] ?? "")
  );
}

/**
 * The place at the end of a comma part. A whole part at the start of the line is the place; otherwise the
 * headline ran into it, and the longest known place at the end wins, then a run of capitals, then the last
 * capitalised word.
 */
function placeAtEnd(text: string, atLineStart: boolean): { name: string; offset: number } | null {
  if (atLineStart && isPlaceShaped(text)) return { name: text, offset: 0 };
  const words = text.split(" ");
  const offsetOf = (k: number) => words.slice(0, k).join(" ").length + (k > 0 ? 1 : 0);
  for (let n = Math.min(LONGEST_PLACE_WORDS, words.length); n >= 1; n--) {
    const candidate = words.slice(words.length - n).join(" ");
    if (knownPlace(candidate)) return { name: candidate, offset: offsetOf(words.length - n) };
  }
  let k = words.length;
  while (k > 0 && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(words[k - 1] ?? "")) k--;
  if (k < words.length && words.length - k <= 4)
    return { name: words.slice(k).join(" "), offset: offsetOf(k) };
  const lastWord = words[words.length - 1] ?? "";
  if (isPlaceWord(lastWord) && !CONNECTOR.test(lastWord)) {
    return { name: lastWord, offset: offsetOf(words.length - 1) };
  }
  return null;
}
