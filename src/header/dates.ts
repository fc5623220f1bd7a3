import { SPACE, unitClass } from "../chars.js";

/**
 * Calendar dates as wire copy writes them. Only ever run on short candidate snippets (a dateline, a page
 * date), never over a whole story: "last year" in a story is not the story's date.
 */

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

/** Month names and abbreviations in the languages the agencies file in. Data, not code. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ["january", "jan", "janvier", "janv", "januar", "jän", "enero", "ene", "gennaio", "genn", "gen"]],
  [
    2,
    [
      "february",
      "feb",
      "febr",
      "février",
      "fevrier",
      "févr",
      "fev",
      "févr",
      "februar",
      "febrero",
      "febbraio",
    ],
  ],
  [3, ["march", "mar", "mars", "märz", "marz", "marzo"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile"]],
  [5, ["may", "mai", "mayo", "maggio", "mag"]],
  [6, ["june", "jun", "juin", "juni", "junio", "giugno", "giu"]],
  [7, ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago"]],
  [9, ["september", "sept", "sep", "septembre", "septiembre", "setiembre", "settembre", "set"]],
  [10, ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott"]],
  [11, ["november", "nov", "novembre", "noviembre"]],
  [12, ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre"]],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

/**
 * Month and weekday words are looked up as words, not matched as one long alternation: a big caseless
 * alternation is slow for the regex engine to compile on first use and to run. What follows a word is
 * still a small pattern, run from where the word ends (sticky, so \b sees the word before it).
 */
const MONTH_LENGTHS = lengthsOf(Object.keys(MONTHS));

