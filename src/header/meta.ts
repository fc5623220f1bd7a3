/**
 * Header lines that are not headline, byline or dateline but carry facts: the page date ("Updated 4:12 PM
 * EDT, September 3, 2025", "03.09.2025, 14:05 Uhr", "3 SEP, 14:22") and the republisher's meta line
 * ("Source: Xinhua| 2025-09-03 17:25:40|Editor: huaxia", "KYODO NEWS - Sep 3, 2025 - 18:40 | Japan").
 */
import { type Agency, agencyLine } from "./agencies.js";
import { mayOpenDate, type PartialDate, readDate, slashReadings } from "./dates.js";
import { knownPlace } from "./places.js";
import { trimmed as trimmedText } from "./trim.js";

export interface PageDate {
  /** The date, when the line says which one it is (the year may still be missing: "3 SEP, 14:22"). */
  date: PartialDate | null;
  /** An ambiguous slashed date ("03/09/2025"): every reading that is a real date. */
  readings: PartialDate[];
}

export interface MetaLine {
  date: PageDate;
  agency: Agency | null;
  byline: string | null;
}

/** The labels a page date may carry, as LABEL matches them (caseless). */
const LABEL_WORDS = [
  "Updated",
  "Published",
  "Posted",
  "Last updated",
  "First published",
  "Date",
  "Dated",
  "Aktualisiert(?: am)?",
  "Veröffentlicht(?: am)?",
  "Stand",
  "Publié le",
  "Mis à jour le",
  "Actualizado(?: el)?",
  "Publicado(?: el)?",
  "Aggiornato(?: il)?",
  "Pubblicato(?: il)?",
  "Update",
];
const LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS.join("|")})(?: on| at)?\s{0,2}:?\s{1,3}`, "i");
/** The first two letters of every label, small, as one number: each label opens with two ASCII letters. */
const LABEL_STARTS = new Set(LABEL_WORDS.map((word) => pairKey(word.charCodeAt(0), word.charCodeAt(1))));

function pairKey(first: number, second: number): number {
  return (first | 0x20) * 0x80 + (second | 0x20);
}
/** Labels in languages that always write the day first: their "04/09/2025" is the 4th of September. */
const DAY_FIRST_LABEL =
  /^(?:Aktualisiert|Veröffentlicht|Stand|Publié|Mis à jour|Actualizado|Publicado|Aggiornato|Pubblicato)/i;
// A time of day written before the date: "4:12 PM EDT, September 3, 2025".
const TIME_FIRST = /^\d{1,2}[:.]\d{2}\s{0,2}(?:[AaPp]\.?[Mm]\.?)?\s{0,2}(?:[A-Z]{2,5})?,?\s{1,3}/;

/** Words that may follow a page date without making the line a sentence. */
const TIME_WORDS = new Set(
  `am pm a.m. p.m. uhr h hrs hr updated update published ago hours hour minutes minute mins min seconds sec last
  ist cet cest bst edt est cdt cst mdt mst pdt pst gmt utc mez mesz jst kst hkt sgt aest aedt awst wib myt pht ict
  z hora horas heure ore à a at um alle las le`
    .split(/\s+/)
    .filter(Boolean),
);

/** The longest page date line, label and time included. */
const PAGE_DATE_CHARS = 90;
/** Every date readDate and slashReadings read has a day or a year in digits: a line without one holds none. */
const DIGIT = /\d/;

/** A line that is nothing but a page date (with a label or a time around it), or null. */
export function pageDateLine(line: string): PageDate | null {
  const trimmed = trimmedText(line);
  // Ungluing only adds spaces: a line already too long is no page date, and most lines are story text.
  if (trimmed.length > PAGE_DATE_CHARS || !mayOpenPageDate(trimmed)) return null;
  return readPageDate(trimmed);
}

/**
 * `pageDateLine` of a trimmed line, without the look at how the line opens: the tests hold the two to each
 * other.
 */
export function readPageDate(trimmed: string): PageDate | null {
  if (trimmed.length > PAGE_DATE_CHARS || !DIGIT.test(trimmed)) return null;
  let rest = unglueTime(trimmed);
  if (rest.length > PAGE_DATE_CHARS) return null;
  const dayFirst = DAY_FIRST_LABEL.test(rest);
  rest = rest.slice(LABEL.exec(rest)?.[0].length ?? 0);
  rest = rest.slice(TIME_FIRST.exec(rest)?.[0].length ?? 0);
  const read = readDate(rest);
  if (read) return onlyTimeAfter(rest.slice(read.length)) ? { date: read.date, readings: [] } : null;
  const slashed = slashReadings(rest);
  if (slashed && onlyTimeAfter(rest.slice(slashed.length))) {
    // Both readings come day/month first; a label in a day-first language settles it.
    return slashed.dates.length === 1 || dayFirst
      ? { date: slashed.dates[0] as PartialDate, readings: [] }
      : { date: null, readings: slashed.dates };
  }
  return null;
}

/**
 * Could the line be a page date? It opens with its label, its time or its date: with a digit, with the first
 * letters of a label, or as `readDate` needs a date to open. Ungluing leaves the first character as it is, and
 * turns the second into a space only before "Updated", where neither a label nor a date word can start.
 */
function mayOpenPageDate(line: string): boolean {
  if (mayOpenDate(line)) return true;
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  if (!(isAsciiLetter(first) && isAsciiLetter(second))) return false;
  return LABEL_STARTS.has(pairKey(first, second));
}

function isAsciiLetter(code: number): boolean {
  const letter = code | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

/**
 * A page that prints date, time and update note in separate boxes, scraped with nothing between them:
 * "November 3, 20256:02 AM GMT+1Updated 2 hours ago" is "November 3, 2025 6:02 AM GMT+1 Updated 2 hours ago".
 */
function unglueTime(line: string): string {
  // Each pattern needs a colon or "Updated": most lines hold neither and are passed over without a scan.
  const timed = line.includes(":") ? line.replace(GLUED_TIME, "$1 ") : line;
  return timed.includes("Updated") ? timed.replace(GLUED_UPDATE, " ") : timed;
}

const GLUED_TIME = /((?:19|20)\d\d)(?=\d{1,2}:\d\d)/;
const GLUED_UPDATE = /(?<=[\dA-Z])(?=Updated\b)/;

/** "7:12 AM GMT+1 Updated 3 hours ago", ", 14:05 Uhr", " / 2:14 PM": times, zones and separators only. */
function onlyTimeAfter(tail: string): boolean {
  if (tail.length > 60) return false;
  for (const token of tail.split(/[\s,/|()–—-]+/)) {
    if (token === "" || /^[\d:.+]{1,8}$/.test(token) || /^\d{1,2}[:.h]\d{2}(?:[ap]\.?m\.?)?$/i.test(token))
      continue;
    if (TIME_WORDS.has(token.toLowerCase())) continue;
    if (/^[A-Z]{2,5}(?:[+-]\d{1,2})?$/.test(token)) continue;
    return false;
  }
  return true;
}

/**
 * A meta line: fields split by "|" (and " - " within a field), one of which is a page date; the others may
 * name the agency or the writer. Null when no field is a date, so a headline with a pipe is not taken.
 */
export function metaLine(line: string): MetaLine | null {
  if (line.length > 200 || !mayBeMeta(line) || !/[|]|\s[-–]\s|^(?:Source|Editor)\s?:/i.test(line))
    return null;
  const out: MetaLine = { date: { date: null, readings: [] }, agency: null, byline: null };
  let dated = false;
  const fields = line.split("|").flatMap((part) => part.split(/\s[-–]\s/));
  for (const [index, field] of fields.entries()) {
    const text = field.replace(/^\s*(?:Source|Editor|By|Von|Par|Por|Di)\s{0,2}:?\s{1,3}/i, "").trim();
    if (text === "") continue;
    const date = pageDateLine(text);
    if (date && !dated) {
      out.date = date;
      dated = true;
      continue;
    }
    const agency = agencyLine(text);
    if (agency) {
      out.agency ??= agency;
      continue;
    }
    // Only the first field may be the writer ("Ali Yilmaz |03.09.2025"): later ones are sections.
    if (index === 0 && personName(text)) out.byline = text;
  }
  return dated ? out : null;
}

/**
 * Could the line be a meta line? Its fields need a "|", a "-" or "–" between spaces, or a "Source:" or
 * "Editor:" label in front: three plain searches and a look at the first letter, before the pattern.
 */
function mayBeMeta(line: string): boolean {
  const first = line.charCodeAt(0) | 0x20;
  return line.includes("|") || line.includes("-") || line.includes("–") || first === 0x73 || first === 0x65;
}

/** "Ali Yilmaz", "Jane DOE": two to four capitalised words, not a place. */
export function personName(text: string): boolean {
  return (
    /^[\p{Lu}][\p{L}'’-]{1,30}(?: [\p{Lu}][\p{L}'’-]{1,30}){1,3}$/u.test(text) &&
    knownPlace(text) === undefined
  );
}

// A feed's date glued to the end of a headline: "…orphaned chimpsWed, 30 Jul 2025 05:05:19 GMT".
const TRAILING_FEED_DATE =
  /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}(?: \d{2}:\d{2}(?::\d{2})?)?(?: (?:GMT|UTC|[+-]\d{4}))?$/;

/** Splits a feed date off the end of a headline line; null when the line does not end in one. */
export function splitTrailingDate(line: string): { headline: string; date: PageDate; text: string } | null {
  // The date ends in a digit, "GMT" or "UTC": any other last character spares the pattern a scan of the line.
  const last = line.charCodeAt(line.length - 1);
  if (!(last >= 0x30 && last <= 0x39) && last !== 0x54 && last !== 0x43) return null;
  const m = TRAILING_FEED_DATE.exec(line);
  if (!m || m.index === 0) return null;
  const date = pageDateLine(m[0]);
  return date ? { headline: line.slice(0, m.index), date, text: m[0] } : null;
}
