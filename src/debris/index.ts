import type { Removal } from "../record.js";
import { captionRules } from "./captions.js";
import { copyrightRules } from "./copyright.js";
import { creditRules } from "./credits.js";
import { imageRules } from "./images.js";
import { navigationRules } from "./navigation.js";
import { noticeRules } from "./notices.js";
import { promoRules } from "./promos.js";
import { relatedRules } from "./related.js";
import { type DebrisRule, type KeptAs, matches } from "./rule.js";
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

/** Clean text to story lines plus what was removed, and by which rule. */
export function stripDebris(text: string, rules: readonly DebrisRule[] = DEBRIS_RULES): Stripped {
  const inline = rules.filter((rule) => rule.scope === "inline");
  const whole = rules.filter((rule) => rule.scope === "line");
  const blocks = rules.filter((rule) => rule.scope === "block");
  const out: Stripped = {
    lines: [],
    removed: [],
    kept: { copyright: [], credits: [], captions: [] },
    keptAt: [],
  };
  const raw = text.split("\n");
  const runs = findRuns(raw, rules);
  let storyStarted = false;
  let block: DebrisRule | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let current = raw[i] ?? "";
    for (const rule of inline) current = removeInline(current, rule, line, out);
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
    block = blocks.find((rule) => matches(rule, trimmed)) ?? null;
    if (block) {
      record(out, block, trimmed, line, column);
      continue;
    }
    const match = whole.find((rule) => (rule.where !== "trailer" || storyStarted) && matches(rule, trimmed));
    if (match) {
      record(out, match, trimmed, line, column);
      continue;
    }
    storyStarted = true;
    out.lines.push({ line, text: current });
  }
  return out;
}

/** Lines that belong to a run of `run` rule matches long enough to count, by index. */
function findRuns(raw: string[], rules: readonly DebrisRule[]): Map<number, DebrisRule> {
  const found = new Map<number, DebrisRule>();
  for (const rule of rules.filter((r) => r.scope === "run")) {
    let start = -1;
    for (let i = 0; i <= raw.length; i++) {
      const hit = i < raw.length && matches(rule, (raw[i] ?? "").trim());
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

function removeInline(text: string, rule: DebrisRule, line: number, out: Stripped): string {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(text)) return text;
  rule.pattern.lastIndex = 0;
  return text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
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
