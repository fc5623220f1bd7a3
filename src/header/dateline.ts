import { LOWER, SPACE, splitSpaces, UPPER, unitClass } from "../chars.js";
import type { StoryLine } from "../debris/index.js";
import { type Agency, agencyBySpelling, agencyLine, allSpellings, spelledAsRegistered } from "./agencies.js";
import { bylineOf } from "./byline.js";
import { type PartialDate, readDate } from "./dates.js";
import { metaLine } from "./meta.js";
import { knownPlace, LONGEST_PLACE_WORDS, PLACE_PARTICLES, placeCase } from "./places.js";

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
  /** That byline as written ("by Jane Doe in Paris") and its offset in the line. */
  bylineWritten: { text: string; start: number } | null;
}

// "(AFP)", "(dpa/lno)", "/TASS/", "| AFP |", "(Associated Press)": an agency spelling (caseless) in brackets,
// slashes or pipes. Found by a scan from each "(", "/" and "|" rather than one pattern holding every spelling:
// such an alternation is slow to compile on first use. The scan finds what that pattern,
// `\((WORD)([/-][A-Za-z .]{1,24})?\)|\/(WORD)\/|\|\s{0,3}(WORD)\s{0,3}\|` with the i flag, would find, in the same
// order: spellings longest first, each match ending where the search for the next starts.

/** A marker in a line: where it starts, all of it, the agency's spelling as written and a "/lno" after it. */
interface Marker {
  index: number;
  whole: string;
  word: string;
  suffix: string | null;
}

/**
 * Every spelling, longest first, as the codes of its characters compared caseless; by its first two (no
 * spelling is shorter).
 */
const SPELLINGS_BY_START = new Map<number, number[][]>();
for (const spelling of allSpellings()) {
  const codes = Array.from({ length: spelling.length }, (_, k) => caseless(spelling.charCodeAt(k)));
  const start = startKey(codes[0] as number, codes[1] as number);
  SPELLINGS_BY_START.set(start, [...(SPELLINGS_BY_START.get(start) ?? []), codes]);
}

function startKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * A UTF-16 unit as a caseless pattern without the u flag compares it: its capital, unless that is more than one
 * character, or an ASCII one for a character beyond ASCII.
 */
function caseless(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const up = upper.charCodeAt(0);
  return up < 0x80 ? code : up;
}

/** The offset just past the first spelling (longest first) at `at` that `fits` the text after it, or -1. */
function spellingAt(text: string, at: number, fits: (end: number) => boolean): number {
  if (at + 2 > text.length) return -1;
  const spellings = SPELLINGS_BY_START.get(
    startKey(caseless(text.charCodeAt(at)), caseless(text.charCodeAt(at + 1))),
  );
  if (!spellings) return -1;
  for (const codes of spellings) {
    if (at + codes.length > text.length) continue;
    let k = 2;
    while (k < codes.length && caseless(text.charCodeAt(at + k)) === codes[k]) k++;
    if (k === codes.length && fits(at + k)) return at + k;
  }
  return -1;
}

/** The first marker at or after `from` in `text`, or null. */
function nextMarker(text: string, from: number): Marker | null {
  // The engine's own search finds the next bracket, slash or pipe faster than a loop over the characters.
  MARKER_EDGES.lastIndex = from;
  for (let edge = MARKER_EDGES.exec(text); edge !== null; edge = MARKER_EDGES.exec(text)) {
    const i = edge.index;
    const c = text.charCodeAt(i);
    const marker =
      c === 0x28 ? bracketMarker(text, i) : c === 0x2f ? slashMarker(text, i) : pipeMarker(text, i);
    if (marker) return marker;
  }
  return null;
}

