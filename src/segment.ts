import type { StoryLine } from "./debris/index.js";
import { type Agency, agencyLine, sectionAgency } from "./header/agencies.js";
import { bylineOf, splitByline, type WrittenByline } from "./header/byline.js";
import { type DatelineMatch, Datelines, findBareDateline, findPlaceLine } from "./header/dateline.js";
import type { PartialDate } from "./header/dates.js";
import {
  cleanHeadline,
  looksLikeHeadline,
  splitSiteSuffix,
  splitSlug,
  themeLine,
  trimHeadline,
  undoubled,
} from "./header/headline.js";
import { metaLine, type PageDate, pageDateLine, splitTrailingDate } from "./header/meta.js";
import { holdsText } from "./header/trim.js";
import type { Removal } from "./record.js";

/** The story split into its header fields and the lines of its body. */
export interface Segmented {
  headline: string | null;
  byline: string | null;
  dateline: DatelineMatch | null;
  /** A date printed near the header: "(AFP) Sep 03, 2025", "Updated 18 March 2025". */
  pageDate: PartialDate | null;
  /** Readings of an ambiguous page date ("03/09/2025"), for the dateline to choose between. */
  pageDateReadings: PartialDate[];
  /** An agency the header names outside the dateline: a meta line, a headline suffix. */
  agency: Agency | null;
  /** An agency a section title above the headline names ("AFP Top News"): the weakest signal. */
  sectionAgency: Agency | null;
  body: StoryLine[];
  /** Header lines that are neither headline, byline nor dateline (kickers, slugs), kept for the audit. */
  removed: Removal[];
  /** Line of the dateline, for diagnostics. */
  datelineLine: number | null;
}

/** How far into the story a dateline may be: past this, a "(AFP)" is a credit in the text, not a dateline. */
const HEADER_LINES = 12;
/** How far down a dateline without an agency marker ("WASHINGTON:", "ANKARA") is looked for. */
const BARE_DATELINE_LINES = 6;

export function segment(lines: StoryLine[], datelines = new Datelines()): Segmented {
  // Lines are read only down to the dateline: a long story is sifted for blank lines only when it has none.
  const head: StoryLine[] = [];
  for (let i = 0; i < lines.length && head.length < HEADER_LINES; i++) {
    const line = lines[i] as StoryLine;
    if (!holdsText(line.text)) continue;
    const k = head.length;
    head.push(line);
    const match = datelines.of(line) ?? (k < BARE_DATELINE_LINES ? bareDateline(lines, i, k) : null);
    if (match) return withDateline(lines, head, k, match);
  }
  return withoutDateline(lines, contentLines(lines));
}

/** The lines that hold more than white space. */
function contentLines(lines: StoryLine[]): StoryLine[] {
  return lines.filter((line) => holdsText(line.text));
}

/** A dateline without a marker on line `i`, the `k`th line of text. */
function bareDateline(lines: StoryLine[], i: number, k: number): DatelineMatch | null {
  const text = (lines[i] as StoryLine).text;
  if (pageDateLine(text) || metaLine(text)) return null;
  // On the first line, only a known place: "NATO: Allies pledge…" or "STOCKS RALLY - Dow…" is a headline.
  return findBareDateline(text, k > 0) ?? (textFollows(lines, i) ? findPlaceLine(text) : null);
}

/** Does a line after line `i` hold text? */
function textFollows(lines: StoryLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (holdsText((lines[j] as StoryLine).text)) return true;
  return false;
}

