import { classOf, DIGIT, LETTER, SPACE, startsUpper, UPPER, unitClass } from "./chars.js";
import type { StoryLine } from "./debris/index.js";
import { squash } from "./normalise.js";

/**
 * Story lines to paragraphs. Blank lines separate paragraphs; within a block, lines that end like
 * sentences are paragraphs of their own, lines that do not are a hard-wrapped paragraph and are joined.
 * A paragraph far longer than any wire paragraph is a scrape that ran the story together: it is split
 * back into sentences and regrouped as a wire editor would, one or two sentences each.
 */
export function paragraphs(lines: StoryLine[]): string[] {
  const out: string[] = [];
  for (const block of blocks(lines)) {
    for (const joined of linesToParagraphs(block)) {
      // Plain loops: most paragraphs are whole, and need no array of their own.
      if (!mayBeGlued(joined)) addParagraph(out, joined);
      else for (const paragraph of unglue(joined)) addParagraph(out, paragraph);
    }
  }
  return out;
}

function addParagraph(out: string[], paragraph: string): void {
  // One at a time: spreading a run-on paragraph's many sentences into push() overflows the stack.
  if (paragraph.length > RUN_ON_CHARS) for (const part of regroup(sentences(paragraph))) out.push(part);
  else out.push(paragraph);
}

// "…twists of fate.Standing in his…": a scraper that joined paragraphs with no space between them. Two
// small letters before the stop keep "U.S.Senate" and "St.Louis" whole; a straight quote is left alone, as
// it cannot tell closing from opening.
const GLUED_PARAGRAPH = /(?<=\p{Ll}\p{Ll}[.!?][”’»]?)(?=[“‘«„]?\p{Lu}\p{Ll})/u;

/**
 * GLUED_PARAGRAPH as one forward pattern: it matches somewhere exactly where the lookbehind finds a place to
 * split, and a forward search costs a fraction of a lookbehind tried at every position.
 */
const GLUED_ANYWHERE = /\p{Ll}\p{Ll}[.!?][”’»]?[“‘«„]?\p{Lu}\p{Ll}/u;
function mayBeGlued(paragraph: string): boolean {
  return stopBeforeCapital(paragraph) && GLUED_ANYWHERE.test(paragraph);
}

/**
 * What GLUED_ANYWHERE needs and costs far less to look for (no Unicode classes): a stop with a capital, a
 * quote mark or any other character beyond ASCII right after it, as `/[.!?][A-Z\u0080-\uffff]/` finds.
 * Most paragraphs have a space after every stop; the engine's plain search for each stop passes over the
 * text faster than a pattern of a class.
 */
function stopBeforeCapital(paragraph: string): boolean {
  for (const stop of SENTENCE_STOPS) {
    for (let i = paragraph.indexOf(stop); i !== -1; i = paragraph.indexOf(stop, i + 1)) {
      const next = paragraph.charCodeAt(i + 1);
      if ((next >= 0x41 && next <= 0x5a) || next >= 0x80) return true;
    }
  }
  return false;
}

const SENTENCE_STOPS = [".", "!", "?"];

/** A paragraph the scraper glued to the next one, split back where they met. */
function unglue(paragraph: string): string[] {
  return paragraph.split(new RegExp(GLUED_PARAGRAPH, "gu"));
}

/** Longer than this, with several sentences, a paragraph is taken for several run together. */
const RUN_ON_CHARS = 600;
/** A second sentence joins a paragraph only while the paragraph stays this short. */
const PAIR_CHARS = 240;

