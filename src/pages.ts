/**
 * A scraped page often holds several dispatches: a digest, a "more news" list with full texts, a run of
 * briefs. The story lines are split into one part per dispatch at each later dateline that opens a story,
 * taking the header lines above it (headline, byline, page date) with it.
 */
import { sentences } from "./body.js";
import type { StoryLine } from "./debris/index.js";
import { bylineOf } from "./header/byline.js";
import { type DatelineMatch, Datelines, findBareDateline } from "./header/dateline.js";
import { looksLikeHeadline } from "./header/headline.js";
import { metaLine, pageDateLine, splitTrailingDate } from "./header/meta.js";
import { knownPlace } from "./header/places.js";
import { holdsText, trimmed as trimmedText } from "./header/trim.js";

/** Longest headline run into a dateline on the same line; longer, it is story text. */
const HEADLINE_CHARS = 250;
/** Header lines above a dateline taken with it: headline, byline, page date, meta. */
const HEADER_LINES = 4;
/** A line this long is story text even without a full stop at its end. */
const PROSE_CHARS = 200;

export function splitPages(lines: StoryLine[], datelines = new Datelines()): StoryLine[][] {
  const starts = [0];
  let opened = false;
  let bodySince = false;
  // A dispatch opened by a dated header ("Headline" / page date) whose dateline has not come yet: lines
  // before it count as story text only if they read like prose, so a leftover button or caption between
  // the header and the dateline does not make that dateline open a second dispatch.
  let awaitingDateline = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as StoryLine;
    const text = line.text;
    if (!holdsText(text)) continue;
    const trimmed = trimmedText(text);
    const match = opensStory(line, datelines);
    if (match) {
      if (opened && bodySince) starts.push(headerStart(lines, i, starts[starts.length - 1] as number));
      opened = true;
      awaitingDateline = false;
      bodySince = holdsText(text.slice(match.bodyStart));
      continue;
    }
    // A listing without datelines: a headline with its date ("Headline" / "Wed, 30 Jul 2025 05:05 GMT"),
    // after a story and before more text, opens the next dispatch.
    const dated = datedHeader(lines, i, trimmed);
    if (dated !== null && bodySince) {
      starts.push(dated);
      bodySince = false;
      awaitingDateline = true;
      continue;
    }
    if (dated !== null) {
      opened = true;
      awaitingDateline = true;
    } else if (opened && (!awaitingDateline || readsAsProse(trimmed))) bodySince = true;
  }
  return starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length));
}

/**
 * Where a dated header block starts when line `i` ends one: a headline with a feed date glued to it, or a
 * page date line under a headline-shaped line. Null otherwise, and when no text follows it. `text` is the
 * line trimmed.
 */
function datedHeader(lines: StoryLine[], i: number, text: string): number | null {
  // The line itself first: most lines are neither dated nor a date, and then the next one need not be read.
  const trailing = splitTrailingDate(text) !== null;
  if (!trailing && !pageDateLine(text)) return null;
  const next = nextContent(lines, i);
  if (next === null || pageDateLine(next) || splitTrailingDate(next)) return null;
  if (trailing) return i;
  for (let j = i - 1; j >= 0; j--) {
    const above = (lines[j] as StoryLine).text.trim();
    if (above === "") continue;
    return isHeaderLine(above) && !pageDateLine(above) ? j : null;
  }
  return null;
}

/** Story text rather than a button, label or caption left over: a sentence's end, or a paragraph's length. */
function readsAsProse(text: string): boolean {
  return text.length > PROSE_CHARS || /[.!?…:]["”’»)]?$/.test(text);
}

function nextContent(lines: StoryLine[], i: number): string | null {
  for (let j = i + 1; j < lines.length; j++) {
    const text = (lines[j] as StoryLine).text.trim();
    if (text !== "") return text;
  }
  return null;
}

/** A dateline that can open a dispatch: at the start of its line, or after nothing longer than a headline. */
function opensStory(line: StoryLine, datelines: Datelines): DatelineMatch | null {
  const text = line.text;
  const match = datelines.of(line) ?? knownBareDateline(text);
  if (!match) return null;
  const head = text.slice(0, match.start).trim();
  if (head === "") return match;
  // A headline run into the dateline is one line with no full stop at its end; a sentence (or two) before
  // it make it story text that happens to hold a dateline-like phrase.
  if (head.length > HEADLINE_CHARS || /\.["”’]?$/.test(head) || sentences(head).length > 1) return null;
  return match;
}

function knownBareDateline(text: string): DatelineMatch | null {
  const match = findBareDateline(text);
  return match?.place && knownPlace(match.place.split(",")[0] ?? "") ? match : null;
}

/** Walks up from a dateline over the header lines that belong to it, stopping at the story before. */
function headerStart(lines: StoryLine[], at: number, floor: number): number {
  let start = at;
  let taken = 0;
  for (let j = at - 1; j > floor && taken < HEADER_LINES; j--) {
    const text = (lines[j] as StoryLine).text.trim();
    if (text === "") continue;
    if (!isHeaderLine(text)) break;
    start = j;
    taken++;
  }
  return start;
}

function isHeaderLine(text: string): boolean {
  if (pageDateLine(text) || metaLine(text) || bylineOf(text)) return true;
  return looksLikeHeadline(text) && text.length <= 200 && !/[.!?]["”’)]?$/.test(text);
}
