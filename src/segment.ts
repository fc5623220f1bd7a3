import type { StoryLine } from "./debris/index.js";
import { bylineOf, splitByline } from "./header/byline.js";
import { type DatelineMatch, findBareDateline, findDateline } from "./header/dateline.js";
import { type PartialDate, readDate } from "./header/dates.js";
import { cleanHeadline, looksLikeHeadline } from "./header/headline.js";
import type { Removal } from "./record.js";

/** The story split into its header fields and the lines of its body. */
export interface Segmented {
  headline: string | null;
  byline: string | null;
  dateline: DatelineMatch | null;
  /** A date printed near the header: "(AFP) Sep 03, 2025", "Updated 18 March 2025". */
  pageDate: PartialDate | null;
  body: StoryLine[];
  /** Header lines that are neither headline, byline nor dateline (kickers, slugs), kept for the audit. */
  removed: Removal[];
  /** Line of the dateline, for diagnostics. */
  datelineLine: number | null;
}

/** How far into the story a dateline may be: past this, a "(AFP)" is a credit in the text, not a dateline. */
const HEADER_LINES = 12;

export function segment(lines: StoryLine[]): Segmented {
  const content = lines.filter((l) => l.text.trim() !== "");
  for (let k = 0; k < Math.min(content.length, HEADER_LINES); k++) {
    const line = content[k] as StoryLine;
    const match = findDateline(line.text) ?? (k <= 3 ? findBareDateline(line.text) : null);
    if (match) return withDateline(lines, content, k, match);
  }
  return withoutDateline(lines, content);
}

function withDateline(lines: StoryLine[], content: StoryLine[], k: number, match: DatelineMatch): Segmented {
  const line = content[k] as StoryLine;
  const out = emptySegmented();
  out.dateline = match;
  out.datelineLine = line.line;
  out.pageDate = match.pageDate;
  // Header fragment before the place on the dateline's own line: headline and byline run together.
  const { rest, byline } = splitByline(line.text.slice(0, match.start).trim());
  out.byline = byline;
  out.headline = cleanHeadline(rest);
  readHeaderLines(content.slice(0, k), out);
  if (match.pageDate) {
    // The page date after the marker ("(AFP) Sep 03, 2025 …") is not story text, but it was the input's.
    const between = line.text.slice(match.end, match.bodyStart);
    const date = between.replace(/^[\s:.–—-]{0,20}/, "").replace(/[\s:.–—-]{0,20}$/, "");
    const column = match.end + between.indexOf(date) + 1;
    if (date !== "") out.removed.push({ rule: "page-date", text: date, line: line.line, column });
  }
  const after = line.text.slice(match.bodyStart);
  const index = lines.indexOf(line);
  out.body = [{ line: line.line, text: after }, ...lines.slice(index + 1)];
  return out;
}

/** Lines above the dateline, read upwards: page date, byline, headline; anything above is a kicker. */
function readHeaderLines(header: StoryLine[], out: Segmented): void {
  for (let i = header.length - 1; i >= 0; i--) {
    const { text, line } = header[i] as StoryLine;
    const trimmed = text.trim();
    const date = pageDateOf(trimmed);
    if (date && !out.pageDate) {
      out.pageDate = date;
      out.removed.push({ rule: "page-date", text: trimmed, line, column: 1 });
      continue;
    }
    const byline = bylineOf(trimmed);
    if (byline && !out.byline) {
      out.byline = byline;
      keepBylineLine(out, trimmed, byline, line);
      continue;
    }
    if (!out.headline) {
      const split = splitByline(trimmed);
      out.headline = cleanHeadline(split.rest);
      out.byline ??= split.byline;
      continue;
    }
    if (out.headline === cleanHeadline(trimmed)) {
      out.removed.push({ rule: "repeated-headline", text: trimmed, line, column: 1 });
      continue;
    }
    out.removed.push({ rule: "above-headline", text: trimmed, line, column: 1 });
  }
}

const PAGE_DATE_PREFIX = /^(?:(?:Updated|Published|Posted|Last updated|First published)(?: on)?:?\s{1,3})?/i;

/** A line that is nothing but a date (with "Updated"/"Published" before it), or null. */
export function pageDateOf(line: string): PartialDate | null {
  const prefix = PAGE_DATE_PREFIX.exec(line)?.[0].length ?? 0;
  const rest = line.slice(prefix);
  const read = readDate(rest);
  if (!read || read.date.year === null) return null;
  const tail = rest.slice(read.length).trim();
  // "Sep 03, 2025", "18 March 2025 10:42 GMT", "2025-09-03T08:00:00Z" are page dates; a sentence is not.
  return /^(?:[\d:.]{0,8}\s{0,2}(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4})?)?$/.test(tail) ? read.date : null;
}

function withoutDateline(lines: StoryLine[], content: StoryLine[]): Segmented {
  const out = emptySegmented();
  let first = 0;
  while (first < content.length) {
    const trimmed = (content[first] as StoryLine).text.trim();
    const date = pageDateOf(trimmed);
    if (date && !out.pageDate) {
      out.pageDate = date;
      out.removed.push({
        rule: "page-date",
        text: trimmed,
        line: (content[first] as StoryLine).line,
        column: 1,
      });
      first++;
      continue;
    }
    break;
  }
  const top = content[first];
  // A short first line followed by more text is the headline; a lone paragraph is all body.
  if (top && content.length > first + 1 && looksLikeHeadline(top.text)) {
    const split = splitByline(top.text.trim());
    out.headline = cleanHeadline(split.rest);
    out.byline = split.byline;
    first++;
    const next = content[first];
    const byline = next ? bylineOf(next.text) : null;
    if (next && byline && !out.byline) {
      out.byline = byline;
      keepBylineLine(out, next.text.trim(), byline, next.line);
      first++;
    }
  }
  const start = content[first];
  out.body = start ? lines.slice(lines.indexOf(start)) : [];
  return out;
}

/** A byline line that says more than the name ("By Jane Doe in Paris") is kept whole for the audit. */
function keepBylineLine(out: Segmented, text: string, byline: string, line: number): void {
  if (text.replace(/^[Bb]y\s{1,3}/, "") !== byline)
    out.removed.push({ rule: "byline", text, line, column: 1 });
}

function emptySegmented(): Segmented {
  return {
    headline: null,
    byline: null,
    dateline: null,
    pageDate: null,
    body: [],
    removed: [],
    datelineLine: null,
  };
}