/** The day (and French or Spanish "de") before the month word in "3 September 2025", "1er janvier". */
const DAY_MONTH_YEAR_HEAD = /^(\d{1,2})(?:er|\.|º|°)?\s{0,3}(?:de\s{1,3})?/i;
/** What follows the month word in "3 September 2025", "5 de mayo de 2024". */
const DAY_MONTH_YEAR_TAIL = patternTail(/\.?(?:\s{1,3}(?:de\s{1,3})?(\d{4}))?\b/iy);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]{5,15}(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** "03.09.2025": with dots the order is always day, month, year. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** Weekday names (and their short forms) that may lead a date: "Wednesday, September 3, 2025", "Mi., 3. Sept". */
const WEEKDAY_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag mo di
  mi do fr sa so lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì martedì mercoledì giovedì
  venerdì sabato domenica`
    .split(/\s+/)
    .filter(Boolean),
);
const WEEKDAY_LENGTHS = lengthsOf([...WEEKDAY_WORDS]);
/** What follows a leading weekday: "Wed., ", "Mittwoch, ". */
const WEEKDAY_TAIL = patternTail(/\.?,?\s{1,3}(?=\d|\p{L})/iuy);

/**
 * The first two letters (small) of every month and weekday word that starts with two ASCII letters, as
 * numbers: most snippets that start with a letter start no such word, and two lookups say so.
 */
const WORD_STARTS = startsOf([...Object.keys(MONTHS), ...WEEKDAY_WORDS]);
/** The same of the month words alone, and of the weekday words alone. */
const MONTH_STARTS = startsOf(Object.keys(MONTHS));
const WEEKDAY_STARTS = startsOf([...WEEKDAY_WORDS]);

function startsOf(words: string[]): Set<number> {
  return new Set(
    words
      .filter((word) => word.charCodeAt(0) < 0x80 && word.charCodeAt(1) < 0x80)
      .map((word) => word.charCodeAt(0) * 0x80 + word.charCodeAt(1)),
  );
}

/**
 * Could a month or weekday word start the snippet? No, when its first two characters are ASCII and no word
 * starts with them (no word is shorter than two letters, and no ASCII letter folds onto a letter beyond ASCII
 * in these words). Anything else is left to the full look-up.
 */
function mayStartWord(snippet: string, starts = WORD_STARTS): boolean {
  const a = snippet.charCodeAt(0);
  const b = snippet.charCodeAt(1);
  if (!(a < 0x80 && b < 0x80)) return true; // beyond ASCII, or too short for this test (NaN)
  return starts.has(asciiLower(a) * 0x80 + asciiLower(b));
}

/**
 * Could `readDate` read a date at the start of the snippet? Not unless it opens with a digit, or with a letter
 * that may start a month or weekday word: a cheap test that spares most lines of a story the full reading.
 */
export function mayOpenDate(snippet: string): boolean {
  const first = snippet.charCodeAt(0);
  if (isDigit(first)) return true;
  return (isAsciiLetter(first) || first >= 0x80) && mayStartWord(snippet);
}

function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** What follows a month or weekday word: where it ends, and its numbers (day, year) as written. */
interface TailMatch {
  end: number;
  first: string | undefined;
  second: string | undefined;
}

/** Reads the tail that follows a word ending at `at`, or null when none does. */
type TailReader = (snippet: string, at: number) => TailMatch | null;

/** A tail read by a sticky pattern, its groups as first and second. */
function patternTail(pattern: RegExp): TailReader {
  return (snippet, at) => {
    pattern.lastIndex = at;
    const m = pattern.exec(snippet);
    return m ? { end: m.index + m[0].length, first: m[1], second: m[2] } : null;
  };
}

/**
 * "Sept." then the day and maybe the year: what follows the month word in "September 3, 2025". Read by hand
 * as the pattern `/\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\.?(?:,?\s{1,3}(\d{4}))?\b/iy` reads it, its optional
 * parts tried in the same order (taken before left out, the last one given up first), as the most common
 * date form costs a pattern compile on the first dispatch otherwise.
 */
function monthDayYearTail(snippet: string, at: number): TailMatch | null {
  let i = at + (snippet.charCodeAt(at) === 0x2e ? 1 : 0);
  const spaces = spacesUpTo(snippet, i, 3);
  if (spaces === 0) return null;
  i += spaces;
  const digits = isDigit(snippet.charCodeAt(i)) ? (isDigit(snippet.charCodeAt(i + 1)) ? 2 : 1) : 0;
  for (let day = digits; day >= 1; day--) {
    const dayEnd = i + day;
    // The ordinal and the stop taken first, then left out: 2 then 0 letters, 1 then 0 stops.
    for (let suffix = isOrdinalAt(snippet, dayEnd) ? 2 : 0; suffix >= 0; suffix -= 2) {
      const afterSuffix = dayEnd + suffix;
      for (let stop = snippet.charCodeAt(afterSuffix) === 0x2e ? 1 : 0; stop >= 0; stop--) {
        const afterStop = afterSuffix + stop;
        const yearEnd = yearAfter(snippet, afterStop);
        if (yearEnd !== -1 && atWordBoundary(snippet, yearEnd)) {
          return {
            end: yearEnd,
            first: snippet.slice(i, dayEnd),
            second: snippet.slice(yearEnd - 4, yearEnd),
          };
        }
        if (atWordBoundary(snippet, afterStop)) {
          return { end: afterStop, first: snippet.slice(i, dayEnd), second: undefined };
        }
      }
    }
  }
  return null;
}
const MONTH_DAY_YEAR_TAIL: TailReader = monthDayYearTail;

/** Where ", 2025" or " 2025" at `at` ends (a comma, one to three spaces, four digits), or -1. */
function yearAfter(snippet: string, at: number): number {
  let i = at + (snippet.charCodeAt(at) === 0x2c ? 1 : 0);
  const spaces = spacesUpTo(snippet, i, 3);
  if (spaces === 0) return -1;
  i += spaces;
  for (let k = 0; k < 4; k++) if (!isDigit(snippet.charCodeAt(i + k))) return -1;
  return i + 4;
}

/** "st", "nd", "rd" or "th" at `at`, in any case. */
function isOrdinalAt(snippet: string, at: number): boolean {
  const first = asciiLower(snippet.charCodeAt(at));
  const second = asciiLower(snippet.charCodeAt(at + 1));
  return ORDINAL_SUFFIXES.some((suffix) => suffix.charCodeAt(0) === first && suffix.charCodeAt(1) === second);
}

const ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"];

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** How many white-space characters (up to `most`, as `\s{0,most}`) start at `at`. */
function spacesUpTo(text: string, at: number, most: number): number {
  let n = 0;
  while (n < most && (unitClass(text, at + n) & SPACE) !== 0) n++;
  return n;
}

/** `\b` without the u flag: a word character (ASCII letter, digit, "_") on one side of `at` only. */
function atWordBoundary(snippet: string, at: number): boolean {
  return isWordCharacter(snippet.charCodeAt(at - 1)) !== isWordCharacter(snippet.charCodeAt(at));
}

function isWordCharacter(code: number): boolean {
  return isDigit(code) || code === 0x5f || isAsciiLetter(code);
}

/** The lengths words of a list come in, longest first: the order a longest-first alternation tries them. */
function lengthsOf(words: string[]): number[] {
  return [...new Set(words.map((word) => word.length))].sort((a, b) => b - a);
}

/**
 * A word of `words` at `at`, as a caseless pattern would find it, longest first, with `tail` matching right
 * after it (the first length that fits wins, as with an alternation); null when none does.
 */
function wordAt(
  snippet: string,
  at: number,
  words: { has(word: string): boolean },
  lengths: number[],
  fold: (text: string) => string | null,
  tail: TailReader,
): { word: string; tail: TailMatch } | null {
  // Only letters fold to the letters of a listed word: no word is longer than the run of them at `at`. Nor is
  // one shorter than the run of ASCII letters there: every tail needs a stop, a space or a word boundary after
  // the word, never an ASCII letter. On plain words that leaves one length to look up.
  const end = Math.min(snippet.length, at + (lengths[0] ?? 0));
  let ascii = at;
  while (ascii < end && isAsciiLetter(snippet.charCodeAt(ascii))) ascii++;
  let run = ascii;
  while (run < end && mayBeLetter(snippet.charCodeAt(run))) run++;
  for (const length of lengths) {
    if (length > run - at || length < ascii - at) continue;
    const piece = snippet.slice(at, at + length);
    // ASCII letters fold the same under every flag.
    const word = length === ascii - at ? piece.toLowerCase() : fold(piece);
    if (word === null || !words.has(word)) continue;
    const after = tail(snippet, at + length);
    if (after) return { word, tail: after };
  }
  return null;
}

function isAsciiLetter(code: number): boolean {
  const letter = code | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

/** An ASCII letter, or a character beyond ASCII (which may be a letter, or fold onto one). */
function mayBeLetter(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code);
}

/**
 * A piece of text in small letters as a caseless pattern without the u flag compares it: like toLowerCase,
 * except that the Kelvin sign, which such a pattern never takes for a "k", rules the piece out.
 */
function foldCaseless(text: string): string | null {
  return text.includes("\u212a") ? null : text.toLowerCase();
}

/** The same under the u flag, whose case folding also takes the long s for an "s". */
function foldUnicode(text: string): string {
  return text.toLowerCase().replaceAll("ſ", "s");
}

/** The month words' numbers in a Map: a look-up of a word cut from a snippet costs less than on an object. */
const MONTH_NUMBERS = new Map(Object.entries(MONTHS));
const MONTH_SET = { has: (word: string) => MONTH_NUMBERS.has(word) };

/**
 * Reads a date at the start of `snippet`. Returns the date and how many characters it took, or null.
 * A slashed date is read only where it cannot be mistaken (one part above 12), never guessed.
 */
export function readDate(snippet: string): { date: PartialDate; length: number } | null {
  // Each form starts with a weekday or month (a letter) or with a day or year (a digit): the first character
  // says which patterns to try. Beyond ASCII, a caseless pattern may fold a letter: those are tried too.
  const first = snippet.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return numericDate(snippet);
  const lower = first | 0x20;
  if (!(lower >= 0x61 && lower <= 0x7a) && !(first >= 0x80)) return null;
  if (!mayStartWord(snippet)) return null;
  // A month word seldom opens as a weekday does ("Sept", "Oct"), and is spared that look-up.
  const weekday = mayStartWord(snippet, WEEKDAY_STARTS)
    ? wordAt(snippet, 0, WEEKDAY_WORDS, WEEKDAY_LENGTHS, foldUnicode, WEEKDAY_TAIL)
    : null;
  if (weekday) {
    const length = weekday.tail.end;
    const rest = readDate(snippet.slice(length));
    return rest ? { date: rest.date, length: length + rest.length } : null;
  }
  const month = mayStartWord(snippet, MONTH_STARTS)
    ? wordAt(snippet, 0, MONTH_SET, MONTH_LENGTHS, foldCaseless, MONTH_DAY_YEAR_TAIL)
    : null;
  if (!month) return null;
  const { tail } = month;
  return built(tail.second, MONTH_NUMBERS.get(month.word), tail.first, tail.end);
}

/** The forms of `readDate` that start with a digit: "3 September", "2025-09-03", "03.09.2025", "13/09/2025". */
function numericDate(snippet: string): { date: PartialDate; length: number } | null {
  // A day and a month word take four characters at least ("3 mai" five, "3mai" four; no month word is shorter
  // than three): the day alone after "Nov. " is turned away without the pattern.
  if (snippet.length < 4) return null;
  const head = DAY_MONTH_YEAR_HEAD.exec(snippet) as RegExpExecArray; // a digit starts the snippet
  const month = wordAt(snippet, head[0].length, MONTH_SET, MONTH_LENGTHS, foldCaseless, DAY_MONTH_YEAR_TAIL);
  if (month) {
    const { tail } = month;
    return built(tail.first, MONTH_NUMBERS.get(month.word), head[1], tail.end);
  }
  // The all-digit forms are eight characters at least, and each has its first mark in a set place: "2025-",
  // "3." or "03.", "3/" or "03/". A day alone ("8" of "June. 8") is read by none of them.
  if (snippet.length < 8) return null;
  const mark = (code: number) => snippet.charCodeAt(1) === code || snippet.charCodeAt(2) === code;
  let m = snippet.charCodeAt(4) === 0x2d ? ISO_DATE.exec(snippet) : null;
  if (m) return built(m[1], Number(m[2]), m[3], m[0].length);
  m = mark(0x2e) ? DOTTED_DATE.exec(snippet) : null;
  if (m) return built(m[3], Number(m[2]), m[1], m[0].length);
  m = mark(0x2f) ? SLASH_DATE.exec(snippet) : null;
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return built(m[3], b, m[1], m[0].length);
    if (b > 12 && a <= 12) return built(m[3], a, m[2], m[0].length);
  }
  return null;
}

/**
 * Both readings of a slashed date that could be day/month or month/day ("03/09/2025"), when both are real
 * dates. Neither is taken on its own; a dateline's day and month can tell which one the page meant.
 */
export function slashReadings(snippet: string): { dates: PartialDate[]; length: number } | null {
  const m = SLASH_DATE.exec(snippet);
  if (!m) return null;
  const dates = [built(m[3], Number(m[2]), m[1], 0)?.date, built(m[3], Number(m[1]), m[2], 0)?.date].filter(
    (d): d is PartialDate => d !== undefined,
  );
  return dates.length > 0 ? { dates, length: m[0].length } : null;
}

function built(
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
  length: number,
): { date: PartialDate; length: number } | null {
  if (month === undefined || day === undefined) return null;
  const date = { year: year ? Number(year) : null, month, day: Number(day) };
  if (!isRealDate({ ...date, year: date.year ?? 2000 })) return null;
  return { date, length };
}

export function isRealDate(date: { year: number; month: number; day: number }): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.year < 1800 || date.year > 2200) return false;
  // As Date.UTC reads them: a fractional day or month is no date, a fractional year is its whole part.
  if (!Number.isInteger(date.month) || !Number.isInteger(date.day) || Number.isNaN(date.year)) return false;
  return date.day <= daysInMonth(Math.trunc(date.year), date.month);
}

/** Days in a month of the Gregorian calendar, as Date counts them: no Date object to build for each check. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function toIso(date: { year: number; month: number; day: number }): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function weekdayOf(date: { year: number; month: number; day: number }): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? "";
}

export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}