function withDateline(lines: StoryLine[], content: StoryLine[], k: number, match: DatelineMatch): Segmented {
  const line = content[k] as StoryLine;
  const out = emptySegmented();
  out.dateline = match;
  out.datelineLine = line.line;
  out.pageDate = match.pageDate;
  // Header fragment before the place on the dateline's own line: headline and byline run together.
  const { rest, byline } = splitByline(line.text.slice(0, match.start).trim());
  // Found at the fragment's end, not where the story may repeat it after the dateline.
  if (byline)
    takeByline(out, byline, line, line.text.lastIndexOf(byline.written, match.start - byline.written.length));
  // A byline after the dateline that says more than the name ("By Jane Doe in Paris") is kept for the audit.
  if (match.byline !== null && match.bylineWritten !== null) {
    const { text, start } = match.bylineWritten;
    takeByline(out, { name: match.byline, written: text }, line, start);
  }
  setHeadline(out, rest, line);
  readHeaderLines(content.slice(0, k), out);
  if (match.pageDate) {
    // The page date after the marker ("(AFP) Sep 03, 2025 …") is not story text, but it was the input's.
    const between = line.text.slice(match.end, match.bodyStart);
    const date = between.replace(/^[\s:.–—-]{0,20}/, "").replace(/[\s:.–—-]{0,20}$/, "");
    const column = match.end + between.indexOf(date) + 1;
    if (date !== "") out.removed.push({ rule: "page-date", text: date, line: line.line, column });
  }
  const after = line.text.slice(match.bodyStart);
  let index = lines.indexOf(line);
  // A dateline alone on its line may have the page date under it: "Paris, France | AFP\nPublished: …".
  if (!holdsText(after)) {
    let next = index + 1;
    while (next < lines.length && !holdsText((lines[next] as StoryLine).text)) next++;
    const under = lines[next];
    if (under && next + 1 < lines.length && readFact(under.text.trim(), under.line, out)) index = next;
  }
  // The story from the dateline's line (or the page date under it) on, that line cut to what follows the dateline.
  out.body = lines.slice(index);
  out.body[0] = { line: line.line, text: after };
  return out;
}

/** Lines above the dateline, read upwards: page date, meta, byline, headline; anything above is a kicker. */
function readHeaderLines(header: StoryLine[], out: Segmented): void {
  for (let i = header.length - 1; i >= 0; i--) {
    const storyLine = header[i] as StoryLine;
    const trimmed = storyLine.text.trim();
    if (readFact(trimmed, storyLine.line, out)) continue;
    const byline = bylineOf(trimmed);
    if (byline && !out.byline) {
      out.byline = byline;
      keepBylineLine(out, trimmed, byline, storyLine.line);
      continue;
    }
    if (!out.headline && i > 0 && themeLine(trimmed)) {
      out.removed.push({ rule: "theme-line", text: trimmed, line: storyLine.line, column: 1 });
      continue;
    }
    if (!out.headline) {
      const split = splitByline(trimmed);
      setHeadline(out, split.rest, storyLine);
      if (split.byline) takeAtEnd(out, split.byline, storyLine);
      continue;
    }
    const again = cleanHeadline(splitSlug(trimmed).rest);
    const rule = again === out.headline ? "repeated-headline" : "above-headline";
    out.removed.push({ rule, text: trimmed, line: storyLine.line, column: 1 });
    out.sectionAgency ??= sectionAgency(trimmed) ?? null;
  }
}

/** A page date or meta line: its facts go to the header, the line to the audit. False for anything else. */
function readFact(trimmed: string, line: number, out: Segmented): boolean {
  const date = pageDateLine(trimmed);
  const meta = date ? null : metaLine(trimmed);
  if (!date && !meta) return false;
  takePageDate(out, date ?? (meta as { date: PageDate }).date);
  if (meta) {
    out.agency ??= meta.agency;
    out.byline ??= meta.byline;
  }
  out.removed.push({ rule: date ? "page-date" : "page-meta", text: trimmed, line, column: 1 });
  return true;
}

function takePageDate(out: Segmented, found: PageDate): void {
  if (found.date && (!out.pageDate || (out.pageDate.year === null && found.date.year !== null))) {
    out.pageDate = found.date;
  }
  if (found.readings.length > 0 && out.pageDateReadings.length === 0) out.pageDateReadings = found.readings;
}

