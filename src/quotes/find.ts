import { classAt, DIGIT, SPACE, startsUpper, UPPER, unitClass } from "../chars.js";
import type { QuoteKind } from "../record.js";
import { beforeSpaces, endsLetterApostrophe, unitIsLetter, unitIsLetterOrDigit } from "./letters.js";
import { ELISIONS, type Family, MARKS, type MarkRole, TITLE_SMALL_WORDS, WORK_NOUNS } from "./marks.js";
import { isSpeechVerb } from "./verbs.js";

/** A quotation found in the body, before anyone is credited with it. */
export interface QuoteSpan {
  /**
   * The quoted words, without marks and without the attribution's trailing comma. A quotation over several
   * paragraphs is joined with single spaces; one broken by an attribution is joined with " … ".
   */
  text: string;
  kind: QuoteKind;
  /** Paragraph of the opening mark, and the offset of the mark itself. */
  paragraph: number;
  openAt: number;
  /** Offset of the first quoted character in `paragraph`. */
  start: number;
  /** Paragraph of the last quoted character, and the offset just past it. */
  endParagraph: number;
  end: number;
  /** Where the first closing mark is, and the offset just past it: an attribution after the quote starts there. */
  closeParagraph: number;
  closeEnd: number;
  /** Inside another quotation: someone quoted by the speaker. */
  nested: boolean;
}

/** Longer than this, a quotation left open is a stray mark, not a quote. */
const MAX_QUOTE_CHARS = 6000;
/** An attribution that breaks a quotation in two is short: `," he said, "`. */
const MAX_BREAK_CHARS = 160;

interface Open {
  mark: string;
  family: Family;
  paragraph: number;
  openAt: number;
  start: number;
  /** Where this quotation's text starts in the paragraph being scanned. */
  from: number;
  /** Quoted text of earlier paragraphs, for a quotation that runs over several. */
  parts: string[];
  length: number;
}

/**
 * Finds the quotations in one pass over the paragraphs with a stack of open marks, so a quotation may hold
 * another. A quotation left open at the end of a paragraph goes on when the next paragraph opens with a
 * mark of its family (the wire convention); otherwise its opening mark was a stray and is dropped.
 */
export function findQuotes(paragraphs: readonly string[], limit = Number.POSITIVE_INFINITY): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carry: Open | null = null;
  // Past `limit` spans the text is not prose (a page of quote marks): stop rather than list them all.
  for (let p = 0; p < paragraphs.length && spans.length < limit; p++) {
    const text = paragraphs[p] as string;
    const stack: Open[] = [];
    let i = 0;
    if (carry) {
      const lead = MARKS[text[0] ?? ""];
      if (lead?.family === carry.family && mayOpen(text[0] as string, lead, text, 0)) {
        stack.push({ ...carry, from: 1 });
        i = 1;
      }
      carry = null;
    }
    // Worked out only for a paragraph that has a possible possessive to judge.
    let strong: boolean[] | null = null;
    const strongCloseAfter = (k: number) => {
      strong ??= strongSingleCloses(text);
      return strong[k] as boolean;
    };
    for (i = nextMark(text, i); i !== -1; i = nextMark(text, i + 1)) {
      const ch = text[i] as string;
      const role = MARKS[ch] as MarkRole;
      if (role.family === "single" && isElision(text, i)) {
        i += 2;
        continue;
      }
      const target = openToClose(stack, ch, role, text, i, strongCloseAfter);
      if (target !== -1) {
        const open = stack[target] as Open;
        stack.length = target;
        const span = closeSpan(paragraphs, open, p, i, target > 0);
        if (span) spans.push(span);
      } else if (role.opens && stack.length < MAX_NESTING && mayOpen(ch, role, text, i)) {
        stack.push({
          mark: ch,
          family: role.family,
          paragraph: p,
          openAt: i,
          start: i + 1,
          from: i + 1,
          parts: [],
          length: 0,
        });
      }
    }
    carry = carryOver(stack[0], text, paragraphs[p + 1]);
  }
  // A quotation inside another closes first: only then are the spans out of order.
  if (!inTextOrder(spans)) spans.sort(byOpening);
  return mergeBroken(
    spans.filter((span) => !namesAWork(paragraphs, span)),
    paragraphs,
  );
}

const byOpening = (a: QuoteSpan, b: QuoteSpan) => a.paragraph - b.paragraph || a.openAt - b.openAt;

function inTextOrder(spans: readonly QuoteSpan[]): boolean {
  for (let k = 1; k < spans.length; k++)
    if (byOpening(spans[k - 1] as QuoteSpan, spans[k] as QuoteSpan) > 0) return false;
  return true;
}

/** Every quotation mark there is: the scan goes from one to the next without looking at the letters between. */
const ANY_MARK = new RegExp(`[${Object.keys(MARKS).join("")}]`, "g");

