import { createHash } from "node:crypto";
import { paragraphs } from "./body.js";
import { rightsHolder } from "./debris/copyright.js";
import { type DebrisRule, type KeptPiece, type StoryLine, stripDebris } from "./debris/index.js";
import { decode } from "./decode.js";
import { type Agency, agencyByName, agencyIn, allNames, toSource } from "./header/agencies.js";
import { resolveDate } from "./header/when.js";
import { guessLanguage } from "./language.js";
import { normalise } from "./normalise.js";
import { splitPages } from "./pages.js";
import { attributeQuotes } from "./quotes/attribute.js";
import { findQuotes } from "./quotes/find.js";
import {
  type Diagnostic,
  type Dispatch,
  type Origin,
  type Removal,
  SCHEMA_VERSION,
  type Source,
} from "./record.js";
import { type Segmented, segment } from "./segment.js";
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
  const decoded = typeof input === "string" ? { text: input, encoding: "utf-8" } : decode(bytes, options);
  if (typeof input === "string") decode(bytes, options); // same refusals for text as for bytes
  const origin: Origin = {
    path: options.path ?? null,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    encoding: decoded.encoding,
  };
  const unescaped = unescapeLayers(decoded.text);
  const records = buildRecords(normalise(unescaped.text), origin, options, unescaped.diagnostics);
  return { records, diagnostics: records.flatMap((record) => record.diagnostics) };
}

/** One dispatch of the page: its lines, what the header made of them, and the page lines it spans. */
interface Part {
  lines: StoryLine[];
  parts: Segmented;
  from: number;
  to: number;
}

function buildRecords(text: string, origin: Origin, options: ParseOptions, notes: Diagnostic[]): Dispatch[] {
  const stripped = stripDebris(text, options.debrisRules);
  const pages = splitPages(stripped.lines);
  const parts: Part[] = pages.map((lines, k) => ({
    lines,
    parts: segment(lines),
    from: k === 0 ? 1 : (lines[0]?.line ?? 1),
    to: (pages[k + 1]?.[0]?.line ?? Number.POSITIVE_INFINITY) - 1,
  }));
  dropPageTitle(parts);
  // The page's last notice (its footer) stands for every dispatch that carries none of its own.
  const pageNotices = stripped.keptAt.filter((piece) => piece.as === "copyright").slice(-1);
  const removed = byPart(stripped.removed, parts);
  const kept = byPart(stripped.keptAt, parts);
  let lastPageDate: Segmented["pageDate"] = null;
  // A section title over the page ("AFP Top News") names the agency of every dispatch that names none.
  const section = parts[0]?.parts.sectionAgency ?? null;
  return parts.map((part, k) => {
    const page = {
      removed: removed[k] ?? [],
      kept: kept[k] ?? [],
      pageNotices,
      section,
      // A dateline without a year on a page of briefs takes the year from the page date above.
      earlierPageDate: lastPageDate,
    };
    if (part.parts.pageDate?.year != null) lastPageDate = part.parts.pageDate;
    return buildRecord(part.parts, page, origin, options, notes);
  });
}

/** Pieces (in line order, as debris stripping yields them) shared out to the parts whose lines hold them. */
function byPart<T extends { line: number }>(pieces: T[], parts: Part[]): T[][] {
  const out: T[][] = parts.map(() => []);
  let k = 0;
  for (const piece of pieces) {
    while (k < parts.length - 1 && piece.line > (parts[k] as Part).to) k++;
    out[k]?.push(piece);
  }
  return out;
}

/** What a page of briefs is called: "Africa briefs", "News in brief", "World News Digest". */
const PAGE_TITLE = /\b(?:briefs?|in brief|digest|round-?up|headlines|bulletin|wrap|top stories|news)$/i;

/**
 * On a page of several dispatches where only the first has a headline and it reads like a page's title
 * ("Africa briefs"), it is the page's title, not the first story's headline.
 */
function dropPageTitle(parts: Part[]): void {
  const [first, ...others] = parts;
  const title = first?.parts.headline;
  if (!first || !title || others.length === 0 || others.some((p) => p.parts.headline)) return;
  if (title.split(" ").length > 5 || !PAGE_TITLE.test(title)) return;
  const line = first.lines.find((l) => l.text.trim() !== "");
  first.parts.removed.push({
    rule: "page-title",
    text: title,
    line: line?.line ?? 1,
    column: 1,
  });
  first.parts.headline = null;
}