/** The headline, less desk slugs in front ("UPDATE 2-") and a site or agency name behind ("- Reuters"). */
function setHeadline(out: Segmented, text: string, from: StoryLine): void {
  let trimmed = text.trim();
  const column = Math.max(0, from.text.indexOf(trimmed)) + 1;
  const dated = splitTrailingDate(trimmed);
  if (dated) {
    takePageDate(out, dated.date);
    out.removed.push({
      rule: "page-date",
      text: dated.text,
      line: from.line,
      column: column + dated.headline.length,
    });
    trimmed = dated.headline.trim();
  }
  const { slug, rest } = splitSlug(trimmed);
  if (slug) out.removed.push({ rule: "desk-slug", text: slug, line: from.line, column });
  const { suffix, rest: bare } = splitSiteSuffix(rest);
  if (suffix) {
    out.removed.push({
      rule: "headline-suffix",
      text: suffix,
      line: from.line,
      column: column + trimmed.lastIndexOf(suffix),
    });
    out.agency ??= agencyLine(suffix.replace(/^[|–—-]\s{0,3}/, "")) ?? null;
  }
  const whole = trimHeadline(bare);
  out.headline = whole === null ? null : undoubled(whole);
  // A headline printed twice on one line keeps one copy; the other goes to the audit.
  if (out.headline !== null && out.headline !== whole) {
    const at = from.text.lastIndexOf(out.headline);
    out.removed.push({ rule: "repeated-headline", text: out.headline, line: from.line, column: at + 1 });
  }
}

/** How many lines under a headline may still be header (byline, page date, meta) when there is no dateline. */
const HEADER_TAIL = 4;

function withoutDateline(lines: StoryLine[], content: StoryLine[]): Segmented {
  const out = emptySegmented();
  let first = 0;
  while (
    first < content.length &&
    readFact((content[first] as StoryLine).text.trim(), lineOf(content, first), out)
  )
    first++;
  // A headline with its feed date glued on ("…chimpsWed, 30 Jul 2025 05:05 GMT") is the headline even under
  // a section title; what is above it goes to the audit.
  const dated = content.slice(first, first + HEADER_TAIL).findIndex((l) => splitTrailingDate(l.text.trim()));
  for (let k = 0; k < dated; k++) {
    const above = content[first + k] as StoryLine;
    out.removed.push({ rule: "above-headline", text: above.text.trim(), line: above.line, column: 1 });
    out.sectionAgency ??= sectionAgency(above.text) ?? null;
  }
  if (dated > 0) first += dated;
  const top = content[first];
  // A short first line followed by more text is the headline; a lone paragraph is all body.
  if (top && content.length > first + 1 && looksLikeHeadline(top.text)) {
    const split = splitByline(top.text.trim());
    setHeadline(out, split.rest, top);
    if (split.byline) takeAtEnd(out, split.byline, top);
    first++;
    for (let n = 0; n < HEADER_TAIL && first < content.length - 1; n++) {
      const next = content[first] as StoryLine;
      const byline = out.byline ? null : bylineOf(next.text);
      if (byline) {
        out.byline = byline;
        keepBylineLine(out, next.text.trim(), byline, next.line);
      } else if (!readFact(next.text.trim(), next.line, out)) break;
      first++;
    }
  }
  const start = content[first];
  out.body = start ? lines.slice(lines.indexOf(start)) : [];
  return out;
}

function lineOf(content: StoryLine[], k: number): number {
  return (content[k] as StoryLine).line;
}

/**
 * The first byline read fills the field, and goes whole to the audit if it says more than the name ("By Jane
 * Doe in Paris", "By JANE DOE Associated Press"). A later one ("…friendship Reporting by Jane Doe; Editing by
 * John Smith" over a "By Jane Doe" line) goes whole to the audit. `at` is its offset in the line.
 */
function takeByline(out: Segmented, byline: WrittenByline, from: StoryLine, at: number): void {
  const column = Math.max(0, at) + 1;
  if (out.byline === null) {
    out.byline = byline.name;
    keepBylineLine(out, byline.written, byline.name, from.line, column);
  } else out.removed.push({ rule: "byline", text: byline.written, line: from.line, column });
}

/** `takeByline` of a byline split off the end of a header line, where it was written. */
function takeAtEnd(out: Segmented, byline: WrittenByline, from: StoryLine): void {
  takeByline(out, byline, from, from.text.lastIndexOf(byline.written));
}

/** A byline line that says more than the name ("By Jane Doe in Paris") is kept whole for the audit. */
function keepBylineLine(out: Segmented, text: string, byline: string, line: number, column = 1): void {
  if (text.replace(/^[Bb]y\s{1,3}/, "") !== byline) out.removed.push({ rule: "byline", text, line, column });
}

function emptySegmented(): Segmented {
  return {
    headline: null,
    byline: null,
    dateline: null,
    pageDate: null,
    pageDateReadings: [],
    agency: null,
    sectionAgency: null,
    body: [],
    removed: [],
    datelineLine: null,
  };
}
