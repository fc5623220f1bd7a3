/**
 * Scrapes that went through a database or a JSON dump often keep one layer of its escaping: literal "\n"
 * and "\"", SQL's doubled '' apostrophes, HTML entities escaped twice ("&amp;quot;"). Where such a layer is
 * evident, it is undone once, and a diagnostic says so; where it is not, the text is left alone, because a
 * story may well contain a backslash or two apostrophes.
 *
 * Runs between decode and normalise. Single HTML entities ("&mdash;") are decoded by normalise, as in any
 * scrape of a web page; only a second layer of them is undone here.
 */
import { type DecodedEntities, decodeEntitiesCounted } from "./normalise.js";
import type { Diagnostic } from "./record.js";

export interface Unescaped {
  text: string;
  diagnostics: Diagnostic[];
  /** The text's entities decoded, as cleanText decodes them: found here to tell whether to say so. */
  entities: DecodedEntities;
}

interface EscapeLayer {
  id: string;
  /** What was undone, for the diagnostic. */
  message: string;
  evident: (text: string) => boolean;
  undo: (text: string) => string;
}

const BACKSLASH_ESCAPE = /\\(u[0-9a-fA-F]{4}|[nrt"'\\/])/g;
const ANY_BACKSLASH = /\\/g;
const STRUCTURAL = /\\[n"]/g;
const SIMPLE: Record<string, string> = {
  n: "\n",
  r: "\r",
  t: "\t",
  '"': '"',
  "'": "'",
  "\\": "\\",
  "/": "/",
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Literal "\n" and "\"" from a JSON or SQL dump. Evident when there are several of them, and nearly every
 * backslash in the text starts one (a Windows path or a regular expression in a story does not qualify).
 */
function backslashEvident(text: string): boolean {
  if (!text.includes("\\")) return false;
  const escapes = count(text, BACKSLASH_ESCAPE);
  const stray = count(text.replace(BACKSLASH_ESCAPE, ""), ANY_BACKSLASH);
  return count(text, STRUCTURAL) >= 2 && stray <= 0.1 * escapes;
}

function undoBackslashes(text: string): string {
  return text.replace(BACKSLASH_ESCAPE, (_, code: string) =>
    code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : (SIMPLE[code] ?? code),
  );
}

/**
 * The apostrophes inside words, doubled and single. Made on the first text with a doubled apostrophe: a
 * pattern of Unicode classes costs something to make, and most runs never meet one.
 */
let inWord: { doubled: RegExp; single: RegExp } | null = null;

/** SQL's doubled apostrophes: "Korea''s". Evident when every apostrophe inside a word is doubled. */
function sqlEvident(text: string): boolean {
  if (!text.includes("''")) return false; // the usual case, found without the lookbehind patterns
  inWord ??= { doubled: /(?<=\p{L})''(?=\p{L})/gu, single: /(?<=\p{L})'(?=\p{L})/gu };
  const doubled = count(text, inWord.doubled);
  return doubled >= 2 && count(text.replace(inWord.doubled, ""), inWord.single) === 0;
}

const DOUBLE_ENTITY = /&amp;(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;

const LAYERS: readonly EscapeLayer[] = [
  {
    id: "unescaped-backslashes",
    message: 'undid one layer of backslash escapes (\\n, \\") left by a database or JSON dump',
    evident: backslashEvident,
    undo: undoBackslashes,
  },
  {
    id: "unescaped-sql-quotes",
    message: "undid SQL's doubled apostrophes ('') left by a database dump",
    evident: sqlEvident,
    undo: (text) => text.replaceAll("''", "'"),
  },
  {
    id: "unescaped-entities",
    message: "undid one extra layer of HTML entities (&amp;quot; and the like)",
    evident: (text) => text.includes("&amp;") && count(text, DOUBLE_ENTITY) >= 1,
    undo: (text) => text.replace(DOUBLE_ENTITY, "&"),
  },
];

export function unescapeLayers(text: string): Unescaped {
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, message: string) =>
    diagnostics.push({ code, message, severity: "info", line: null, column: null });
  let out = text;
  for (const layer of LAYERS) {
    if (!layer.evident(out)) continue;
    const before = out.split("\n").length;
    out = layer.undo(out);
    const lines = before === out.split("\n").length ? "" : "; line numbers count lines of the unescaped text";
    note(layer.id, `${layer.message}${lines}`);
  }
  // The last layer, HTML entities, is normalise's to decode; it is recorded here with the others.
  const entities = decodeEntitiesCounted(out);
  if (entities.text !== out) {
    note("html-entities", "decoded the HTML entities the scrape carried (&mdash;, &#39; and the like)");
  }
  return { text: out, diagnostics, entities };
}