function blocks(lines: StoryLine[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const { text } of lines) {
    if (text.trim() === "") {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(squash(text));
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The marks a line that ends a sentence ends with: a look at its last character, not a pattern run along it. */
const SENTENCE_ENDS = new Set([...'.!?…:"”“’»)]'].map((mark) => mark.charCodeAt(0)));

function endsSentence(line: string): boolean {
  return line.length > 0 && SENTENCE_ENDS.has(line.charCodeAt(line.length - 1));
}

function linesToParagraphs(block: string[]): string[] {
  if (block.length === 1) return block;
  const width = hardWrapWidth(block);
  const out: string[] = [];
  let pending = "";
  for (let i = 0; i < block.length; i++) {
    const line = block[i] as string;
    pending = pending ? `${pending} ${line}` : line;
    const next = block[i + 1];
    if (next === undefined || !runsOn(line, next, width)) {
      out.push(pending);
      pending = "";
    }
  }
  return out;
}

/**
 * Does the paragraph go on from `line` to `next`? In hard-wrapped text (`width` > 0) it does unless the line
 * ends a sentence well short of the margin, as a paragraph's last line does. With a paragraph a line, only a
 * line cut mid-sentence goes on: a short line that ends no sentence before a capital is a subheading
 * ("What happens next"), a paragraph of its own.
 */
function runsOn(line: string, next: string, width: number): boolean {
  if (width > 0) return !(endsSentence(line) && line.length < width * SHORT_LINE);
  if (endsSentence(line)) return false;
  return line.length >= SUBHEAD_CHARS || !startsWithCapital(next);
}

/** Wire copy hard-wrapped at a fixed margin has lines no longer than this. */
const WRAP_MAX = 110;
/** A paragraph's last line in wrapped copy stops short of the margin by at least this share. */
const SHORT_LINE = 0.8;
/** A wrapped line reaches at least this share of the margin. */
const FULL_LINE = 0.7;
/** Longer than this, a line that ends no sentence is not a subheading. */
const SUBHEAD_CHARS = 60;

/**
 * The margin of a hard-wrapped block, or 0 if the block has a paragraph a line: wrapped lines end mid-sentence
 * and most of them reach close to the longest.
 */
function hardWrapWidth(block: string[]): number {
  let width = 0;
  for (const line of block) width = Math.max(width, line.length);
  if (width > WRAP_MAX) return 0;
  let full = 0;
  let open = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const line = block[i] as string;
    if (line.length >= width * FULL_LINE) full++;
    if (!endsSentence(line)) open++;
  }
  const lines = block.length - 1;
  return full >= lines * 0.6 && open >= lines * 0.5 ? width : 0;
}

/** A capital letter or an opening quote mark, as a new paragraph starts. */
function startsWithCapital(line: string): boolean {
  return startsUpper(line) || (line.length > 0 && PARAGRAPH_QUOTES.has(line.charCodeAt(0)));
}

/** The quote marks a paragraph may open with. */
const PARAGRAPH_QUOTES = new Set([...`"“‘«„'`].map((mark) => mark.charCodeAt(0)));

/** Lede alone; after it, a sentence joins the one before while the pair is short. Quotes stay whole. */
export function regroup(parts: string[]): string[] {
  const out: string[] = [];
  let count = 0;
  for (const sentence of parts) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      out.length > 1 &&
      count === 1 &&
      last.length + sentence.length + 1 <= PAIR_CHARS
    ) {
      out[out.length - 1] = `${last} ${sentence}`;
      count = 2;
    } else {
      out.push(sentence);
      count = 1;
    }
  }
  return out;
}

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov pres st ste mt ft jr sr no nos vol vs etc inc corp
  ltd co bros dept est fig approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m rev hon
  messrs mme mlle op ch art pp al`
    .split(/\s+/)
    .filter(Boolean),
);

const MAX_QUOTE_CHARS = 1500;

const OPENERS = new Set(['"', "“", "«", "„", "‹", "‘", "'", "(", "["]);

/** Curly and angled quote marks: what opens, and what may close it („…“ in German, «…» in French). */
const CLOSERS: Record<string, string> = { "“": "”", "„": "“”", "«": "»", "‹": "›" };
const ALL_CLOSERS = "”“»›";
/**
 * The characters the sentence scan stops at: a straight quote, the stops, and every mark beyond ASCII that opens
 * or closes a quotation above. Letters, digits and spaces neither open nor close anything nor end a sentence;
 * the pattern's native search passes over them several times faster than a loop that looks at each.
 */
const SCAN_STOPS = /[".!?“”„«»‹›]/g;

/** Where the sentence scan stops next, from `from` on: the index of the next mark, or the text's length. */
export function nextScanStop(text: string, from: number): number {
  SCAN_STOPS.lastIndex = from;
  return SCAN_STOPS.test(text) ? SCAN_STOPS.lastIndex - 1 : text.length;
}
/** What may follow a sentence's stop and still belong to the sentence. */
const TRAILING_CLOSERS = "\"”“’»›')]";

/**
 * Splits a paragraph into sentences in one pass, never inside a quotation: "agreement. I would" inside
 * quote marks is one sentence of the quote, not two of the story.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // What closes each quotation still open, innermost last: "“" closes „ in German, "”" closes “.
  const open: string[] = [];
  let straightOpen = false;
  let openedAt = 0;
  const closes = (ch: string) => open.length > 0 && (open[open.length - 1] as string).includes(ch);
  // From mark to mark: passing over the rest defers the stray check below to the next mark, which it reaches
  // just the same.
  for (let i = nextScanStop(text, 0); i < text.length; i = nextScanStop(text, i + 1)) {
    const ch = text[i] as string;
    // A quote mark left open for longer than any quotation is a stray: stop honouring it.
    if ((straightOpen || open.length > 0) && i - openedAt > MAX_QUOTE_CHARS) {
      straightOpen = false;
      open.length = 0;
    }
    if (ch === '"') {
      if (straightOpen) straightOpen = false;
      else if (opensQuote(text, i)) {
        straightOpen = true;
        openedAt = i;
      }
      continue;
    }
    if (closes(ch)) open.pop();
    else if (CLOSERS[ch] !== undefined) {
      if (open.length === 0) openedAt = i;
      open.push(CLOSERS[ch] as string);
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    // French sets a space inside its guillemets: "« C'est fini. »".
    if (text[end] === " " && (text[end + 1] === "»" || text[end + 1] === "›")) end++;
    while (end < text.length && TRAILING_CLOSERS.includes(text[end] as string)) {
      const closer = text[end] as string;
      if (closer === '"') straightOpen = false;
      if (ALL_CLOSERS.includes(closer) && closes(closer)) open.pop();
      end++;
    }
    if (open.length > 0 || straightOpen) continue;
    if (text[end] !== " ") continue;
    const next = text[end + 1] ?? "";
    // One UTF-16 unit, as the pattern this stands for read it: half a surrogate pair is no capital.
    const nextClass = end + 1 < text.length ? classOf(text.charCodeAt(end + 1)) : 0;
    if ((nextClass & (UPPER | DIGIT)) === 0 && !OPENERS.has(next)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    out.push(text.slice(start, end).trim());
    start = end + 1;
    i = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** A straight quote mark opens a quotation at the start, after a space, a bracket or a dash. */
function opensQuote(text: string, i: number): boolean {
  if (i === 0) return true;
  return (unitClass(text, i - 1) & SPACE) !== 0 || QUOTE_OPENING_AFTER.has(text.charCodeAt(i - 1));
}

const QUOTE_OPENING_AFTER = new Set([..."([{—–-"].map((mark) => mark.charCodeAt(0)));

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  // One UTF-16 unit at a time, as the pattern this stands for read it: half a surrogate pair is no letter.
  while (k > 0 && ((classOf(text.charCodeAt(k - 1)) & LETTER) !== 0 || text.charCodeAt(k - 1) === 0x2e)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 1 && (unitClass(word, 0) & LETTER) !== 0) return true; // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word);
}
