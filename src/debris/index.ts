import { holdsSurrogate } from "../chars.js";
import type { Removal } from "../record.js";
import { captionRules } from "./captions.js";
import { copyrightRules } from "./copyright.js";
import { creditRules } from "./credits.js";
import { imageRules } from "./images.js";
import { navigationRules } from "./navigation.js";
import { noticeRules } from "./notices.js";
import { promoRules } from "./promos.js";
import { relatedRules } from "./related.js";
import type { DebrisRule, KeptAs } from "./rule.js";
import { fitsEdges, fitsLength, fitsShape, type Shape, shapeOf } from "./shape.js";
import { shareRules } from "./share.js";
import { tableRules } from "./tables.js";
import { tickerRules } from "./tickers.js";
import { trailerRules } from "./trailers.js";

export type { DebrisRule, KeptAs } from "./rule.js";

/**
 * Every rule, in the order they run: inline clean-up first, so a line left empty by it is seen as empty;
 * then sign-offs and captions, whose text is kept, before the broader rules that only drop lines.
 */
export const DEBRIS_RULES: readonly DebrisRule[] = [
  ...imageRules,
  ...tableRules,
  ...copyrightRules,
  ...creditRules,
  ...captionRules,
  ...trailerRules,
  ...noticeRules,
  ...relatedRules,
  ...navigationRules,
  ...shareRules,
  ...tickerRules,
  ...promoRules,
];

/** A line of story text and the 1-based line it came from. Blank lines stay, as paragraph breaks. */
export interface StoryLine {
  line: number;
  text: string;
}

/** Removed text kept for a field of the record, with the line it was on (pages with several stories). */
export interface KeptPiece {
  as: KeptAs;
  text: string;
  line: number;
}

export interface Stripped {
  lines: StoryLine[];
  removed: Removal[];
  kept: Record<KeptAs, string[]>;
  keptAt: KeptPiece[];
}

/**
 * A rule as one page's lines are run through it. Every rule takes this one object shape, so reading a
 * field is one cheap lookup rather than a search among the many shapes rule literals have.
 */
interface Check {
  /** Its place among all the checks of a rule set: where the page's answer for `needs` is kept. */
  index: number;
  /** Its place among the checks of its scope: where inline clean-up goes on once it has blanked a line. */
  order: number;
  rule: DebrisRule;
  pattern: RegExp;
  /** Whether the pattern keeps a position between runs (the g or y flag): only then is it reset around one. */
  stateful: boolean;
  /** The first characters and length a line needs for the pattern to have a chance. */
  shape: Shape;
  accept: ((text: string) => boolean) | null;
  needs: readonly string[] | null;
  /** Each of `needs` by its place in the rule set's list of literals: where the page's answer for it is kept. */
  literals: readonly number[];
  trailer: boolean;
  /**
   * Whether its shape lets through the usual story line, a capital first and a full stop last. Such a check
   * meets most lines of a page, so the page is searched once for its literals; any other meets a few short
   * or odd lines, and only those are searched, never the page.
   */
  broad: boolean;
}

/**
 * The checks of one scope, also listed by the first and last characters of a line: a line is run only past the
 * rules whose pattern may start and end with its characters, in their order. Most rules start with a fixed
 * word or mark, or end with one, so a story line meets a handful of rules rather than all of them. The lists
 * are made as pairs of characters are first met (at most 129 × 129 of them), not all up front.
 */
interface Plan {
  all: Check[];
  /** By the line's first character's key, then its last's: two array reads, where a map costs a hash. */
  byEdges: (Check[] | undefined)[][];
  /** The broad checks that need literals: which of them a page holds literals for picks the page's variant. */
  needing: Check[];
  /**
   * The plan without the checks whose literals the page lacks, by which checks of `needing` it holds literals
   * for (as bits): a line as written can match none of those, and most pages lack most of them.
   */
  variants: Map<number, Plan>;
}

/** Pages with more broad checks that need literals than this run every line past all checks, as they are. */
const MAX_NEEDING = 24;
/** Plans kept per scope for the pages' sets of literals: a few cover nearly all pages. */
const MAX_VARIANTS = 64;

/** A rule set made ready to run: built once per set, not once per page. */
interface Compiled {
  rules: readonly DebrisRule[];
  inline: Plan;
  whole: Plan;
  blocks: Plan;
  runs: Check[];
  count: number;
  /** How many different literals the rules need: several rules may need the same one ("|", "Photo"). */
  literals: number;
}

/** Per rule set; weakly held, so a caller's own rule sets are let go with them and memory stays flat. */
const compiled = new WeakMap<readonly DebrisRule[], Compiled>();

