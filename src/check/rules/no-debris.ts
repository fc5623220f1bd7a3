import { DEBRIS_RULES } from "../../debris/index.js";
import type { DebrisRule } from "../../debris/rule.js";
import { matches } from "../../debris/rule.js";
import { fitsShape, type Shape, shapeOf } from "../../debris/shape.js";
import { excerpt, paragraphs, text } from "../fields.js";
import { defineRule, type Report } from "../types.js";

/**
 * Scraping debris the parser would have stripped, left in a record: the parser's own debris rules are
 * run again over each paragraph (so a new debris pattern there is checked here too), plus two shapes only
 * visible across paragraphs or inside one: navigation lists and pipe-separated menus.
 */
export default defineRule<{ navRun: number }>({
  id: "no-debris",
  description:
    "no scraping debris in the headline or body: image placeholders, table pipes, copyright lines, navigation lists, ads",
  severity: "error",
  scope: "record",
  defaults: { navRun: 3 },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { navRun: { type: "integer", minimum: 2, maximum: 100 } },
  },
  check(record, { options, report }) {
    const headline = text(record.headline);
    if (headline !== null) inline(headline, ["headline"], report);
    const body = paragraphs(record);
    for (const { text: paragraph, index } of body) {
      const at = ["body", index];
      // Line rules see the paragraph as the parser's would: inline debris already gone.
      const rest = inline(paragraph, at, report).trim();
      const trimmed = paragraph.trim();
      const line = rest === "" ? null : lineRule(rest);
      if (line) report(`${label(line)} left in the body: ${excerpt(trimmed)}`, { path: at });
      const menu = line ? 0 : menuSeparators(paragraph);
      if (menu >= 2)
        report(`a menu of ${menu + 1} links separated by "|": ${excerpt(trimmed)}`, { path: at });
    }
    navigationRuns(body, options.navRun, report);
  },
});

/**
 * A debris rule with the parser's own cheap tests of whether its pattern can match at all (the first and
 * last characters and length read from the pattern, and the literals it cannot match without), asked
 * before the pattern is run: on an archive, most paragraphs are sentences no debris rule fits, and running
 * every pattern over each was most of the check. One object shape for all, so the loops stay monomorphic.
 */
interface Screened {
  rule: DebrisRule;
  shape: Shape;
  needs: readonly string[] | null;
}

let screened: { inline: Screened[]; line: Screened[] } | undefined;

/** Worked out on first use: a process that loads the rules only to list them never reads the patterns. */
function screenedRules(): { inline: Screened[]; line: Screened[] } {
  if (screened) return screened;
  const screen = (rule: DebrisRule): Screened => ({
    rule,
    shape: shapeOf(rule.pattern),
    needs: rule.needs ?? null,
  });
  screened = {
    inline: DEBRIS_RULES.filter((rule) => rule.scope === "inline").map(screen),
    line: DEBRIS_RULES.filter((rule) => rule.scope === "line" || rule.scope === "block").map(screen),
  };
  return screened;
}

function mayMatch({ shape, needs }: Screened, text: string): boolean {
  if (!fitsShape(shape, text)) return false;
  if (needs === null) return true;
  for (const literal of needs) if (text.includes(literal)) return true;
  return false;
}

/** The first line rule that matches the trimmed paragraph, or null. */
function lineRule(rest: string): DebrisRule | null {
  for (const check of screenedRules().line)
    if (mayMatch(check, rest) && matches(check.rule, rest)) return check.rule;
  return null;
}

/** What a user calls each debris rule's catch. */
const LABELS: Readonly<Record<string, string>> = {
  "image-placeholder": "an image placeholder",
  "empty-link": "an empty link",
  "table-pipe": "a table pipe",
  "copyright-notice": "a copyright line",
  "end-mark": "an end-of-story mark",
  advertisement: "an advertisement slot",
  "read-more": "a 'read more' link",
};

function label(rule: DebrisRule): string {
  return LABELS[rule.id] ?? `debris (${rule.id})`;
}

/** Reports inline debris and returns the text with it blanked, as the parser would leave the line. */
function inline(value: string, path: (string | number)[], report: Report): string {
  let current = value;
  for (const check of screenedRules().inline) {
    if (!mayMatch(check, current)) continue;
    const rule = check.rule;
    // test() first: matchAll copies the expression, which costs more than the search on a clean paragraph.
    rule.pattern.lastIndex = 0;
    if (!rule.pattern.test(current)) continue;
    rule.pattern.lastIndex = 0;
    for (const match of current.matchAll(rule.pattern)) {
      const found = match[0].trim();
      if (found === "") continue;
      const offset = match.index + match[0].indexOf(found);
      report(`${label(rule)} left in the ${path[0]}: ${excerpt(found)}`, { path, offset });
    }
    // Blanked as the parser does, so a later rule does not report a piece of what this one found.
    rule.pattern.lastIndex = 0;
    current = current.replace(rule.pattern, (match) => " ".repeat(match.length));
  }
  return current;
}

/** " | " between words, counted: "Home | World | Asia" has two. */
function menuSeparators(paragraph: string): number {
  let count = 0;
  for (let i = paragraph.indexOf("|"); i !== -1; i = paragraph.indexOf("|", i + 1)) {
    const before = paragraph[i - 1];
    const after = paragraph[i + 1];
    if ((before === " " || before === "\t") && (after === " " || after === "\t")) count++;
  }
  return count;
}

/** Short lines without sentence punctuation, the shape of a list of links: "World", "- Markets". */
function looksLikeNavItem(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  return trimmed.length <= 80 && !/[.!?:;,"”’)]$/.test(trimmed);
}

/** Runs of at least `min` paragraphs in a row that look like navigation, reported at the first. */
function navigationRuns(body: { text: string; index: number }[], min: number, report: Report): void {
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const item = body[i];
    if (item && looksLikeNavItem(item.text)) continue;
    if (i - start >= min) {
      const first = body[start] as { text: string; index: number };
      const items = body.slice(start, i).map((p) => p.text.trim());
      report(`a navigation list of ${items.length} links left in the body: ${excerpt(items.join(" · "))}`, {
        path: ["body", first.index],
      });
    }
    start = i + 1;
  }
}
