import { SPACE, squashSpaces, unitClass } from "../chars.js";
import { agencyLine } from "./agencies.js";

/** Cleans a headline candidate: trailing separators and the scraper's doubled spaces go. */
export function cleanHeadline(text: string): string | null {
  const trimmed = trimHeadline(text);
  return trimmed === null ? null : undoubled(trimmed);
}

/** The headline with its spaces squashed and separators at its ends stripped, still doubled if it was. */
export function trimHeadline(text: string): string | null {
  const squashed = squashSpaces(text);
  // Most headlines neither open nor end with a separator or a space: then there is nothing to strip.
  const clean = !isEdgeMark(squashed, 0) && !isEdgeMark(squashed, squashed.length - 1);
  const cleaned = clean ? squashed : squashed.replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, "").trim();
  return cleaned === "" ? null : cleaned;
}

/** White space, "|", ":", "–", "—" or "-" at `i`: what cleanHeadline strips from the ends. */
function isEdgeMark(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x7c || code === 0x3a || code === 0x2013 || code === 0x2014 || code === 0x2d) return true;
  return isSpace(text, i);
}

/** "Kim meets Putin Kim meets Putin": a scraper that printed the headline twice on one line. */
export function undoubled(text: string): string {
  const half = (text.length - 1) / 2;
  if (Number.isInteger(half) && text[half] === " " && text.slice(0, half) === text.slice(half + 1)) {
    return text.slice(0, half);
  }
  return text;
}

/** Could this line stand alone as a headline? Short, and not a sentence ending in a full stop. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return (text.length > 0 && text.length <= 250 && !/[.,;]$/.test(text)) || /[?!]$/.test(text);
}

/**
 * Desk slugs that agencies put before a headline: Reuters "UPDATE 2-", "EXCLUSIVE-"; Xinhua
 * "2nd LD-Writethru-Economic Watch:", "Roundup:"; Yonhap "(LEAD)", "(2nd LD)". Matched in the case given.
 */
const DESK_SLUGS = new Set(
  `UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FOCUS|INSIGHT|FACTBOX|EXPLAINER|BREAKINGVIEWS|GLOBAL MARKETS|
  PRESS DIGEST|BRIEF|BUZZ|COLUMN|INTERVIEW|SPECIAL REPORT|TIMELINE|GRAPHIC|POLL|DEALTALK|FEATURE|CORRECTION|URGENT|
  FLASH|ALERT|BULLETIN|ADVISORY|LEAD|LD|EDITORIAL|News Focus|Yonhap Interview|Yonhap Feature|Writethru|Roundup|
  Economic Watch|Feature|Interview|Spotlight|Xinhua Headlines|China Focus|Across China|Urgent|Commentary|
  Xinhua Commentary|World Insights|Xi Focus|News Analysis|Backgrounder|Profile|Factbox|Update|Flash|Urgent`
    .split("|")
    .map((slug) => slug.trim())
    .filter(Boolean),
);

function isSlug(token: string): boolean {
  const bare = token
    .trim()
    .replace(/^\d{1,2}(?:st|nd|rd|th)\s/, "")
    .replace(/\s\d{1,2}$/, "");
  return DESK_SLUGS.has(bare);
}

/** Splits desk slugs off the front of a headline: "UPDATE 2-Oil slips" -> slug "UPDATE 2-", "Oil slips". */
export function splitSlug(headline: string): { slug: string | null; rest: string } {
  let i = 0;
  for (;;) {
    const here = headline.slice(i);
    if (here.startsWith("(")) {
      const close = here.indexOf(")");
      if (close > 1 && close < 30 && here[close + 1] === " " && isSlug(here.slice(1, close))) {
        i += close + 2;
        continue;
      }
    }
    const sep = here.slice(0, 40).search(/[-:]/);
    if (sep > 0 && isSlug(here.slice(0, sep))) {
      i += sep + 1;
      while (headline[i] === " ") i++;
      continue;
    }
    break;
  }
  const rest = headline.slice(i);
  if (i === 0 || rest.trim() === "") return { slug: null, rest: headline };
  return { slug: headline.slice(0, i).trim(), rest };
}

const SITE_SHAPED =
  /(?:\.(?:com|net|org|info|news)|\.co\.[a-z]{2}|\b(?:News|Daily|Times|Post|Online|Today|Tribune|Herald|Journal|Gazette|Network|Wire|Newswire))$/;

/**
 * Splits a site name or agency off the end of a headline: "Oil slips - Reuters", "Oil slips | SpaceWar.com".
 * The suffix must be a known agency or shaped like a site's name; anything else stays in the headline.
 */
export function splitSiteSuffix(headline: string): { suffix: string | null; rest: string } {
  const start = suffixStart(headline);
  const suffix = start === -1 ? "" : headline.slice(start + 3).trim();
  if (!suffix || !(agencyLine(suffix) || SITE_SHAPED.test(suffix))) return { suffix: null, rest: headline };
  return { suffix: headline.slice(start).trim(), rest: headline.slice(0, start).trim() };
}

/**
 * Where " - Name" starts at the end of a headline: a separator with white space either side and 2 to 60
 * characters after it, none of them a separator. What `/\s[|–—-]\s([^|–—-]{2,60})$/` finds: the
 * separator can only be the last one in the line. -1 when there is none.
 */
function suffixStart(headline: string): number {
  const separator = lastSeparator(headline, SUFFIX_CHARS + 2);
  const after = headline.length - separator - 2;
  if (separator < 1 || after < 2 || after > SUFFIX_CHARS) return -1;
  const spaced = isSpace(headline, separator - 1) && isSpace(headline, separator + 1);
  return spaced ? separator - 1 : -1;
}

/** The longest site or agency name after a headline's last separator. */
const SUFFIX_CHARS = 60;

/**
 * Where the last "|", "–", "—" or "-" in the headline is, looking back no further than `reach` characters:
 * one further back leaves too long a suffix. -1 when there is none in reach.
 */
function lastSeparator(headline: string, reach: number): number {
  const floor = Math.max(0, headline.length - reach);
  for (let i = headline.length - 1; i >= floor; i--) {
    const code = headline.charCodeAt(i);
    if (code === 0x7c || code === 0x2013 || code === 0x2014 || code === 0x2d) return i;
  }
  return -1;
}

function isSpace(text: string, i: number): boolean {
  return (unitClass(text, i) & SPACE) !== 0;
}

/**
 * A site's theme or section line ("Military Space News", "SinoDaily.com - China News"): a few words that end
 * the way site names do, with no sentence in them. Such a line between headline and dateline is not the headline.
 */
export function themeLine(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/).length <= 6 && !/[.!?,:;"“”]$/.test(text) && SITE_SHAPED.test(text);
}