function compile(rules: readonly DebrisRule[]): Compiled {
  const known = compiled.get(rules);
  // A caller may change its array between pages: the plan is only good for the very rules it was built from.
  if (known && known.rules.length === rules.length && known.rules.every((rule, k) => rule === rules[k]))
    return known;
  let count = 0;
  const literals = new Map<string, number>();
  const literalIndex = (literal: string): number => {
    let index = literals.get(literal);
    if (index === undefined) {
      index = literals.size;
      literals.set(literal, index);
    }
    return index;
  };
  const checksOf = (scope: DebrisRule["scope"]): Check[] =>
    rules
      .filter((rule) => rule.scope === scope)
      .map((rule, order) => {
        const shape = shapeOf(rule.pattern);
        return {
          index: count++,
          order,
          rule,
          pattern: rule.pattern,
          stateful: rule.pattern.global || rule.pattern.sticky,
          shape,
          accept: rule.accept ?? null,
          needs: rule.needs ?? null,
          literals: (rule.needs ?? []).map(literalIndex),
          trailer: rule.where === "trailer",
          broad: fitsEdges(shape, STORY_LINE),
        };
      });
  const built: Compiled = {
    rules: [...rules],
    inline: planOf(checksOf("inline")),
    whole: planOf(checksOf("line")),
    blocks: planOf(checksOf("block")),
    runs: checksOf("run"),
    count: 0,
    literals: 0,
  };
  built.count = count;
  built.literals = literals.size;
  compiled.set(rules, built);
  return built;
}

/** The edges of most lines of a story: a capital first, a full stop last. */
const STORY_LINE = "T.";

function planOf(all: Check[]): Plan {
  return {
    all,
    byEdges: [],
    needing: all.filter((check) => check.broad && check.needs !== null),
    variants: new Map(),
  };
}

/** The plan for this page's lines as written: its checks less the broad ones whose literals the page lacks. */
function planForPage(plan: Plan, run: PageRun): Plan {
  if (plan.needing.length === 0 || plan.needing.length > MAX_NEEDING) return plan;
  let holds = 0;
  for (let k = 0; k < plan.needing.length; k++) {
    const check = plan.needing[k] as Check;
    if (foundOnPage(check, check.needs as readonly string[], run).length > 0) holds |= 1 << k;
  }
  let variant = plan.variants.get(holds);
  if (variant === undefined) {
    if (plan.variants.size >= MAX_VARIANTS) return plan;
    const lacking = new Set(plan.needing.filter((_, k) => (holds & (1 << k)) === 0));
    variant = planOf(plan.all.filter((check) => !lacking.has(check)));
    plan.variants.set(holds, variant);
  }
  return variant;
}

/** A line's first or last character as a key: ASCII by its code, anything beyond as 128. */
function edgeKey(code: number): number {
  return Math.min(code, 0x80);
}

/** The checks a non-empty line may meet, by its first and last characters. */
function candidates(plan: Plan, text: string): Check[] {
  const first = edgeKey(text.charCodeAt(0));
  const last = edgeKey(text.charCodeAt(text.length - 1));
  let byLast = plan.byEdges[first];
  if (byLast === undefined) {
    byLast = [];
    plan.byEdges[first] = byLast;
  }
  let list = byLast[last];
  if (list === undefined) {
    // Any character beyond ASCII stands for all of them: fitsEdges answers the same for each.
    const sample = String.fromCharCode(first) + String.fromCharCode(last);
    list = plan.all.filter((check) => fitsEdges(check.shape, sample));
    byLast[last] = list;
  }
  return list;
}

/**
 * One page's run through a rule set. `found[k]` is, for check k, which of the literals its rule needs the page
 * holds anywhere (asked once, when a line first gets that far): a line as written can hold no other, so it is
 * searched for those alone, and not at all when the page holds none.
 */
interface PageRun {
  page: string;
  /** The page holds no surrogate pair: the characters of each of its lines are its units. */
  flat: boolean;
  found: (readonly string[] | undefined)[];
  /** For each literal of the rule set, whether the page holds it: 0 not asked yet, 1 it does, 2 it does not. */
  holds: Uint8Array;
}

function foundOnPage(check: Check, needs: readonly string[], run: PageRun): readonly string[] {
  let found = run.found[check.index];
  if (found === undefined) {
    found = needs.filter((literal, k) => pageHoldsLiteral(run, literal, check.literals[k] as number));
    run.found[check.index] = found;
  }
  return found;
}

/** pageHolds, asked once a page for each literal however many rules need it. */
function pageHoldsLiteral(run: PageRun, literal: string, index: number): boolean {
  let known = run.holds[index] as number;
  if (known === 0) {
    known = pageHolds(run.page, literal) ? 1 : 2;
    run.holds[index] = known;
  }
  return known === 1;
}

/**
 * Does the page hold the literal? One that starts with a space (" by ") is looked for from its next character,
 * each find checked for the space before it: a search stops at every candidate first character, and a page
 * has a space every few characters but far fewer of any letter.
 */
