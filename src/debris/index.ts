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
  rule: DebrisRule;
  pattern: RegExp;
  /** The first characters and length a line needs for the pattern to have a chance. */
  shape: Shape;
  accept: ((text: string) => boolean) | null;
  needs: readonly string[] | null;
  trailer: boolean;
  /** Does the page hold one of the literals the rule needs anywhere? Asked once, when a line first gets that far. */
  onPage: boolean | null;
}

function checksOf(rules: readonly DebrisRule[], scope: DebrisRule["scope"]): Check[] {
  const out: Check[] = [];
  for (const rule of rules) {
    if (rule.scope !== scope) continue;
    out.push({
      rule,
      pattern: rule.pattern,
      shape: shapeOf(rule.pattern),
      accept: rule.accept ?? null,
      needs: rule.needs ?? null,
      trailer: rule.where === "trailer",
      onPage: null,
    });
  }
  return out;
}

/**
 * Does the rule match this trimmed line (or inline piece)? `page` is the whole text while `text` is part of
 * it as written, and null once inline clean-up has blanked part of the line (blanks can make a literal).
 */
function hits(check: Check, text: string, page: string | null): boolean {
  if (!mayHit(check, text, page)) return false;
  check.pattern.lastIndex = 0;
  const hit = check.pattern.test(text);
  check.pattern.lastIndex = 0;
  return hit && (check.accept === null || check.accept(text));
}

/**
 * The cheap tests that spare most lines the pattern: the line's first character and length, then the literals
 * the rule needs, looked for in the whole page once (one search of the page costs less than one per line)
 * and in the line only when the page has them.
 */
function mayHit(check: Check, text: string, page: string | null): boolean {
  if (!fitsShape(check.shape, text)) return false;
  if (check.needs === null) return true;
  if (page !== null) {
    check.onPage ??= holdsAny(page, check.needs);
    if (!check.onPage) return false;
  }
  return holdsAny(text, check.needs);
}

function holdsAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}

/** The first of the checks that the trimmed line matches (trailer rules once the story has begun), or null. */
function firstHit(checks: Check[], text: string, page: string | null, storyStarted: boolean): Check | null {
  for (const check of checks) if ((storyStarted || !check.trailer) && hits(check, text, page)) return check;
  return null;
}

/** Clean text to story lines plus what was removed, and by which rule. */
export function stripDebris(text: string, rules: readonly DebrisRule[] = DEBRIS_RULES): Stripped {
  const inline = checksOf(rules, "inline");
  const whole = checksOf(rules, "line");
  const blocks = checksOf(rules, "block");
  const out: Stripped = {
    lines: [],
    removed: [],
    kept: { copyright: [], credits: [], captions: [] },
    keptAt: [],
  };
  const raw = text.split("\n");
  const runs = findRuns(raw, checksOf(rules, "run"), text);
  let storyStarted = false;
  let block: DebrisRule | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let current = raw[i] ?? "";
    for (const check of inline)
      current = removeInline(current, check, line, out, current === raw[i] ? text : null);
    const page = current === raw[i] ? text : null;
    const trimmed = current.trim();
    const column = current.indexOf(trimmed) + 1;
    if (trimmed === "") {
      block = null;
      out.lines.push({ line, text: "" });
      continue;
    }
    const run = runs.get(i);
    if (run) {
      record(out, run, trimmed, line, column);
      continue;
    }
    if (block && looksLikeListItem(trimmed)) {
      record(out, block, trimmed, line, column);
      continue;
    }
    block = firstHit(blocks, trimmed, page, true)?.rule ?? null;
    if (block) {
      record(out, block, trimmed, line, column);
      continue;
    }
    const match = firstHit(whole, trimmed, page, storyStarted);
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
function findRuns(raw: string[], checks: Check[], page: string): Map<number, DebrisRule> {
  const found = new Map<number, DebrisRule>();
  for (const check of checks) {
    const rule = check.rule;
    let start = -1;
    for (let i = 0; i <= raw.length; i++) {
      const hit = i < raw.length && hits(check, (raw[i] ?? "").trim(), page);
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

function removeInline(text: string, check: Check, line: number, out: Stripped, page: string | null): string {
  if (!mayHit(check, text, page)) return text;
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