/** Offset of the first quotation mark at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  ANY_MARK.lastIndex = from;
  return ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : -1;
}

/** The outermost open quotation goes on in the next paragraph if that paragraph reopens it. */
function carryOver(open: Open | undefined, text: string, next: string | undefined): Open | null {
  if (!open || next === undefined) return null;
  const lead = MARKS[next[0] ?? ""];
  if (lead?.family !== open.family || !mayOpen(next[0] as string, lead, next, 0)) return null;
  const part = text.slice(open.from).trim();
  if (open.length + part.length > MAX_QUOTE_CHARS) return null;
  return { ...open, parts: [...open.parts, part], length: open.length + part.length };
}

/** The index in the stack of the quotation this mark closes, or -1. Strays above it are dropped. */
function openToClose(
  stack: Open[],
  ch: string,
  role: MarkRole,
  text: string,
  i: number,
  strongCloseAfter: (i: number) => boolean,
): number {
  if (role.closes.length === 0) return -1;
  if (role.family === "single" && !mayCloseSingle(text, i, strongCloseAfter)) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (role.closes.includes((stack[k] as Open).mark)) return k;
  }
  // A straight double mark closes whatever double quotation is open, whichever mark opened it.
  if (ch === '"') {
    for (let k = stack.length - 1; k >= 0; k--) if ((stack[k] as Open).family === "double") return k;
  }
  return -1;
}

/**
 * Prose nests a quotation in a quotation, rarely three deep. Past this depth the marks are strays, and
 * honouring them would make every closing mark search an ever longer stack.
 */
const MAX_NESTING = 8;

/** What an ambiguous mark may open after, besides whitespace: a bracket, a dash, a slash, another mark. */
const OPEN_BEFORE = `([{—–-/"“„'‘‚«»‹›`;

function mayOpen(ch: string, role: MarkRole, text: string, i: number): boolean {
  if (i + 1 >= text.length) return false;
  // French typography puts a space inside guillemets: "« Nous gagnerons »".
  if (ch === "«" || ch === "‹") return true;
  if (unitClass(text, i + 1) & SPACE) return false;
  if (!role.ambiguous) return true;
  if (i > 0 && !(unitClass(text, i - 1) & SPACE) && !OPEN_BEFORE.includes(text[i - 1] as string))
    return false;
  // A single mark before a digit is an elided century ("the '90s"), not a quotation.
  if (role.family === "single") return unitIsLetter(text, i + 1);
  return true;
}

/** "rock 'n' roll", "'em", "'til": the apostrophe stands for missing letters. */
function isElision(text: string, i: number): boolean {
  if (unitIsLetterOrDigit(text, i - 1)) return false;
  const rest = text.slice(i + 1, i + 7).toLowerCase();
  return ELISIONS.some((word) => rest.startsWith(word) && !unitIsLetter(rest, word.length));
}

/**
 * A single mark closes after a word or a stop and before a space or a stop; one between letters is an
 * apostrophe ("Korea's"). After a plural ("the Kims' train") it may be a possessive: it closes only when
 * no other mark further on could.
 */
function mayCloseSingle(text: string, i: number, strongCloseAfter: (i: number) => boolean): boolean {
  if (i === 0 || unitClass(text, i - 1) & SPACE) return false;
  if (unitIsLetterOrDigit(text, i + 1)) return false;
  if (isWeakClose(text, i)) return !strongCloseAfter(i);
  return true;
}

function isWeakClose(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1) | 0x20;
  return (before === 0x73 || before === 0x7a) && text.charCodeAt(i + 1) === 0x20 && unitIsLetter(text, i + 2);
}

/** For each offset, whether a single closing mark that is not possibly a possessive comes after it. */
function strongSingleCloses(text: string): boolean[] {
  const out = new Array<boolean>(text.length + 1).fill(false);
  let seen = false;
  for (let i = text.length - 1; i >= 0; i--) {
    out[i] = seen;
    const ch = text[i] as string;
    if ((ch === "'" || ch === "’") && !/\s/.test(text[i - 1] ?? " ") && !unitIsLetterOrDigit(text, i + 1)) {
      if (!isWeakClose(text, i)) seen = true;
    }
  }
  return out;
}

function closeSpan(
  paragraphs: readonly string[],
  open: Open,
  p: number,
  closeAt: number,
  nested: boolean,
): QuoteSpan | null {
  const text = paragraphs[p] as string;
  let from = open.from;
  let to = closeAt;
  if (open.parts.length === 0) while (from < to && unitClass(text, from) & SPACE) from++;
  while (to > from && (unitClass(text, to - 1) & SPACE || text.charCodeAt(to - 1) === 0x2c)) to--;
  const last = text.slice(from, to);
  const joined = open.parts.length === 0 ? last : [...open.parts, last].join(" ");
  // Replacing every single space with itself is most of the cost of squashing: done only where it changes something.
  const quoted = (ODD_WHITESPACE.test(joined) ? joined.replace(WHITESPACE_RUN, " ") : joined).trim();
  if (quoted === "") return null;
  const first = paragraphs[open.paragraph] as string;
  let start = open.start;
  while (start < first.length && unitClass(first, start) & SPACE) start++;
  return {
    text: quoted,
    kind: kindOf(first, open.openAt, quoted),
    paragraph: open.paragraph,
    openAt: open.openAt,
    start,
    endParagraph: p,
    end: to,
    closeParagraph: p,
    closeEnd: closeAt + 1,
    nested,
  };
}