function pageHolds(page: string, literal: string): boolean {
  if (literal.length < 3 || literal.charCodeAt(0) !== 0x20 || literal.charCodeAt(1) === 0x20)
    return page.includes(literal);
  const rest = literal.slice(1);
  for (let at = page.indexOf(rest, 1); at !== -1; at = page.indexOf(rest, at + 1))
    if (page.charCodeAt(at - 1) === 0x20) return true;
  return false;
}

/**
 * Does the rule match this trimmed line (or inline piece)? `whole` says the text is still part of the page as
 * written, false once inline clean-up has blanked part of the line (blanks can make a literal).
 */
function hits(check: Check, text: string, run: PageRun, whole: boolean): boolean {
  return mayHit(check, text, run, whole) && matchesText(check, text);
}

function matchesText(check: Check, text: string): boolean {
  const pattern = check.pattern;
  if (check.stateful) pattern.lastIndex = 0;
  const hit = pattern.test(text);
  if (check.stateful) pattern.lastIndex = 0;
  return hit && (check.accept === null || check.accept(text));
}

/**
 * The cheap tests that spare most lines the pattern: the line's first character and length, then the literals
 * the rule needs.
 */
function mayHit(check: Check, text: string, run: PageRun, whole: boolean): boolean {
  return fitsShape(check.shape, text, run.flat) && holdsLiterals(check, text, run, whole);
}

/**
 * Does the text hold a literal the rule needs? A broad rule's are looked for in the whole page once (one search
 * of the page costs less than one per line), and in the line only when the page has them.
 */
function holdsLiterals(check: Check, text: string, run: PageRun, whole: boolean): boolean {
  const needs = check.needs;
  if (needs === null) return true;
  return holdsAny(text, whole && check.broad ? foundOnPage(check, needs, run) : needs);
}

function holdsAny(text: string, literals: readonly string[]): boolean {
  for (let k = 0; k < literals.length; k++) if (text.includes(literals[k] as string)) return true;
  return false;
}

/**
 * The first of the checks (listed for the line's edges) that the trimmed line matches, trailer rules once the
 * story has begun; or null.
 */
function firstHit(
  list: Check[],
  text: string,
  run: PageRun,
  whole: boolean,
  storyStarted: boolean,
): Check | null {
  for (let k = 0; k < list.length; k++) {
    const check = list[k] as Check;
    if (check.trailer && !storyStarted) continue;
    if (
      fitsLength(check.shape, text, run.flat) &&
      holdsLiterals(check, text, run, whole) &&
      matchesText(check, text)
    )
      return check;
  }
  return null;
}

/** Clean text to story lines plus what was removed, and by which rule. */
export function stripDebris(text: string, rules: readonly DebrisRule[] = DEBRIS_RULES): Stripped {
  const { inline, whole, blocks, runs: runChecks, count, literals } = compile(rules);
  const run: PageRun = {
    page: text,
    flat: !holdsSurrogate(text),
    found: new Array(count),
    holds: new Uint8Array(literals),
  };
  const out: Stripped = {
    lines: [],
    removed: [],
    kept: { copyright: [], credits: [], captions: [] },
    keptAt: [],
  };
  const raw = text.split("\n");
  // Each line trimmed once, for the run rules and for the line itself while inline rules leave it as written.
  const trims = raw.map((line) => line.trim());
  const runs = findRuns(trims, runChecks, run);
  const pageInline = planForPage(inline, run);
  const pageWhole = planForPage(whole, run);
  const pageBlocks = planForPage(blocks, run);
  let storyStarted = false;
  const block: OpenBlock = { rule: null, items: 0, gap: false };
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    const written = raw[i] as string;
    // An empty line is a paragraph break whatever the rules: inline clean-up can only blank what is there.
    if (written === "") {
      block.gap = true;
      out.lines.push({ line, text: "" });
      continue;
    }
    const current = stripInline(written, candidates(pageInline, written), inline.all, line, out, run);
    const asWritten = current === written;
    const trimmed = asWritten ? (trims[i] as string) : current.trim();
    if (trimmed === "") {
      block.gap = true;
      out.lines.push({ line, text: "" });
      continue;
    }
    const inRun = runs.size === 0 ? undefined : runs.get(i);
    if (inRun) {
      record(out, inRun, trimmed, line, columnOf(current));
      continue;
    }
    // Under a heading, a list item; after a blank line, a heading of its own comes first.
    const heading =
      block.rule && !block.gap && looksLikeListItem(trimmed)
        ? null
        : (firstHit(candidates(asWritten ? pageBlocks : blocks, trimmed), trimmed, run, asWritten, true)
            ?.rule ?? null);
    if (heading === null && block.rule && inBlock(block, trimmed)) {
      record(out, block.rule, trimmed, line, columnOf(current));
      block.items++;
      block.gap = false;
      continue;
    }
    block.rule = heading;
    block.items = 0;
    block.gap = false;
    if (heading) {
      record(out, heading, trimmed, line, columnOf(current));
      continue;
    }
    const match = firstHit(
      candidates(asWritten ? pageWhole : whole, trimmed),
      trimmed,
      run,
      asWritten,
      storyStarted,
    );
    if (match) {
      record(out, match.rule, trimmed, line, columnOf(current));
      continue;
    }
    storyStarted = true;
    out.lines.push({ line, text: current });
  }
  return out;
}

