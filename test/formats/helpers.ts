import { readFileSync } from "node:fs";
import { parseDispatch } from "../../src/parse.js";
import type { Dispatch } from "../../src/record.js";

export const FIXTURE = "fixtures/afp-putin-kim-2025-09-03/input.txt";

/** The reference dispatch, parsed as the CLI would (with the debris audit when asked). */
export function reference(options: { keepRemoved?: boolean } = {}): Dispatch {
  const bytes = readFileSync(new URL(`../../${FIXTURE}`, import.meta.url));
  const [record] = parseDispatch(bytes, { path: FIXTURE, keepRemoved: options.keepRemoved ?? false }).records;
  if (!record) throw new Error("the reference fixture gave no record");
  return record;
}

/** A deep copy with some fields replaced; the copy keeps the record's key order. */
export function withFields(record: Dispatch, fields: Partial<Dispatch>): Dispatch {
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) copy[key] = value;
  return copy as unknown as Dispatch;
}

/**
 * Strings that mean something in YAML, Markdown, HTML or to this tool's own readers. Each is a single line
 * without leading or trailing white space, so Markdown shows it as a paragraph of its own.
 */
export const HOSTILE_LINES: readonly string[] = [
  "---",
  "--- a rule, then text",
  "...",
  "key: value",
  ": starts with a colon",
  "ends with a colon:",
  "# x",
  "## not a heading either",
  "#hashtag",
  "| a | b |",
  "|",
  "> quoted",
  ">- folded",
  "- item",
  "* star",
  "1. numbered",
  "```js",
  "`inline` code",
  "<script>alert('x')</script>",
  "<!-- dispatch -->",
  "**Beijing (AFP)** — not the dateline",
  "'single quotes'",
  '"double quotes"',
  "“curly” ‘quotes’ «guillemets» „low“",
  "it's \"mixed\" 'quoting'",
  "yes",
  "No",
  "off",
  "null",
  "~",
  "2025-09-03",
  "1:20",
  "0o17",
  "1e3",
  ".inf",
  "&anchor",
  "*alias",
  "!tag",
  "%YAML 1.2",
  "@mention",
  "{ flow: map }",
  "[flow, seq]",
  "back\\slash \\n not a newline",
  "tab\tinside",
  "日本語のテキスト — Ελληνικά — עברית — 😀👍🏽 — e\u0301",
  "zero\u200bwidth and\u00a0nbsp",
  "line\u2028separator",
];
