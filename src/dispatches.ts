/**
 * From debris-stripped page lines to the dispatches on the page, each with what belongs to it: its header
 * (segmented), the debris, credits and captions on its lines, the copyright notices that cover it, and the
 * page-level facts a dispatch may lean on (a section title's agency, a page date's year).
 */
import type { KeptPiece, Stripped } from "./debris/index.js";
import type { Agency } from "./header/agencies.js";
import { Datelines } from "./header/dateline.js";
import type { PartialDate } from "./header/dates.js";
import { splitPages } from "./pages.js";
import type { Removal } from "./record.js";
import { type Segmented, segment } from "./segment.js";

export interface PageDispatch {
  segmented: Segmented;
  /** Debris stripped from this dispatch's lines. */
  removed: Removal[];
  credits: string[];
  captions: string[];
  /** Its own copyright notices, or else the page's closing one. */
  notices: string[];
  /** Its own copyright notices only: a page footer's holder is not the story's agency. */
  ownNotices: string[];
  /** A section title over the page ("AFP Top News"): the agency when nothing else names one. */
  section: Agency | null;
  /** The page date to take a year from: its own, or on a page of briefs the last one above it. */
  pageDate: PartialDate | null;
}

/** What a page of briefs is called: "Africa briefs", "News in brief", "World News Digest". */
const PAGE_TITLE = /\b(?:briefs?|in brief|digest|round-?up|headlines|bulletin|wrap|top stories|news)$/i;

export function dispatchesOf(stripped: Stripped): PageDispatch[] {
  // The splitter and the segmenter look for datelines in the same lines: each line is read once.
  const datelines = new Datelines();
  const pages = splitPages(stripped.lines, datelines);
  const segmented = pages.map((page) => segment(page, datelines));
  const ends = pages.map((_, k) => (pages[k + 1]?.[0]?.line ?? Number.POSITIVE_INFINITY) - 1);
  dropPageTitle(segmented, pages);
  const removed = byPart(stripped.removed, ends);
  const kept = byPart(stripped.keptAt, ends);
  // The page's last notice (its footer) stands for every dispatch that carries none of its own.
  const footer = stripped.keptAt.filter((piece) => piece.as === "copyright").slice(-1);
  const section = segmented[0]?.sectionAgency ?? null;
  let lastPageDate: PartialDate | null = null;
  return segmented.map((parts, k) => {
    const own = kept[k] ?? [];
    const texts = (as: KeptPiece["as"], pieces: KeptPiece[]) =>
      pieces.filter((piece) => piece.as === as).map((piece) => piece.text);
    const ownNotices = texts("copyright", own);
    // A dateline without a year on a page of briefs takes the year from the page date above.
    const pageDate =
      parts.pageDate?.year == null && parts.dateline?.date
        ? (lastPageDate ?? parts.pageDate)
        : parts.pageDate;
    if (parts.pageDate?.year != null) lastPageDate = parts.pageDate;
    return {
      segmented: parts,
      removed: removed[k] ?? [],
      credits: texts("credits", own),
      captions: texts("captions", own),
      notices: ownNotices.length > 0 ? ownNotices : texts("copyright", footer),
      ownNotices,
      section,
      pageDate,
    };
  });
}

/** Pieces (in line order, as debris stripping yields them) shared out to the dispatches whose lines hold them. */
function byPart<T extends { line: number }>(pieces: T[], ends: number[]): T[][] {
  const out: T[][] = ends.map(() => []);
  let k = 0;
  for (const piece of pieces) {
    while (k < ends.length - 1 && piece.line > (ends[k] as number)) k++;
    out[k]?.push(piece);
  }
  return out;
}

/**
 * On a page of several dispatches where only the first has a headline and it reads like a page's title
 * ("Africa briefs"), it is the page's title, not the first story's headline.
 */
function dropPageTitle(segmented: Segmented[], pages: Stripped["lines"][]): void {
  const [first, ...others] = segmented;
  const title = first?.headline;
  if (!first || !title || others.length === 0 || others.some((s) => s.headline)) return;
  if (title.split(" ").length > 5 || !PAGE_TITLE.test(title)) return;
  const line = pages[0]?.find((l) => l.text.trim() !== "");
  first.removed.push({ rule: "page-title", text: title, line: line?.line ?? 1, column: 1 });
  first.headline = null;
}
