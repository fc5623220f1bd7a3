import type { QuoteKind } from "../record.js";

/** A quotation found in the body, before anyone is credited with it. */
export interface QuoteSpan {
  /** The quoted words, without marks and without the attribution's trailing comma. */
  text: string;
  kind: QuoteKind;
  /** Paragraph of the opening mark, and the offset of the mark itself. */
  paragraph: number;
  openAt: number;
  /** Offset of the first quoted character in `paragraph`. */
  start: number;
  /** Paragraph of the closing mark, the offset just past the last quoted character, and past the mark. */
  endParagraph: number;
  end: number;
  closeEnd: number;
}

const OPEN_CURLY = new Set(["“", "«", "„"]);
const CLOSE_FOR: Record<string, string> = { "“": "”", "«": "»", "„": "“" };
/** Longer than this, an unclosed quotation is a stray mark, not a quote. */
const MAX_QUOTE_CHARS = 3000;

interface Open {
  mark: string;
  paragraph: number;
  openAt: number;
  start: number;
  /** The quoted text of earlier paragraphs, for a quotation that runs over several. */
  parts: string[];
}

/**
 * Finds double-quoted spans in one pass over the paragraphs. A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quote mark (the wire convention); otherwise
 * the opening mark was a stray and is dropped.
 */
export function findQuotes(
  paragraphs: readonly string[],
  /** Stop once this many are found (text that is all quote marks need not be listed to the end). */
  limit = Number.POSITIVE_INFINITY,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] as string;
    let from = 0;
    if (open) {
      if (isMark(text[0] ?? "")) from = 1;
      else open = null;
    }
    let segmentStart = from;
    for (let i = from; i < text.length; i++) {
      const ch = text[i] as string;
      if (open) {
        if (isClose(ch, open.mark)) {
          spans.push(span(paragraphs, open, p, text.slice(segmentStart, i), segmentStart, i));
          if (spans.length >= limit) return spans;
          open = null;
        } else if (i - segmentStart > MAX_QUOTE_CHARS) open = null;
      } else if (isOpen(ch, text, i)) {
        open = { mark: ch, paragraph: p, openAt: i, start: i + 1, parts: [] };
        segmentStart = i + 1;
      }
    }
    open?.parts.push(text.slice(segmentStart).trim());
  }
  return spans;
}

function span(
  paragraphs: readonly string[],
  open: Open,
  p: number,
  inner: string,
  segmentStart: number,
  closeAt: number,
): QuoteSpan {
  const joined = [...open.parts, inner.trim()].join(" ").replace(/\s+/g, " ").trim();
  const lead = (paragraphs[open.paragraph] as string).slice(open.start).match(/^ */)?.[0].length ?? 0;
  const text = joined.replace(/\s*,$/, "");
  return {
    text,
    kind: kindOf(paragraphs[open.paragraph] as string, open.openAt, text),
    paragraph: open.paragraph,
    openAt: open.openAt,
    start: open.start + lead,
    endParagraph: p,
    end: segmentStart + inner.trimEnd().replace(/\s*,$/, "").length,
    closeEnd: closeAt + 1,
  };
}

function isMark(ch: string): boolean {
  return ch === '"' || OPEN_CURLY.has(ch);
}

function isOpen(ch: string, text: string, i: number): boolean {
  const after = text[i + 1];
  if (after === undefined) return false;
  // French typography puts a space inside guillemets: "« Nous gagnerons »".
  if (ch === "«") return true;
  if (after === " ") return false;
  if (OPEN_CURLY.has(ch)) return true;
  if (ch !== '"') return false;
  const before = text[i - 1];
  return before === undefined || /[\s([{—–/-]/.test(before);
}

function isClose(ch: string, mark: string): boolean {
  if (mark === '"' || mark === "“") return ch === '"' || ch === "”";
  return ch === CLOSE_FOR[mark];
}

/**
 * A direct quote is a statement in its own right: it opens a sentence, or follows a colon or an
 * attribution's comma. A phrase quoted in the middle of narration is partial.
 */
function kindOf(paragraph: string, openAt: number, text: string): QuoteKind {
  let k = openAt - 1;
  while (k >= 0 && paragraph[k] === " ") k--;
  if (k < 0) return "direct";
  const prev = paragraph[k] as string;
  if (/[.!?:]/.test(prev) || prev === '"' || prev === "”") return "direct";
  if (prev === "," && /^\p{Lu}/u.test(text)) return "direct";
  return "partial";
}