/**
 * The line after the inline rules, run in their order: while it is as written, only those listed for its edges
 * (and for the page's literals); once one has blanked part of it, every later rule, on the line as it now is.
 */
function stripInline(
  written: string,
  listed: Check[],
  all: Check[],
  line: number,
  out: Stripped,
  run: PageRun,
): string {
  for (let k = 0; k < listed.length; k++) {
    const check = listed[k] as Check;
    let current = removeInline(written, check, line, out, run, true);
    if (current === written) continue;
    for (let later = check.order + 1; later < all.length; later++)
      current = removeInline(current, all[later] as Check, line, out, run, false);
    return current;
  }
  return written;
}

/**
 * The 1-based column where a line's trimmed text starts: asked only of lines that go. The spaces before it are
 * counted, not the text searched for: a search for a long line sets up tables for all of it first.
 */
function columnOf(line: string): number {
  return line.length - line.trimStart().length + 1;
}

/**
 * Lines (trimmed) that belong to a run of `run` rule matches long enough to count, by index. Any `minRun`
 * consecutive lines hold one whose index is a multiple of `minRun`, so only those lines are asked first; a
 * run is then grown both ways from each that matches. Most lines are asked nothing at all.
 */
function findRuns(raw: string[], checks: Check[], page: PageRun): Map<number, DebrisRule> {
  const found = new Map<number, DebrisRule>();
  for (const check of checks) {
    const rule = check.rule;
    const minRun = rule.minRun ?? 3;
    const stride = Math.max(1, Math.floor(minRun));
    // Where the last run grown ends: a later probe inside it would find the same run again.
    let grownTo = 0;
    for (let probe = 0; probe < raw.length; probe += stride) {
      if (probe < grownTo || !hits(check, raw[probe] as string, page, true)) continue;
      let start = probe;
      while (start > grownTo && hits(check, raw[start - 1] as string, page, true)) start--;
      let end = probe + 1;
      while (end < raw.length && hits(check, raw[end] as string, page, true)) end++;
      grownTo = end;
      const run = raw.slice(start, end);
      if (run.length >= minRun && (rule.acceptRun?.(run) ?? true))
        for (let k = start; k < end; k++) if (!found.has(k)) found.set(k, rule);
    }
  }
  return found;
}

function removeInline(
  text: string,
  check: Check,
  line: number,
  out: Stripped,
  run: PageRun,
  whole: boolean,
): string {
  if (!mayHit(check, text, run, whole)) return text;
  const { rule, pattern } = check;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    if (rule.accept && !rule.accept(match)) return match;
    const offset = rest.find((value) => typeof value === "number") as number;
    if (match.trim() !== "")
      record(out, rule, match.trim(), line, offset + 1 + (match.length - match.trimStart().length));
    // Same-length blanks keep later columns on the line true to the input.
    return " ".repeat(match.length);
  });
}

function record(out: Stripped, rule: DebrisRule, text: string, line: number, column: number): void {
  out.removed.push({ rule: rule.id, text, line, column });
  if (rule.keepAs) {
    out.kept[rule.keepAs].push(text);
    out.keptAt.push({ as: rule.keepAs, text, line });
  }
}

/** A block heading read ("Related stories"), how many of its items have gone, and whether a blank line followed. */
interface OpenBlock {
  rule: DebrisRule | null;
  items: number;
  gap: boolean;
}

/**
 * Is the line an item of the open block? Blank lines between the heading and its list are passed over (pages
 * turned to text often leave one there); after the first items, a blank line ends the block unless the list
 * goes on in bullets.
 */
function inBlock(block: OpenBlock, line: string): boolean {
  if (block.gap && block.items > 0) return isBullet(line) && looksLikeListItem(line);
  return looksLikeListItem(line);
}

function isBullet(line: string): boolean {
  return /^[-*•·–]\s/.test(line);
}

/** Short lines without sentence punctuation: the shape of a list of headlines, links or contacts. */
function looksLikeListItem(line: string): boolean {
  if (line.length > 160) return false;
  return isBullet(line) || !/[.!?]["”’]?$/.test(line);
}
