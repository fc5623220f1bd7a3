import type { Removal } from "../record.js";
import { copyrightRules } from "./copyright.js";
import { imageRules } from "./images.js";
import { promoRules } from "./promos.js";
import type { DebrisRule, KeptAs } from "./rule.js";
import { tableRules } from "./tables.js";
import { trailerRules } from "./trailers.js";

export type { DebrisRule } from "./rule.js";

/** Every rule, in the order they run: inline clean-up first, so a line left empty by it is seen as empty. */
export const DEBRIS_RULES: readonly DebrisRule[] = [
  ...imageRules,
  ...tableRules,
  ...copyrightRules,
  ...trailerRules,
  ...promoRules,
];

/** A line of story text and the 1-based line it came from. Blank lines stay, as paragraph breaks. */
export interface StoryLine {
  line: number;
  text: string;
}

export interface Stripped {
  lines: StoryLine[];
  removed: Removal[];
  kept: Record<KeptAs, string[]>;
}

/** Clean text to story lines plus what was removed, and by which rule. */
export function stripDebris(text: string, rules: readonly DebrisRule[] = DEBRIS_RULES): Stripped {
  const inline = rules.filter((rule) => rule.scope === "inline");
  const whole = rules.filter((rule) => rule.scope === "line");
  const blocks = rules.filter((rule) => rule.scope === "block");
  const out: Stripped = { lines: [], removed: [], kept: { copyright: [], credits: [], captions: [] } };
  let storyStarted = false;
  let inBlock = false;
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let current = raw[i] ?? "";
    for (const rule of inline) current = removeInline(current, rule, line, out);
    const trimmed = current.trim();
    if (trimmed === "") {
      inBlock = false;
      out.lines.push({ line, text: "" });
      continue;
    }
    if (inBlock && looksLikeListItem(trimmed)) {
      out.removed.push({ rule: "related-links", text: trimmed, line, column: current.indexOf(trimmed) + 1 });
      continue;
    }
    inBlock = false;
    const block = blocks.find((rule) => rule.pattern.test(trimmed));
    if (block) {
      inBlock = true;
      record(out, block, trimmed, line, current.indexOf(trimmed) + 1);
      continue;
    }
    const match = whole.find(
      (rule) => (rule.where !== "trailer" || storyStarted) && rule.pattern.test(trimmed),
    );
    if (match) {
      record(out, match, trimmed, line, current.indexOf(trimmed) + 1);
      continue;
    }
    storyStarted = true;
    out.lines.push({ line, text: current });
  }
  return out;
}

function removeInline(text: string, rule: DebrisRule, line: number, out: Stripped): string {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(text)) return text;
  rule.pattern.lastIndex = 0;
  return text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
    const offset = rest.find((value) => typeof value === "number") as number;
    if (match.trim() !== "")
      record(out, rule, match.trim(), line, offset + 1 + (match.length - match.trimStart().length));
    // Same-length blanks keep later columns on the line true to the input.
    return " ".repeat(match.length);
  });
}

function record(out: Stripped, rule: DebrisRule, text: string, line: number, column: number): void {
  out.removed.push({ rule: rule.id, text, line, column });
  if (rule.keepAs) out.kept[rule.keepAs].push(text);
}

/** Short lines without sentence punctuation: the shape of a list of headlines or links. */
function looksLikeListItem(line: string): boolean {
  return line.length <= 200 && (/^[-*•·–]\s/.test(line) || !/[.!?]["”’]?$/.test(line));
}
