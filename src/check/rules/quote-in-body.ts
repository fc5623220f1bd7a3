import { excerpt, text } from "../fields.js";
import { defineRule } from "../types.js";

/**
 * Every quote's text is in the body, where its offsets say. A quote edited by hand, or a body edited
 * without its quotes, leaves text the story never printed.
 */
export default defineRule({
  id: "quote-in-body",
  description: "each quote's text is in the body, at the paragraph and offsets the quote gives",
  severity: "error",
  scope: "record",
  defaults: {},
  optionsSchema: { type: "object", additionalProperties: false },
  check(record, { report }) {
    const quotes: unknown = record.quotes;
    const body: unknown = record.body;
    if (!Array.isArray(quotes) || !Array.isArray(body)) return;
    let whole: string | null = null;
    quotes.forEach((quote: unknown, i) => {
      if (quote === null || typeof quote !== "object") return;
      const q = quote as Record<string, unknown>;
      const said = text(q.text);
      if (said === null) return;
      const at = { path: ["quotes", i, "text"] };
      if (said.trim() === "") {
        report(`quote ${i + 1} has no text`, at);
        return;
      }
      const span = spanText(body, q);
      // Most quotes are exactly where they say: equal text needs no squashing.
      if (span !== null && (span === said || squash(span) === squash(said) || piecesIn(squash(span), said)))
        return;
      whole ??= squash(body.filter((p) => typeof p === "string").join(" "));
      if (whole.includes(squash(said)) || piecesIn(whole, said)) {
        report(
          `quote ${i + 1} ${excerpt(said)} is in the body, but not at the paragraph and offsets it gives`,
          at,
        );
      } else report(`quote ${i + 1} ${excerpt(said)} is not in the body`, at);
    });
  },
});

const CONTINUATION_MARK = /^\s{0,10}["“”«»„‚‹›‘’']\s{0,10}/;

/** The body text between a quote's start and end, paragraphs joined by a space; null if out of range. */
function spanText(body: unknown[], quote: Record<string, unknown>): string | null {
  const { paragraph, start, endParagraph, end } = quote;
  if (![paragraph, start, endParagraph, end].every((n) => Number.isInteger(n) && (n as number) >= 0))
    return null;
  const [p, s, q, e] = [paragraph, start, endParagraph, end] as number[];
  if ((q as number) < (p as number) || (q as number) >= body.length) return null;
  const parts: string[] = [];
  for (let i = p as number; i <= (q as number); i++) {
    const paragraphText = body[i];
    if (typeof paragraphText !== "string") return null;
    const from = i === p ? (s as number) : 0;
    const to = i === q ? (e as number) : paragraphText.length;
    if (from > paragraphText.length || to > paragraphText.length || from > to) return null;
    // Wire style opens each paragraph a quote runs on to with a quote mark, which is not quoted text.
    const part = paragraphText.slice(from, to);
    parts.push(i === p ? part : part.replace(CONTINUATION_MARK, ""));
  }
  return parts.join(" ");
}

/** How the parser joins the parts of a quotation broken by its attribution: "We will win … and soon." */
const PIECE_JOIN = " … ";

/**
 * A quotation broken by its attribution is in `text` when its parts are, in order: the span between its
 * offsets holds the attribution too ("We will win," he said, "and soon.").
 */
function piecesIn(text: string, said: string): boolean {
  if (!said.includes(PIECE_JOIN)) return false;
  let from = 0;
  for (const piece of said.split(PIECE_JOIN)) {
    const words = squash(piece);
    const at = text.indexOf(words, from);
    if (at === -1) return false;
    from = at + words.length;
  }
  return true;
}

/** Compared without regard to runs of white space or a trailing comma (the attribution's, not the quote's). */
function squash(value: string): string {
  return value.replace(/\s+/g, " ").trim().replace(/,$/, "");
}
