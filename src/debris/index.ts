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
import { fitsShape, type Shape, shapeOf } from "./shape.js";
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
  rule: DebrisRule;
  pattern: RegExp;
  /** The first characters and length a line needs for the pattern to have a chance. */
  shape: Shape;
  accept: ((text: string) => boolean) | null;
  needs: readonly string[] | null;
  trailer: boolean;
}

/**
 * The checks of one scope, also listed by the first character of a line: a line is run only past the rules
 * whose pattern may start with its first character, in their order. Most rules start with a fixed word or
 * mark, so a story line that starts with a capital meets a handful of rules rather than all of them.
 */
interface Plan {
  all: Check[];
  /** For each ASCII character, the checks a line starting with it may meet. */
  byFirst: Check[][];
  /** The checks a line starting beyond ASCII may meet. */
  beyondAscii: Check[];
}

/** A rule set made ready to run: built once per set, not once per page. */
interface Compiled {
  rules: readonly DebrisRule[];
  inline: Check[];
  whole: Plan;
  blocks: Plan;
  runs: Check[];
  count: number;
}

/** Per rule set; weakly held, so a caller's own rule sets are let go with them and memory stays flat. */
const compiled = new WeakMap<readonly DebrisRule[], Compiled>();

function compile(rules: readonly DebrisRule[]): Compiled {
  const known = compiled.get(rules);
  // A caller may change its array between pages: the plan is only good for the very rules it was built from.
  if (known && known.rules.length === rules.length && known.rules.every((rule, k) => rule === rules[k]))
    return known;
  let count = 0;
  const checksOf = (scope: DebrisRule["scope"]): Check[] =>
    rules
      .filter((rule) => rule.scope === scope)
      .map((rule) => ({
        index: count++,
        rule,
        pattern: rule.pattern,
        shape: shapeOf(rule.pattern),
        accept: rule.accept ?? null,
        needs: rule.needs ?? null,
        trailer: rule.where === "trailer",
      }));
  const built: Compiled = {
    rules: [...rules],
    inline: checksOf("inline"),
    whole: planOf(checksOf("line")),
    blocks: planOf(checksOf("block")),
    runs: checksOf("run"),
    count: 0,
  };
  built.count = count;
  compiled.set(rules, built);
  return built;
}

function planOf(all: Check[]): Plan {
  const byFirst: Check[][] = [];
  for (let code = 0; code < 0x80; code++) {
    const first = String.fromCharCode(code);
    byFirst.push(all.filter((check) => fitsShape({ ...check.shape, last: null, longest: Infinity }, first)));
  }
  const beyondAscii = all.filter((check) => check.shape.first === null || check.shape.firstBeyondAscii);
  return { all, byFirst, beyondAscii };
}

/** The checks a trimmed, non-empty line may meet, by its first character. */
function candidates(plan: Plan, text: string): Check[] {
  const code = text.charCodeAt(0);
  return code < 0x80 ? (plan.byFirst[code] as Check[]) : plan.beyondAscii;
}

/**
 * One page's run through a rule set. `onPage[k]` answers, for check k, whether the page holds one of the
 * literals the rule needs anywhere: 0 not asked yet (asked once, when a line first gets that far), 1 yes, 2 no.
 */
interface PageRun {
  page: string;
  onPage: Uint8Array;
}

/**
 * Does the rule match this trimmed line (or inline piece)? `page` is the whole text while `text` is part of
 * it as written, and null once inline clean-up has blanked part of the line (blanks can make a literal).
 */
function hits(check: Check, text: string, run: PageRun, whole: boolean): boolean {
  if (!mayHit(check, text, run, whole)) return false;
  check.pattern.lastIndex = 0;
  const hit = check.pattern.test(text);
  check.pattern.lastIndex = 0;
  return hit && (check.accept === null || check.accept(text));
}

/**
 * The cheap tests that spare most lines the pattern: the line's first character and length, then the literals
 * the rule needs, looked for in the whole page once (one search of the page costs less than one per line)
 * and in the line only when the page has them. `whole` says the text is still part of the page as written.
 */
function mayHit(check: Check, text: string, run: PageRun, whole: boolean): boolean {
  if (!fitsShape(check.shape, text)) return false;
  if (check.needs === null) return true;
  if (whole) {
    let onPage = run.onPage[check.index];
    if (onPage === 0) {
      onPage = holdsAny(run.page, check.needs) ? 1 : 2;
      run.onPage[check.index] = onPage;
    }
    if (onPage === 2) return false;
  }
  return holdsAny(text, check.needs);
}

function holdsAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

/** The first of the checks that the trimmed line matches (trailer rules once the story has begun), or null. */
function firstHit(
  plan: Plan,
  text: string,
  run: PageRun,
  whole: boolean,
  storyStarted: boolean,
): Check | null {
  for (const check of candidates(plan, text))
    if ((storyStarted || !check.trailer) && hits(check, text, run, whole)) return check;
  return null;
}

/** Clean text to story lines plus what was removed, and by which rule. */
export function stripDebris(text: string, rules: readonly DebrisRule[] = DEBRIS_RULES): Stripped {
  const { inline, whole, blocks, runs: runChecks, count } = compile(rules);
  const run: PageRun = { page: text, onPage: new Uint8Array(count) };
  const out: Stripped = {
    lines: [],
    removed: [],
    kept: { copyright: [], credits: [], captions: [] },
    keptAt: [],
  };
  const raw = text.split("\n");
  const runs = findRuns(raw, runChecks, run);
  let storyStarted = false;
  let block: DebrisRule | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let current = raw[i] ?? "";
    for (const check of inline) current = removeInline(current, check, line, out, run, current === raw[i]);
    const asWritten = current === raw[i];
    const trimmed = current.trim();
    const column = current.indexOf(trimmed) + 1;
    if (trimmed === "") {
      block = null;
      out.lines.push({ line, text: "" });
      continue;
    }
    const inRun = runs.get(i);
    if (inRun) {
      record(out, inRun, trimmed, line, column);
      continue;
    }
    if (block && looksLikeListItem(trimmed)) {
      record(out, block, trimmed, line, column);
      continue;
    }
    block = firstHit(blocks, trimmed, run, asWritten, true)?.rule ?? null;
    if (block) {
      record(out, block, trimmed, line, column);
      continue;
    }
    const match = firstHit(whole, trimmed, run, asWritten, storyStarted);
    if (match) {
      record(out, match.rule, trimmed, line, column);
      continue;
    }
    storyStarted = true;
    out.lines.push({ line, text: current });
  }
  return out;
}

/** Lines that belong to a run of `run` rule matches long enough to count, by index. */
function findRuns(raw: string[], checks: Check[], page: PageRun): Map<number, DebrisRule> {
  const found = new Map<number, DebrisRule>();
  for (const check of checks) {
    const rule = check.rule;
    let start = -1;
    for (let i = 0; i <= raw.length; i++) {
      const hit = i < raw.length && hits(check, (raw[i] ?? "").trim(), page, true);
      if (hit && start === -1) start = i;
      if (!hit && start !== -1) {
        const run = raw.slice(start, i).map((line) => line.trim());
        if (run.length >= (rule.minRun ?? 3) && (rule.acceptRun?.(run) ?? true))
          for (let k = start; k < i; k++) if (!found.has(k)) found.set(k, rule);
        start = -1;
      }
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

/** Short lines without sentence punctuation: the shape of a list of headlines, links or contacts. */
function looksLikeListItem(line: string): boolean {
  if (line.length > 160) return false;
  return /^[-*•·–]\s/.test(line) || !/[.!?]["”’]?$/.test(line);
}
