import { hash } from "node:crypto";
import { paragraphs } from "./body.js";
import { rightsHolder } from "./debris/copyright.js";
import { type DebrisRule, stripDebris } from "./debris/index.js";
import { decodeNoting } from "./decode.js";
import { dispatchesOf, type PageDispatch } from "./dispatches.js";
import { agencyByName } from "./header/agencies.js";
import { sourceOf } from "./header/source.js";
import { resolveDate } from "./header/when.js";
import { guessLanguage } from "./language.js";
import { cleanText } from "./normalise.js";
import { attributeQuotes } from "./quotes/attribute.js";
import { findQuotes } from "./quotes/find.js";
import { type Diagnostic, type Dispatch, type Origin, SCHEMA_VERSION } from "./record.js";
import { unescapeLayers } from "./unescape.js";

export interface ParseOptions {
  /** The file the input came from, recorded in `origin.path`. */
  path?: string | null;
  /** Include what was stripped as debris, with its rule and line, in `removed`. */
  keepRemoved?: boolean;
  /** Refuse inputs larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Debris rules to run instead of the built-in ones. */
  debrisRules?: readonly DebrisRule[];
}

export interface ParseResult {
  records: Dispatch[];
  diagnostics: Diagnostic[];
}

/**
 * Raw scraped dispatch (text or bytes) to records, one per dispatch the page holds. Throws InputError for
 * input that is not text at all (binary, empty, too large); anything that is text yields at least one
 * record, with warnings for what it lacks.
 */
export function parseDispatch(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const noting = decodeNoting(bytes, options); // same refusals for text as for bytes
  const fromText = typeof input === "string";
  const decoded = fromText ? { text: input, encoding: "utf-8", diagnostics: [] } : noting.decoded;
  const origin: Origin = {
    path: options.path ?? null,
    bytes: bytes.length,
    sha256: hash("sha256", bytes, "hex"),
    encoding: decoded.encoding,
  };
  const unescaped = unescapeLayers(decoded.text);
  // What decode found holds of the text it read, not of a string input (whose bytes may differ: a BOM), and
  // only while no escape layer was undone.
  const asRead = !fromText && unescaped.text === decoded.text;
  const cleaned = cleanText(unescaped.text, {
    entities: unescaped.entities,
    nothingToClean: asRead && noting.nothingToClean,
    ascii: asRead && noting.ascii,
  });
  const notes = [...decoded.diagnostics, ...unescaped.diagnostics, ...cleaned.diagnostics];
  const records = buildRecords(cleaned.text, origin, options, notes);
  return { records, diagnostics: allDiagnostics(records) };
}

/** Every record's diagnostics in one list: a plain loop, as flatMap costs far more for the usual one record. */
function allDiagnostics(records: Dispatch[]): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const record of records) for (const diagnostic of record.diagnostics) all.push(diagnostic);
  return all;
}

/**
 * No story quotes anyone ten thousand times: text with more quote marks than that is not prose, and listing
 * a quote for every pair would make the record many times the size of the input.
 */
const MAX_QUOTES = 10_000;

function buildRecords(text: string, origin: Origin, options: ParseOptions, notes: Diagnostic[]): Dispatch[] {
  const stripped = stripDebris(text, options.debrisRules);
  return dispatchesOf(stripped).map((dispatch) => buildRecord(dispatch, origin, options, notes));
}

function buildRecord(
  dispatch: PageDispatch,
  origin: Origin,
  options: ParseOptions,
  notes: Diagnostic[],
): Dispatch {
  const parts = dispatch.segmented;
  const body = paragraphs(parts.body);
  const diagnostics: Diagnostic[] = [...notes];
  const warn = (code: string, message: string, line: number | null = null) =>
    diagnostics.push({ code, message, severity: "warning", line, column: null });

  const dateline = parts.dateline;
  if (!dateline) warn("no-dateline", "no dateline found; dateline, place and agency left null");
  if (!parts.headline) warn("no-headline", "no headline found; headline left null");
  if (body.length === 0) warn("empty-body", "no story text found after removing debris");

  const copyright = dispatch.notices.map(rightsHolder).find((holder) => holder !== null) ?? null;
  const source = sourceOf(dispatch);
  const when = resolveDate(
    dateline?.date ?? null,
    dispatch.pageDate,
    body[0] ?? "",
    parts.datelineLine,
    parts.pageDateReadings,
  );
  diagnostics.push(...when.diagnostics);

  const spans = findQuotes(body, MAX_QUOTES + 1);
  if (spans.length > MAX_QUOTES) {
    warn(
      "too-many-quotes",
      `over ${MAX_QUOTES} quotations found; quotes lists the first ${MAX_QUOTES} (the text is all in body)`,
    );
  }
  const quotes = attributeQuotes(spans.slice(0, MAX_QUOTES), body, parts.headline);
  // One join serves both: the language guess reads line breaks between paragraphs as it would spaces.
  const story = body.join("\n");
  const record: Dispatch = {
    schemaVersion: SCHEMA_VERSION,
    id: storyId(parts.headline, story),
    headline: parts.headline,
    byline: parts.byline,
    dateline: dateline ? { text: dateline.text, place: dateline.place } : null,
    source,
    date: when.date,
    language: guessLanguage(story),
    body,
    quotes,
    copyright: copyright ? (agencyByName(copyright)?.name ?? copyright) : null,
    credits: dispatch.credits,
    captions: dispatch.captions,
    origin,
    diagnostics,
  };
  // Gathered and sorted only when asked for: most callers never read it.
  if (options.keepRemoved) {
    record.removed = [...dispatch.removed, ...parts.removed].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
  }
  return record;
}

/** Same story, same id: a hash of what the story says (its paragraphs one a line), not of the bytes it arrived in. */
function storyId(headline: string | null, story: string): string {
  // The one-shot hash: no Hash object to build and tear down for each record.
  return hash("sha256", `${headline ?? ""}\n${story}`, "hex").slice(0, 16);
}
