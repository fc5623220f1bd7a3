import { basename, extname } from "node:path";
import type { Dispatch } from "../../record.js";
import { objectAt, text } from "../fields.js";
import { defineRule } from "../types.js";

/**
 * What each placeholder of a file-name pattern stands for: the record's own value when it has one (so
 * "{date}" must be the story's date, not any date), else the shape such a value has.
 */
const PLACEHOLDERS: Readonly<
  Record<string, { value: (record: Dispatch) => string | null; shape: string; shown: string }>
> = {
  date: { value: (r) => text(r.date), shape: "\\d{4}-\\d{2}-\\d{2}", shown: "YYYY-MM-DD" },
  year: { value: (r) => text(r.date)?.slice(0, 4) ?? null, shape: "\\d{4}", shown: "YYYY" },
  month: { value: (r) => text(r.date)?.slice(5, 7) ?? null, shape: "\\d{2}", shown: "MM" },
  day: { value: (r) => text(r.date)?.slice(8, 10) ?? null, shape: "\\d{2}", shown: "DD" },
  agency: {
    value: (r) => text(objectAt(r, "source")?.code)?.toLowerCase() ?? null,
    shape: "[a-z0-9-]{1,20}",
    shown: "agency",
  },
  id: { value: (r) => text(r.id), shape: "[0-9a-f]{16}", shown: "id" },
  slug: { value: () => null, shape: "[a-z0-9-]{1,200}", shown: "slug" },
  "*": { value: () => null, shape: "[^/]{0,200}", shown: "*" },
};

/** A pattern: literal text and {placeholders}, nothing else. Checked when the config is read. */
export const FILENAME_PATTERN = `^(?:[^{}]|\\{(?:${Object.keys(PLACEHOLDERS)
  .map((name) => name.replace("*", "\\*"))
  .join("|")})\\})*$`;

/** File names that follow the archive's convention: "{date}-{agency}-{slug}" for 2025-09-03-afp-putin-meets-kim.json. */
export default defineRule<{ pattern?: string }>({
  id: "filename-pattern",
  description:
    "file names follow the archive's pattern, e.g. {date}-{agency}-{slug} (placeholders: date, year, month, day, agency, id, slug, *); off until a pattern is set",
  severity: "off",
  scope: "record",
  defaults: {},
  requires: ["pattern"],
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { pattern: { type: "string", minLength: 1, maxLength: 200, pattern: FILENAME_PATTERN } },
  },
  check(record, { file, options, report }) {
    const name = basename(file, extname(file));
    const pattern = options.pattern ?? "";
    const parts = splitPattern(pattern);
    const regex = new RegExp(`^${parts.map((part) => regexPart(part, record)).join("")}$`);
    const m = regex.exec(name);
    const slugs = m ? m.slice(1) : [];
    if (m && slugs.every((slug) => slug === undefined || isSlug(slug))) return;
    const expected = parts
      .map((part) => (part.placeholder ? shown(part.placeholder, record) : part.text))
      .join("");
    report(`file name "${basename(file)}" does not follow the pattern "${pattern}" (expected ${expected})`);
  },
});

interface Part {
  text: string;
  placeholder: string | null;
}

function splitPattern(pattern: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf("{", i);
    if (open === -1) {
      parts.push({ text: pattern.slice(i), placeholder: null });
      break;
    }
    if (open > i) parts.push({ text: pattern.slice(i, open), placeholder: null });
    const close = pattern.indexOf("}", open);
    parts.push({ text: "", placeholder: pattern.slice(open + 1, close) });
    i = close + 1;
  }
  return parts;
}

function regexPart(part: Part, record: Dispatch): string {
  if (!part.placeholder) return escapeRegExp(part.text);
  if (part.placeholder === "slug") return `(${PLACEHOLDERS.slug?.shape})`;
  const placeholder = PLACEHOLDERS[part.placeholder];
  if (!placeholder) return escapeRegExp(`{${part.placeholder}}`);
  const value = placeholder.value(record);
  return value !== null ? escapeRegExp(value) : placeholder.shape;
}

function shown(name: string, record: Dispatch): string {
  const placeholder = PLACEHOLDERS[name];
  if (!placeholder) return `{${name}}`;
  return placeholder.value(record) ?? `<${placeholder.shown}>`;
}

/** Lower-case words and digits joined by single hyphens: "putin-meets-kim". */
function isSlug(value: string): boolean {
  return value !== "" && !value.startsWith("-") && !value.endsWith("-") && !value.includes("--");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