/**
 * A direct quote is a statement in its own right: it opens a paragraph or a sentence, or follows a colon, or
 * an attribution's comma before a capital. A phrase quoted in the middle of narration is partial.
 */
function kindOf(paragraph: string, openAt: number, text: string): QuoteKind {
  let k = openAt - 1;
  while (k >= 0 && unitClass(paragraph, k) & SPACE) k--;
  if (k < 0) return "direct";
  const prev = paragraph[k] as string;
  if (".!?:…".includes(prev)) return "direct";
  // A closing mark before this one ends a quotation; after a letter it is an apostrophe ("countries'").
  if (MARKS[prev] !== undefined && !unitIsLetter(paragraph, k - 1)) return "direct";
  if (",—–".includes(prev) && startsUpper(text)) return "direct";
  return "partial";
}

/**
 * Quotation marks around a title or a nickname are not a quote: `the film "Glass Jaw"`,
 * `Marcus "The Hammer" Reyes`, `Fleetwood Mac's "Rumours"`, `declared Saturday "Hannah Lindgren Day"`.
 */
function namesAWork(paragraphs: readonly string[], span: QuoteSpan): boolean {
  if (!isTitleCase(span.text)) return false;
  const paragraph = paragraphs[span.paragraph] as string;
  const before = paragraph.slice(Math.max(0, span.openAt - 60), span.openAt);
  const words = before.trim().split(/\s+/);
  const previous = (words[words.length - 1] ?? "").replace(/[,:]$/, "");
  const afterWorkNoun = words
    .slice(-3)
    .some((word) => WORK_NOUNS.has(word.replace(/[,:]$/, "").toLowerCase()));
  // "a documentary, "Last Bell", produced by …": a title in apposition looks like a statement after a comma.
  if (span.kind === "direct") return afterWorkNoun && beforeSpaces(before, before.length) === ",";
  if (span.text.split(/\s+/).length > 1) return true;
  if (endsLetterApostrophe(previous)) return true;
  if (afterWorkNoun) return true;
  const after = (paragraphs[span.endParagraph] as string).slice(span.closeEnd, span.closeEnd + 2);
  return startsUpper(previous) && after.charCodeAt(0) === 0x20 && (classAt(after, 1) & UPPER) !== 0;
}

/**
 * Eight words or fewer, each capitalised (or a number) or a small word of titles, one at least capitalised:
 * "Rounds I Lost". Read word by word, stopping at the first that fails, as most quotations fail at once.
 */
function isTitleCase(text: string): boolean {
  let words = 0;
  let capitalised = false;
  for (let i = 0; i < text.length; ) {
    if (unitClass(text, i) & SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && !(unitClass(text, end) & SPACE)) end++;
    if (++words > 8) return false;
    if (classAt(text, i) & (UPPER | DIGIT)) capitalised = true;
    else if (end - i > LONGEST_SMALL_WORD || !TITLE_SMALL_WORDS.has(text.slice(i, end).toLowerCase()))
      return false;
    i = end;
  }
  return capitalised;
}

/** Longer than this, a word is no small word of titles (whatever its case). */
const LONGEST_SMALL_WORD = Math.max(...[...TITLE_SMALL_WORDS].map((word) => word.length));

const WHITESPACE_RUN = /\s+/g;
/** Whitespace that is not one plain space between words: where splitting or squashing on /\s+/ is needed. */
const ODD_WHITESPACE = /[^\S ]| {2}/;

/**
 * `"We will win," he said, "and we will do it soon."` is one quote broken by its attribution: the two parts
 * are joined with " … ", `start` is where the first part starts and `end` where the second part ends.
 */
function mergeBroken(spans: QuoteSpan[], paragraphs: readonly string[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let previous = -1;
  for (const span of spans) {
    const first = out[previous];
    if (first && !span.nested && breaksOne(first, span, paragraphs)) {
      out[previous] = {
        ...first,
        text: `${first.text} … ${span.text}`,
        endParagraph: span.endParagraph,
        end: span.end,
      };
      continue;
    }
    if (!span.nested) previous = out.length;
    out.push(span);
  }
  return out;
}

function breaksOne(first: QuoteSpan, second: QuoteSpan, paragraphs: readonly string[]): boolean {
  if (first.kind !== "direct" || first.closeParagraph !== second.paragraph) return false;
  if (first.endParagraph !== first.closeParagraph) return false;
  const between = (paragraphs[second.paragraph] as string).slice(first.closeEnd, second.openAt);
  const commaInside = (paragraphs[first.closeParagraph] as string)[first.closeEnd - 2] === ",";
  if (between.length > MAX_BREAK_CHARS || !(commaInside || /^\s*,/.test(between))) return false;
  if (beforeSpaces(between, between.length) !== ",") return false;
  if (/[.!?;:"“”«»]/.test(between.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z])\./g, ""))) return false;
  return between.split(/[\s,]+/).some(isSpeechVerb);
}
