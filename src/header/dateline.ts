import { LOWER, UPPER, unitClass } from "../chars.js";
import type { StoryLine } from "../debris/index.js";
import { type Agency, agencyBySpelling, agencyLine, allSpellings, spelledAsRegistered } from "./agencies.js";
import { bylineOf } from "./byline.js";
import { type PartialDate, readDate } from "./dates.js";
import { knownPlace, LONGEST_PLACE_WORDS, placeCase } from "./places.js";

/** A dateline found in one line of text, with offsets into that line. */
export interface DatelineMatch {
  /** Offset where the dateline (its place) starts: text before it is headline or byline. */
  start: number;
  /** Offset just past the dateline as written: "Beijing, Sept 3 (AFP)" ends here. */
  end: number;
  /** Offset where the story text starts, after separators, a byline and a page date. */
  bodyStart: number;
  text: string;
  place: string | null;
  agency: Agency | null;
  date: PartialDate | null;
  /** A date printed after the dateline by republishing sites: "(AFP) Sep 03, 2025". */
  pageDate: PartialDate | null;
  /** A byline written after the dateline: "Paris, France | AFP | by Jane Doe". */
  byline: string | null;
}

// "-" needs no escape outside a class (and may not have one under the u flag).
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// "(AFP)", "(dpa/lno)", "/TASS/", "| AFP |", "(Associated Press)". Alternatives are literal words, so the
// engine never backtracks more than one marker's length.
const MARKER_WORDS = allSpellings().map(escapeRegExp).join("|");
const MARKER = new RegExp(
  `\\((${MARKER_WORDS})([/-][A-Za-z .]{1,24})?\\)|\\/(${MARKER_WORDS})\\/|\\|\\s{0,3}(${MARKER_WORDS})\\s{0,3}\\|`,
  "gi",
);
/** A character every MARKER starts with. */
const MARKER_EDGE = /[(/|]/;
/** "(AFP/File)", "(AFP Photo)": a photo credit, never a dateline. */
const PHOTO_SUFFIX = /^[/-]\s?(?:File|Photo|Pool|Handout|Getty|Image|Images|Stringer)\b/i;

// What separates a dateline from the story: "-", "--", "—", "–", "- –", ":", ".-", or nothing before a capital.
const SEPARATOR = /^\s{0,5}(?:[-–—:.]{1,3}\s{0,5}){0,3}/;

/** Finds a dateline with an agency marker in `line`, looking no further than `limit` characters in. */
export function findDateline(line: string, limit = 600): DatelineMatch | null {
  const head = line.slice(0, limit);
  // Every marker is bracketed, slashed or piped: most lines of a story hold none of those characters.
  if (!MARKER_EDGE.test(head)) return null;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(head); m !== null; m = MARKER.exec(head)) {
    const word = m[1] ?? m[3] ?? m[4] ?? "";
    const agency = agencyBySpelling(word) ?? null;
    // Case matters for short markers: "(AA)" is Anadolu, "(aa)" is not a dateline.
    if (!agency || !spelledAsRegistered(word) || PHOTO_SUFFIX.test(m[2] ?? "")) continue;
    const before = line.slice(0, m.index);
    const parsed = placeAndDate(before);
    if (!parsed && before.trim() !== "" && !/[.!?:"”]\s*$/.test(before)) continue;
    // Mid-line, only a known place or a dated place is a dateline: "filmed by AFP (AFP) reporters" is not.
    if (
      parsed &&
      parsed.start > firstWordOffset(before) &&
      !parsed.date &&
      !knownPlace(parsed.place?.split(",")[0] ?? "")
    ) {
      continue;
    }
    // "| AFP |" ends with the pipe that leads on to a byline; the dateline as written stops before it.
    const written = m[0].startsWith("|") ? m[0].replace(/\s{0,3}\|$/, "") : m[0];
    return finish(line, m.index, m.index + written.length, m.index + m[0].length, agency, parsed);
  }
  return null;
}

/**
 * `findDateline` of the lines of one page, each line read once: the page splitter and then the segmenter ask
 * about the same lines, and a dateline is the costliest thing to look for in a line. Each line belongs to one
 * dispatch, so a match is never shared by two records.
 */
export class Datelines {
  private readonly found = new Map<StoryLine, DatelineMatch | null>();

  of(line: StoryLine): DatelineMatch | null {
    let match = this.found.get(line);
    if (match === undefined) {
      match = findDateline(line.text);
      this.found.set(line, match);
    }
    return match;
  }
}

/** Words in capitals at the start of a line that are labels, never places: "NOTE:", "BREAKING:". */
const NOT_PLACES = new Set(
  `NOTE UPDATE UPDATED BREAKING WATCH EXCLUSIVE LIVE VIDEO PHOTOS PHOTO ANALYSIS OPINION EDITORIAL CORRECTION
  CORRECTED ADVISORY FLASH URGENT ALERT DEVELOPING READ ALSO SEE FILE FACTBOX EXPLAINER INTERVIEW FEATURE REVIEW
  COMMENT SOURCE SOURCES AGENCIES WIRES STAFF REPORT MARKETS TOP NEWS HIGHLIGHTS TRENDING WARNING ADVERTISEMENT
  SPONSORED LISTEN SUMMARY RECAP TIMELINE WHO IMF NATO OPEC ASEAN EU UN UK US USA FIFA UEFA IOC NASA ESA CDC FBI
  CIA ECB FED WTO IAEA UNICEF UNESCO UNHCR NHS BBC CNN ICC ICJ BRICS OECD AU`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A dateline with no agency marker, at the start of a line: "WASHINGTON:" / "SAN JOSE, Costa Rica —".
 * A place the gazetteer does not know counts only with `unknownPlaces` (under a headline, not as one).
 */
export function findBareDateline(line: string, unknownPlaces = true): DatelineMatch | null {
  const m =
    /^([A-Z][A-Z.'-]{1,30}(?: [A-Z][A-Z.'-]{1,30}){0,3})(, [A-Z][A-Za-z.'-]{1,30}(?: [A-Z][A-Za-z.'-]{1,30}){0,2})?(?:, (\S{3,10}\.? \d{1,2}))?\s{0,3}(?:[:—–]|--| -)\s{0,3}(?=\S)/.exec(
      line,
    );
  if (!m) return null;
  const first = m[1] ?? "";
  if (!(unknownPlaces ? placeLike(first) : knownPlace(first))) return null;
  // The story starts after a bare dateline: a capital, a digit or a quote mark, never a date.
  const after = line.slice(m[0].length);
  if (!/^[\p{Lu}\d"“'‘«„]/u.test(after) || readDate(after) !== null) return null;
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
    byline: null,
  };
}

/** A line that is nothing but a place in capitals, the story starting on the next line: "ANKARA". */
export function findPlaceLine(line: string): DatelineMatch | null {
  const text = line.trim();
  if (text !== text.toUpperCase() || !knownPlace(text)) return null;
  return {
    start: 0,
    end: line.length,
    bodyStart: line.length,
    text,
    place: placeCase(text),
    agency: null,
    date: null,
    pageDate: null,
    byline: null,
  };
}

/** Known places, and capitalised words that are neither labels nor agencies ("KYODO NEWS" is not a place). */
function placeLike(words: string): boolean {
  if (knownPlace(words)) return true;
  if (words.length < 3 || words.split(" ").length > 3 || NOT_PLACES.has(words)) return false;
  return !words.split(" ").some((word) => NOT_PLACES.has(word)) && agencyLine(words) === undefined;
}

function finish(
  line: string,
  markerStart: number,
  textEnd: number,
  markerEnd: number,
  agency: Agency,
  parsed: ParsedPlace | null,
): DatelineMatch {
  const start = parsed ? parsed.start : markerStart;
  let end = textEnd;
  let cursor = markerEnd;
  cursor += SEPARATOR.exec(line.slice(cursor))?.[0].length ?? 0;
  let place = parsed?.place ?? null;
  let date = parsed?.date ?? null;
  // "(ANSA) - ROMA, 03 SET - Il governo": the agency first, then place and date.
  const after =
    !parsed && line.slice(0, markerStart).trim() === "" ? placeAfterMarker(line.slice(cursor)) : null;
  if (after) {
    place = after.place;
    date = after.date;
    end = cursor + after.textLength;
    cursor += after.length;
  }
  let byline: string | null = null;
  const rest = line.slice(cursor);
  const bar = rest.indexOf(" | ");
  const candidate = bar === -1 ? rest : rest.slice(0, bar);
  if (/^[Bb]y\s/.test(candidate)) byline = bylineOf(candidate);
  if (byline) {
    cursor += candidate.length + (bar === -1 ? 0 : 3);
    cursor += SEPARATOR.exec(line.slice(cursor))?.[0].length ?? 0;
  }
  const page = readDate(line.slice(cursor, cursor + 40));
  let pageDate: PartialDate | null = null;
  if (page && page.date.year !== null) {
    pageDate = page.date;
    cursor += page.length;
    cursor += SEPARATOR.exec(line.slice(cursor))?.[0].length ?? 0;
  }
  return {
    start,
    end,
    bodyStart: cursor,
    text: line.slice(start, end).trim(),
    place,
    agency,
    date,
    pageDate,
    byline,
  };
}

interface AfterMarker {
  place: string;
  date: PartialDate | null;
  /** Length of the place and date as written. */
  textLength: number;
  /** Length up to the story, separator included. */
  length: number;
}

/** Reads "ROMA, 03 SET - " after a marker that opens the line: a place in capitals, a date, a dash. */
function placeAfterMarker(text: string): AfterMarker | null {
  const words: string[] = [];
  let i = 0;
  while (words.length < 4) {
    const word = /^[\p{Lu}][\p{L}.'’-]{1,30}/u.exec(text.slice(i))?.[0];
    if (!word) break;
    words.push(word);
    i += word.length;
    if (text[i] !== " " || !/\p{Lu}/u.test(text[i + 1] ?? "")) break;
    i++;
  }
  const place = words.join(" ");
  i = place.length;
  if (place === "" || !(place === place.toUpperCase() || knownPlace(place))) return null;
  let date: PartialDate | null = null;
  if (text.startsWith(", ", i)) {
    const read = readDate(text.slice(i + 2, i + 42));
    if (!read) return null;
    date = read.date;
    i += 2 + read.length;
  }
  const dash = /^\s{0,3}[-–—]{1,2}\s{1,3}/.exec(text.slice(i));
  if (!dash) return null;
  return { place: placeCase(place), date, textLength: i, length: i + dash[0].length };
}

interface ParsedPlace {
  start: number;
  /** Null for a dateline of a date alone: "Sept. 17 (UPI) --". */
  place: string | null;
  date: PartialDate | null;
}

/**
 * Reads "…headline Beijing, Sept 3 " backwards: an optional date after the last comma (or full stop:
 * "MOSCOW. Sept 3"), then the place. Returns where the place starts, so what comes before it can be taken
 * as headline.
 */
export function placeAndDate(before: string): ParsedPlace | null {
  let rest = before.replace(/[\s,]+$/, "");
  let date: PartialDate | null = null;
  const whole = readDate(rest.trim());
  if (whole && whole.length >= rest.trim().replace(/\.$/, "").length) {
    return { start: firstWordOffset(before), place: null, date: whole.date };
  }
  for (const cut of [rest.lastIndexOf(","), rest.lastIndexOf(". ")].sort((a, b) => b - a)) {
    if (cut === -1) continue;
    const tail = rest.slice(cut + 1).trim();
    const read = readDate(tail);
    if (read && read.length >= tail.replace(/\.$/, "").length) {
      date = read.date;
      rest = rest.slice(0, cut).replace(/\s+$/, "");
      break;
    }
  }
  // A bracketed country after the place, or a state and a country: "New Delhi [India]", "KYIV (Ukraine)",
  // "Golaghat (Assam) [India]".
  rest = rest.replace(/(?:\s{0,3}[[(][^\])[(]{1,40}[\])]){1,2}$/, "");
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
 * headline ran into it, and the longest known place at the end wins (also when a byline is glued to it:
 * "By Jane DOEHouston"), then a run of capitals, then the last capitalised word.
 */
function placeAtEnd(text: string, atLineStart: boolean): { name: string; offset: number } | null {
  if (atLineStart && isPlaceShaped(text)) return { name: text, offset: 0 };
  const words = text.split(" ");
  const offsetOf = (k: number) => words.slice(0, k).join(" ").length + (k > 0 ? 1 : 0);
  for (let n = Math.min(LONGEST_PLACE_WORDS, words.length); n >= 1; n--) {
    const k = words.length - n;
    const candidate = words.slice(k).join(" ");
    if (knownPlace(candidate)) return { name: candidate, offset: offsetOf(k) };
    const glued = gluedPlace(words[k] ?? "", words.slice(k + 1));
    if (glued) return { name: glued.name, offset: offsetOf(k) + glued.cut };
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

/**
 * A place glued to the word before it by the scraper: "DOEHouston" (a surname in capitals, then the place)
 * or "DoeHouston". Only a known place is split off, so "McDonald" or "DeKalb" stay whole.
 */
function gluedPlace(word: string, following: string[]): { name: string; cut: number } | null {
  if (word.length > 60) return null; // no name and place are longer; bounds the work on hostile input
  for (let i = 1; i < word.length - 1; i++) {
    // Each character alone, as `/\p{Lu}/u.test(word[i])` sees it, by class rather than by pattern.
    const here = unitClass(word, i);
    const before = unitClass(word, i - 1);
    const next = unitClass(word, i + 1);
    const boundary = here & UPPER && (before & LOWER || (before & UPPER && next & LOWER));
    if (!boundary) continue;
    const name = [word.slice(i), ...following].join(" ");
    if (knownPlace(name)) return { name, cut: i };
  }
  return null;
}