const MARKER_EDGES = /[(/|]/g;

/** "(AFP)", "(dpa/lno)", "(AFP-Photo)". */
function bracketMarker(text: string, i: number): Marker | null {
  let close = -1;
  const end = spellingAt(text, i + 1, (after) => {
    close = closingBracket(text, after);
    return close !== -1;
  });
  if (end === -1) return null;
  return {
    index: i,
    whole: text.slice(i, close + 1),
    word: text.slice(i + 1, end),
    suffix: close > end ? text.slice(end, close) : null,
  };
}

/** Where the ")" is that closes a marker after its spelling: at once, or after "/" or "-" and 1 to 24 of [A-Za-z .]. */
function closingBracket(text: string, after: number): number {
  const c = text.charCodeAt(after);
  if (c === 0x29) return after;
  if (c !== 0x2f && c !== 0x2d) return -1;
  let k = after + 1;
  while (k < text.length && k - after <= 24 && isSuffixCharacter(text.charCodeAt(k))) k++;
  return k > after + 1 && k - after <= 24 + 1 && text.charCodeAt(k) === 0x29 ? k : -1;
}

function isSuffixCharacter(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || code === 0x20 || code === 0x2e;
}

/** "/TASS/". */
function slashMarker(text: string, i: number): Marker | null {
  const end = spellingAt(text, i + 1, (after) => text.charCodeAt(after) === 0x2f);
  return end === -1
    ? null
    : { index: i, whole: text.slice(i, end + 1), word: text.slice(i + 1, end), suffix: null };
}

/** "| AFP |". */
function pipeMarker(text: string, i: number): Marker | null {
  const start = i + 1 + spacesAt(text, i + 1);
  let close = -1;
  const end = spellingAt(text, start, (after) => {
    const pipe = after + spacesAt(text, after);
    close = text.charCodeAt(pipe) === 0x7c ? pipe : -1;
    return close !== -1;
  });
  return end === -1
    ? null
    : { index: i, whole: text.slice(i, close + 1), word: text.slice(start, end), suffix: null };
}

/** How many white-space characters (up to 3, as `\s{0,3}`) start at `at`. */
function spacesAt(text: string, at: number): number {
  return spacesUpTo(text, at, 3);
}
/**
 * Does the text hold a character a marker starts with? Three searches for one character each cost less than
 * one pattern of the three: each is the engine's plain character search.
 */
function holdsMarkerEdge(text: string, limit: number): boolean {
  if (text.length > limit) return holdsMarkerEdge(text.slice(0, limit), limit);
  return text.includes("(") || text.includes("/") || text.includes("|");
}
/** "(AFP/File)", "(AFP Photo)": a photo credit, never a dateline. */
const PHOTO_SUFFIX = /^[/-]\s?(?:File|Photo|Pool|Handout|Getty|Image|Images|Stringer)\b/i;

/**
 * The length of what separates a dateline from the story at `at`: "-", "--", "—", "–", "- –", ":", ".-", or
 * nothing before a capital. A scan for what `^\s{0,5}(?:[-–—:.]{1,3}\s{0,5}){0,3}` would match: up to five
 * spaces, then up to three runs of one to three stops, each with up to five spaces after it.
 */
function separatorAt(line: string, at: number): number {
  let i = at + spacesUpTo(line, at, 5);
  for (let run = 0; run < 3; run++) {
    let marks = 0;
    while (marks < 3 && isSeparatorMark(line.charCodeAt(i + marks))) marks++;
    if (marks === 0) break;
    i += marks;
    i += spacesUpTo(line, i, 5);
  }
  return i - at;
}

/** "-", "–", "—", ":" or ".". */
function isSeparatorMark(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x3a || code === 0x2e;
}

/** How many white-space characters (up to `most`, as `\s{0,most}`) start at `at`. */
function spacesUpTo(text: string, at: number, most: number): number {
  let n = 0;
  while (n < most && (unitClass(text, at + n) & SPACE) !== 0) n++;
  return n;
}

/** Text that ends a sentence or a quotation, spaces aside: what `/[.!?:"”]\s*$/` tests. */
function endsClause(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length > 0 && CLAUSE_ENDS.has(trimmed.charCodeAt(trimmed.length - 1));
}

const CLAUSE_ENDS = new Set([...'.!?:"”'].map((mark) => mark.charCodeAt(0)));

/** How far into a line a dateline with an agency marker is looked for. */
const DATELINE_REACH = 600;

/** Finds a dateline with an agency marker in `line`, looking no further than `limit` characters in. */
export function findDateline(line: string, limit = DATELINE_REACH): DatelineMatch | null {
  // Every marker is bracketed, slashed or piped: most lines of a story hold none of those characters.
  if (!holdsMarkerEdge(line, limit)) return null;
  const head = line.slice(0, limit);
  for (let m = nextMarker(head, 0); m !== null; m = nextMarker(head, m.index + m.whole.length)) {
    const word = m.word;
    const agency = agencyBySpelling(word) ?? null;
    // Case matters for short markers: "(AA)" is Anadolu, "(aa)" is not a dateline.
    if (!agency || !spelledAsRegistered(word) || (m.suffix !== null && PHOTO_SUFFIX.test(m.suffix))) continue;
    const before = line.slice(0, m.index);
    const parsed = placeAndDate(before);
    if (!parsed && before.trim() !== "" && !endsClause(before)) continue;
    // Mid-line, only a known place or a dated place is a dateline: "filmed by AFP (AFP) reporters" is not.
    if (
      parsed &&
      parsed.start > firstWordOffset(before) &&
      !parsed.date &&
      !knownPlace(parsed.place?.split(",")[0] ?? "")
    ) {
      continue;
    }
    // "Jane Doe | AFP | Published 3 Sept 2025" is a meta line: a writer, the agency and the page date.
    if (m.whole.startsWith("|") && parsed && !parsed.date && writerLine(line, parsed.place)) continue;
    // "| AFP |" ends with the pipe that leads on to a byline; the dateline as written stops before it.
    const written = m.whole.startsWith("|") ? m.whole.replace(/\s{0,3}\|$/, "") : m.whole;
    return finish(line, m.index, m.index + written.length, m.index + m.whole.length, agency, parsed);
  }
  return null;
}

/** Is the line a meta line whose first field, read as the place, is a writer's name the gazetteer does not know? */
function writerLine(line: string, place: string | null): boolean {
  if (place === null || knownPlace(place.split(",")[0] ?? "")) return false;
  return (metaLine(line.trim())?.byline ?? null) !== null;
}

/**
 * `findDateline` of the lines of one page, each line read once: the page splitter and then the segmenter ask
 * about the same lines, and a dateline is the costliest thing to look for in a line. Each line belongs to one
 * dispatch, so a match is never shared by two records.
 */
export class Datelines {
  private readonly found = new Map<StoryLine, DatelineMatch | null>();

  of(line: StoryLine): DatelineMatch | null {
    // Most lines hold no bracket, slash or pipe in reach: they are answered without a look-up or an entry.
    if (!holdsMarkerEdge(line.text, DATELINE_REACH)) return null;
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
  if (!opensInCapitals(line)) return null;
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
    bylineWritten: null,
  };
}

/**
 * Does the line open as a bare dateline must, with a capital and then a capital, ".", "'" or "-"? Most lines
 * open with a capitalised word, and this spares them the pattern.
 */
function opensInCapitals(line: string): boolean {
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  return isCapital(first) && (isCapital(second) || second === 0x2e || second === 0x27 || second === 0x2d);
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** A line that is nothing but a place in capitals, the story starting on the next line: "ANKARA". */
export function findPlaceLine(line: string): DatelineMatch | null {
  const text = line.trim();
  // The gazetteer first: it turns most lines away without the copy in capitals.
  if (!knownPlace(text) || text !== text.toUpperCase()) return null;
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
    bylineWritten: null,
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
  cursor += separatorAt(line, cursor);
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
  const byline = bylineAfter(line, cursor);
  const bylineStart = cursor;
  if (byline) {
    cursor += byline.length;
    cursor += separatorAt(line, cursor);
  }
  const page = readDate(line.slice(cursor, cursor + 40));
  let pageDate: PartialDate | null = null;
  if (page && page.date.year !== null) {
    pageDate = page.date;
    cursor += page.length;
    cursor += separatorAt(line, cursor);
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
    byline: byline?.name ?? null,
    bylineWritten: byline ? { text: byline.written, start: bylineStart } : null,
  };
}

/**
 * A byline right after the dateline, up to a " | " or the line's end: "| AFP | by Jane Doe | …". Its name, and
 * how much of the line it takes with the " | " after it.
 */
function bylineAfter(line: string, at: number): { name: string; written: string; length: number } | null {
  // Only text that opens with "By" is worth the search for the bar, which would run to the end of a long line.
  if (!opensWithBy(line.slice(at, at + 3))) return null;
  const rest = line.slice(at);
  const bar = rest.indexOf(" | ");
  const candidate = bar === -1 ? rest : rest.slice(0, bar);
  const name = opensWithBy(candidate) ? bylineOf(candidate) : null;
  return name
    ? { name, written: candidate.trimEnd(), length: candidate.length + (bar === -1 ? 0 : 3) }
    : null;
}

/** "By " or "by " and any white space: what `/^[Bb]y\s/` tests. */
function opensWithBy(text: string): boolean {
  return (text.startsWith("By") || text.startsWith("by")) && (unitClass(text, 2) & SPACE) !== 0;
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
  let rest = trimSpacesAndCommas(before);
  let date: PartialDate | null = null;
  const lineStart = firstWordOffset(before);
  const all = rest.trim();
  const whole = readDate(all);
  if (whole && whole.length >= withoutFinalStop(all).length) {
    return { start: lineStart, place: null, date: whole.date };
  }
  // The date after the place may hold a comma of its own: "NEW YORK, Nov. 3, 2025 (UPI)".
  const lastComma = rest.lastIndexOf(",");
  const commaBefore = lastComma > 0 ? rest.lastIndexOf(",", lastComma - 1) : -1;
  for (const cut of latestFirst(lastComma, commaBefore, rest.lastIndexOf(". "))) {
    if (cut === -1) continue;
    const tail = rest.slice(cut + 1).trim();
    const read = readDate(tail);
    if (read && read.length >= withoutFinalStop(tail).length) {
      date = read.date;
      rest = rest.slice(0, cut).trimEnd();
      break;
    }
  }
  // A bracketed country after the place, or a state and a country: "New Delhi [India]", "KYIV (Ukraine)",
  // "Golaghat (Assam) [India]".
  rest = rest.slice(0, bracketedTailStart(rest));
  const last = partBefore(rest, rest.length);
  if (!last) return null;
  const tail = placeAtEnd(last.text, last.offset === lineStart);
  if (!tail) return null;
  let start = last.offset + tail.offset;
  const names = [tail.known ?? placeCase(tail.name)];
  // "SAN JOSE, Costa Rica": an earlier comma part joins the place when it is itself place-shaped.
  const earlier = tail.offset === 0 ? last.comma : -1;
  for (let part = partBefore(rest, earlier); part !== null; part = partBefore(rest, part.comma)) {
    const atLineStart = part.offset === lineStart;
    if (atLineStart && opensWithBy(part.text)) {
      // "By Jane Doe KRAMATORSK, Ukraine": the place at the end of the part, the byline before it.
      const glued = placeAtEnd(part.text, true);
      if (glued) start = part.offset + takePlace(names, glued);
      break;
    }
    if (!isPlaceShaped(part.text) || !(atLineStart || knownPlace(part.text))) {
      // "…starts early SACRAMENTO, Calif.": the headline ran into the place's first part, which is a known
      // place or in capitals.
      const ranInto = names.length === 1 ? placeAtEnd(part.text, false) : null;
      if (ranInto && (ranInto.known !== null || isCapitalsRun(ranInto.name)))
        start = part.offset + takePlace(names, ranInto);
      break;
    }
    names.unshift(placeCase(part.text));
    start = part.offset;
    if (atLineStart) break;
  }
  return { start, place: names.join(", "), date };
}

/** Three places to cut a dateline, the latest first: the last comma, the one before it, a full stop. */
function latestFirst(lastComma: number, commaBefore: number, stop: number): number[] {
  // The comma before always comes before the last (or both are -1): only the full stop can fall anywhere.
  if (stop > lastComma) return [stop, lastComma, commaBefore];
  return stop > commaBefore ? [lastComma, stop, commaBefore] : [lastComma, commaBefore, stop];
}

/**
 * Where one or two bracketed words at the end of the text start, with up to three spaces before each: what
 * `/(?:\s{0,3}[[(][^\])[(]{1,40}[\])]){1,2}$/` finds. The text's length when it ends in none.
 */
function bracketedTailStart(text: string): number {
  const last = bracketedBefore(text, text.length);
  if (last === -1) return text.length;
  const first = bracketedBefore(text, last);
  return first === -1 ? last : first;
}

/**
 * Start of a bracketed word ending just before `end` ("[India]", "(Assam)": 1 to 40 characters, no bracket
 * among them), taking up to three spaces before it; -1 when there is none.
 */
function bracketedBefore(text: string, end: number): number {
  const closer = text.charCodeAt(end - 1);
  if (closer !== 0x5d && closer !== 0x29) return -1;
  let open = end - 2;
  while (open >= 0 && end - 2 - open < 40 && !isBracket(text.charCodeAt(open))) open--;
  const inner = end - 2 - open;
  const opener = text.charCodeAt(open);
  if (open < 0 || inner < 1 || (opener !== 0x5b && opener !== 0x28)) return -1;
  let start = open;
  while (open - start < 3 && (unitClass(text, start - 1) & SPACE) !== 0) start--;
  return start;
}

function isBracket(code: number): boolean {
  return code === 0x5b || code === 0x5d || code === 0x28 || code === 0x29;
}

/** The text without the spaces and commas at its end: `text.replace(/[\s,]+$/, "")`. */
function trimSpacesAndCommas(text: string): string {
  let rest = text.trimEnd();
  while (rest.endsWith(",")) rest = rest.slice(0, -1).trimEnd();
  return rest;
}

/** The text without one full stop at its end: `text.replace(/\.$/, "")`. */
function withoutFinalStop(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

interface Part {
  text: string;
  offset: number;
}

/**
 * The last comma part of the text before `end` that holds more than white space, trimmed, with the offset
 * of its first word and of the comma before it (-1 for none). Parts are read from the end, as a place is.
 */
function partBefore(text: string, end: number): (Part & { comma: number }) | null {
  for (let stop = end; stop >= 0; ) {
    const comma = stop > 0 ? text.lastIndexOf(",", stop - 1) : -1;
    const piece = text.slice(comma + 1, stop);
    const trimmed = piece.trim();
    if (trimmed !== "") {
      return { text: trimmed, offset: comma + 1 + piece.length - piece.trimStart().length, comma };
    }
    if (comma === -1) return null;
    stop = comma;
  }
  return null;
}

function firstWordOffset(text: string): number {
  return text.length - text.trimStart().length;
}

/** Small words inside a place's name: "Rio de Janeiro", "Stratford-upon-Avon" written with spaces. */
const CONNECTORS = new Set([...PLACE_PARTICLES, "upon"]);

function isPlaceWord(word: string): boolean {
  return /^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || CONNECTORS.has(word);
}

/**
 * One to four place words, the first capitalised: "NEW DELHI", "Rio de Janeiro". Most datelines are plain
 * ASCII with single spaces, read here word by word without splitting; anything else is split as words.
 */
export function isPlaceShaped(text: string): boolean {
  let words = 0;
  for (let start = 0; ; ) {
    const shape = asciiWordShape(text, start);
    // A character beyond ASCII, other white space or an empty word: the words as a split finds them.
    if (shape === null) return placeShapedByWords(text);
    const first = words === 0;
    words++;
    if (words > 4 || !(shape.capitalised || (!first && CONNECTORS.has(text.slice(start, shape.end))))) {
      return false;
    }
    if (shape.end === text.length) return true;
    start = shape.end + 1;
  }
}

/**
 * The word of printable ASCII at `start`, up to a single space or the text's end: where it ends, and whether it
 * is capitalised as `/^[\p{Lu}][\p{L}.'’-]*$/u` has it. Null for an empty word or any other character.
 */
function asciiWordShape(text: string, start: number): { end: number; capitalised: boolean } | null {
  let capitalised = isCapital(text.charCodeAt(start));
  let end = start;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code === 0x20) break;
    if (code < 0x21 || code > 0x7e) return null;
    if (end > start && !isPlaceWordTail(code)) capitalised = false;
  }
  if (end === start || (end < text.length && text.charCodeAt(end + 1) === 0x20)) return null;
  return { end, capitalised };
}

/** An ASCII letter, ".", "'" or "-". */
function isPlaceWordTail(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || code === 0x2e || code === 0x27 || code === 0x2d;
}

function placeShapedByWords(text: string): boolean {
  // Five words are enough to tell the text is too long a place.
  const words = splitSpaces(text, 5);
  return (
    words.length <= 4 &&
    words.every(isPlaceWord) &&
    isPlaceWord(words[0] ?? "") &&
    !CONNECTORS.has(words[0] ?? "")
  );
}

/**
 * The place at the end of a comma part. A whole part at the start of the line is the place, unless it opens
 * with a byline; otherwise the
 * headline ran into it, and the longest known place at the end wins (also when a byline is glued to it:
 * "By Jane DOEHouston"), then a run of capitals, then the last capitalised word.
 */
function placeAtEnd(text: string, atLineStart: boolean): PlaceAtEnd | null {
  // "By Jane Doe BEIJING": a byline glued to the place is not part of it, however place-shaped.
  if (atLineStart && isPlaceShaped(text) && !opensWithBy(text)) return { name: text, offset: 0, known: null };
  const words = text.split(" ");
  // The kth word's offset: the words before it, each with the space after it.
  const offsetOf = (k: number) => {
    let offset = 0;
    for (let j = 0; j < k; j++) offset += (words[j] as string).length + 1;
    return offset;
  };
  const first = Math.max(0, words.length - LONGEST_PLACE_WORDS);
  let from = offsetOf(first);
  for (let k = first; k < words.length; k++) {
    // The last words from the kth on, as written: the text from the kth word's offset.
    const candidate = text.slice(from);
    const known = knownPlace(candidate);
    if (known) return { name: candidate, offset: from, known };
    const glued = gluedPlace(words, k);
    if (glued) return { name: glued.name, offset: from + glued.cut, known: glued.known };
    from += (words[k] as string).length + 1;
  }
  let k = words.length;
  while (k > 0 && isCapitalsWord(words[k - 1] ?? "")) k--;
  if (k < words.length && words.length - k <= 4)
    return { name: words.slice(k).join(" "), offset: offsetOf(k), known: null };
  const lastWord = words[words.length - 1] ?? "";
  if (isPlaceWord(lastWord) && !CONNECTORS.has(lastWord)) {
    return { name: lastWord, offset: offsetOf(words.length - 1), known: null };
  }
  return null;
}

/** Puts the place found at the end of a comma part before the names read so far; returns its offset in the part. */
function takePlace(names: string[], found: PlaceAtEnd): number {
  names.unshift(found.known ?? placeCase(found.name));
  return found.offset;
}

/** "SACRAMENTO", "NEW YORK": capitals only, in words of two letters or more. */
function isCapitalsRun(name: string): boolean {
  return name.split(" ").every(isCapitalsWord);
}

/** "SACRAMENTO", "D.C.", "O'NEILL": a capital, then capitals, stops, apostrophes or hyphens. */
function isCapitalsWord(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(word);
}

/** A place at the end of a comma part: as written, where it starts, and its spelling when the gazetteer knows it. */
interface PlaceAtEnd {
  name: string;
  offset: number;
  known: string | null;
}

/**
 * A place glued to the word before it by the scraper: "DOEHouston" (a surname in capitals, then the place)
 * or "DoeHouston". Only a known place is split off, so "McDonald" or "DeKalb" stay whole.
 */
function gluedPlace(words: string[], k: number): { name: string; cut: number; known: string } | null {
  const word = words[k] ?? "";
  if (word.length > 60) return null; // no name and place are longer; bounds the work on hostile input
  // Most words a headline ends in are capitalised at most: no capital after the first letter, no place glued on.
  if (!mayHoldInnerCapital(word)) return null;
  for (let i = 1; i < word.length - 1; i++) {
    // Each character alone, as `/\p{Lu}/u.test(word[i])` sees it, by class rather than by pattern.
    const here = unitClass(word, i);
    const before = unitClass(word, i - 1);
    const next = unitClass(word, i + 1);
    const boundary = here & UPPER && (before & LOWER || (before & UPPER && next & LOWER));
    if (!boundary) continue;
    const name = [word.slice(i), ...words.slice(k + 1)].join(" ");
    const known = knownPlace(name);
    if (known) return { name, cut: i, known };
  }
  return null;
}

/** Could a capital stand inside the word, after its first letter? Not when it is ASCII with no capital there. */
function mayHoldInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || isCapital(code)) return true;
  }
  return false;
}