interface PageContext {
  removed: Removal[];
  kept: KeptPiece[];
  pageNotices: KeptPiece[];
  section: Agency | null;
  earlierPageDate: Segmented["pageDate"];
}

function buildRecord(
  parts: Segmented,
  page: PageContext,
  origin: Origin,
  options: ParseOptions,
  notes: Diagnostic[],
): Dispatch {
  const body = paragraphs(parts.body);
  const diagnostics: Diagnostic[] = [...notes];
  const warn = (code: string, message: string, line: number | null = null) =>
    diagnostics.push({ code, message, severity: "warning", line, column: null });

  const dateline = parts.dateline;
  if (!dateline) warn("no-dateline", "no dateline found; dateline, place and agency left null");
  if (!parts.headline) warn("no-headline", "no headline found; headline left null");
  if (body.length === 0) warn("empty-body", "no story text found after removing debris");

  const own = page.kept.filter((piece) => piece.as === "copyright").map((piece) => piece.text);
  const notices = own.length > 0 ? own : page.pageNotices.map((piece) => piece.text);
  const copyright = notices.map(rightsHolder).find((holder) => holder !== null) ?? null;
  const source = sourceOf(parts, page, own);
  const pageDate =
    parts.pageDate?.year == null && dateline?.date
      ? (page.earlierPageDate ?? parts.pageDate)
      : parts.pageDate;
  const when = resolveDate(
    dateline?.date ?? null,
    pageDate,
    body[0] ?? "",
    parts.datelineLine,
    parts.pageDateReadings,
  );
  diagnostics.push(...when.diagnostics);

  const quotes = attributeQuotes(findQuotes(body), body, parts.headline);
  const removed = [...page.removed, ...parts.removed].sort((a, b) => a.line - b.line || a.column - b.column);
  const keptAs = (as: KeptPiece["as"]) =>
    page.kept.filter((piece) => piece.as === as).map((piece) => piece.text);
  const record: Dispatch = {
    schemaVersion: SCHEMA_VERSION,
    id: storyId(parts.headline, body),
    headline: parts.headline,
    byline: parts.byline,
    dateline: dateline ? { text: dateline.text, place: dateline.place } : null,
    source,
    date: when.date,
    language: guessLanguage(body.join(" ")),
    body,
    quotes,
    copyright: copyright ? (agencyByName(copyright)?.name ?? copyright) : null,
    credits: keptAs("credits"),
    captions: keptAs("captions"),
    origin,
    diagnostics,
  };
  if (options.keepRemoved) record.removed = removed;
  return record;
}

/** Debris whose text names the story's agency, strongest first ("— Reuters" beats a photo credit). */
const SIGNAL_RULES = ["agency-signoff", "syndication-note", "copyright-notice", "photo-caption"];

/**
 * The dateline's agency; failing that, one the header names (meta line, headline suffix), then one named
 * by the story's sign-off, syndication note, copyright notice or photo credits, then by a section title
 * over the page ("AFP Top News"), in that order.
 */
function sourceOf(parts: Segmented, page: PageContext, notices: string[]): Source | null {
  const agency: Agency | null | undefined = parts.dateline?.agency ?? parts.agency;
  if (agency) return toSource(agency);
  for (const notice of notices) {
    const holder = rightsHolder(notice);
    const named = holder ? agencyByName(holder) : undefined;
    if (named) return toSource(named);
  }
  for (const rule of SIGNAL_RULES) {
    for (const removal of page.removed.filter((r) => r.rule === rule)) {
      const found = agencyIn(removal.text) ?? aliasIn(removal.text);
      if (found) return toSource(found);
    }
  }
  const section = parts.sectionAgency ?? page.section;
  return section ? toSource(section) : null;
}

function aliasIn(text: string): Agency | undefined {
  const lower = text.toLowerCase();
  const alias = allNames().find((name) => lower.includes(name));
  return alias ? agencyByName(alias) : undefined;
}

/** Same story, same id: a hash of what the story says, not of the bytes it arrived in. */
function storyId(headline: string | null, body: string[]): string {
  return createHash("sha256")
    .update(`${headline ?? ""}\n${body.join("\n")}`)
    .digest("hex")
    .slice(0, 16);
}
