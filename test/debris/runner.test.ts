import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEBRIS_RULES, type DebrisRule, type Stripped, stripDebris } from "../../src/debris/index.js";
import { matches } from "../../src/debris/rule.js";
import { normalise } from "../../src/normalise.js";
import { fixtureCases, fixtureInput } from "../helpers/fixtures.js";

/**
 * The rules as documented, run the plain way: every rule against every line, in order, with none of the
 * runner's shortcuts (line shapes, lists by a line's edges, literals looked for in the page or the line,
 * sampled runs). The runner must give the same answer for any page.
 */
function plainStrip(text: string, rules: readonly DebrisRule[]): Stripped {
  const out: Stripped = {
    lines: [],
    removed: [],
    kept: { copyright: [], credits: [], captions: [] },
    keptAt: [],
  };
  const note = (rule: DebrisRule, text: string, line: number, column: number) => {
    out.removed.push({ rule: rule.id, text, line, column });
    if (rule.keepAs) {
      out.kept[rule.keepAs].push(text);
      out.keptAt.push({ as: rule.keepAs, text, line });
    }
  };
  const ofScope = (scope: DebrisRule["scope"]) => rules.filter((rule) => rule.scope === scope);
  const raw = text.split("\n");
  const runs = plainRuns(
    raw.map((line) => line.trim()),
    ofScope("run"),
  );
  let storyStarted = false;
  // The open block's heading, how many items it has taken, and whether a blank line came since.
  let block: DebrisRule | null = null;
  let items = 0;
  let gap = false;
  for (const [i, written] of raw.entries()) {
    const line = i + 1;
    let current = written;
    for (const rule of ofScope("inline")) {
      rule.pattern.lastIndex = 0;
      current = current.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
        if (rule.accept && !rule.accept(match)) return match;
        const offset = rest.find((value) => typeof value === "number") as number;
        if (match.trim() !== "")
          note(rule, match.trim(), line, offset + 1 + match.length - match.trimStart().length);
        return " ".repeat(match.length);
      });
    }
    const trimmed = current.trim();
    const column = current.indexOf(trimmed) + 1;
    if (trimmed === "") {
      gap = true;
      out.lines.push({ line, text: "" });
      continue;
    }
    const inRun = runs.get(i);
    let inBlock: DebrisRule | undefined;
    if (!inRun) {
      // An item: a short line under the heading, also across blank lines before the first item; after a
      // blank line that follows items, only a bullet. A blank line lets a heading of its own come first.
      const item =
        block !== null &&
        listItem(trimmed) &&
        (!gap || items === 0 || /^[-*•·–]\s/.test(trimmed)) &&
        (!gap || !ofScope("block").some((rule) => matches(rule, trimmed)));
      if (item) items++;
      else {
        block = ofScope("block").find((rule) => matches(rule, trimmed)) ?? null;
        items = 0;
      }
      gap = false;
      inBlock = block ?? undefined;
    }
    const hit =
      inRun ??
      inBlock ??
      ofScope("line").find((rule) => (storyStarted || rule.where !== "trailer") && matches(rule, trimmed));
    if (hit) note(hit, trimmed, line, column);
    else {
      storyStarted = true;
      out.lines.push({ line, text: current });
    }
  }
  return out;
}

/** Every longest stretch of lines a run rule matches, kept when long enough and accepted whole. */
function plainRuns(lines: string[], rules: DebrisRule[]): Map<number, DebrisRule> {
  const found = new Map<number, DebrisRule>();
  for (const rule of rules) {
    for (let start = 0; start < lines.length; ) {
      let end = start;
      while (end < lines.length && matches(rule, lines[end] as string)) end++;
      const run = lines.slice(start, end);
      if (run.length > 0 && run.length >= (rule.minRun ?? 3) && (rule.acceptRun?.(run) ?? true))
        for (let k = start; k < end; k++) if (!found.has(k)) found.set(k, rule);
      start = Math.max(end, start + 1);
    }
  }
  return found;
}

/** As the runner's: short lines without sentence punctuation. */
function listItem(line: string): boolean {
  if (line.length > 160) return false;
  return /^[-*•·–]\s/.test(line) || !/[.!?]["”’]?$/.test(line);
}

/** Every line of every fixture, as normalised: story text and the debris the rules were written for. */
const FIXTURE_LINES = [
  ...new Set(fixtureCases().flatMap((name) => normalise(fixtureInput(name).toString("utf8")).split("\n"))),
];

/** What scrapers glue to a line: the inline rules' marks, pipes, spaces and tabs. */
const GLUE = ["", " |", "| ", "  ", "\t", " Enditem", " ![](x)", " (END)", ". PTI ABC", " /ck/he", "[](y) "];

const line = fc.tuple(fc.constantFrom(...GLUE), fc.constantFrom(...FIXTURE_LINES), fc.constantFrom(...GLUE));
const page = fc
  .array(
    fc.oneof(
      line.map(([before, text, after]) => before + text + after),
      fc.constant(""),
    ),
    {
      maxLength: 40,
    },
  )
  .map((lines) => lines.join("\n"));

describe("the debris runner", () => {
  it("strips what the rules say, line by line, as running every rule on every line would", () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(stripDebris(text)).toEqual(plainStrip(text, DEBRIS_RULES));
      }),
      { numRuns: 300 },
    );
  });

  it("blanks inline matches as replace() would, empty ones, surrogate pairs and patterns without the g flag too", () => {
    const inline = (id: string, pattern: RegExp, accept?: (text: string) => boolean): DebrisRule => ({
      id,
      description: "an inline rule for the test",
      scope: "inline",
      pattern,
      ...(accept ? { accept } : {}),
    });
    const rules = [
      inline("maybe-x", /x*/gu),
      inline("maybe-ab", /(?:ab)?/g, (text) => text !== "ab"),
      inline("first-y", /y+/),
      inline("emoji", /😀|\|/gu, (text) => text !== "|"),
    ];
    const piece = fc.constantFrom("x", "ab", "y", "😀", "\ud83d", "|", " ", "a", "\n", "Story. ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(stripDebris(text, rules)).toEqual(plainStrip(text, rules));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same answer for each fixture as running every rule on every line", () => {
    for (const name of fixtureCases()) {
      const text = normalise(fixtureInput(name).toString("utf8"));
      expect(stripDebris(text), name).toEqual(plainStrip(text, DEBRIS_RULES));
    }
  });
});
