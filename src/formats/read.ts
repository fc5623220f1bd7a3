/**
 * Reading this tool's own output back, so that giving it a file it wrote converts that file to another
 * format instead of parsing it as if it were a news story.
 *
 * Every input goes through here before the raw-dispatch parser, so recognising is cheap: it looks at the
 * first bytes only, for what this tool writes first — `{"schemaVersion":` (JSON, NDJSON, also inside a
 * leading `[`), `schemaVersion:` (YAML), or a `---` front-matter block with a `schemaVersion:` key in it
 * (Markdown, or YAML with document markers). Anything else is not ours: null, and the caller parses it as a
 * raw dispatch. Once recognised, input that does not read back is an error, not a raw dispatch.
 */
import type { Dispatch } from "../record.js";
import { fromJson } from "./json.js";
import { fromMarkdown } from "./markdown.js";
import { fromNdjson } from "./ndjson.js";
import { fromYaml } from "./yaml.js";

/** The formats that read back (ninjs is output only). */
export type ReadableFormat = "json" | "ndjson" | "yaml" | "md";

const JSON_START = /^[ \t\r\n]*(?:\[[ \t\r\n]*)?\{[ \t\r\n]*"schemaVersion"[ \t\r\n]*:/;
const EMPTY_ARRAY = /^[ \t\r\n]*\[[ \t\r\n]*\][ \t\r\n]*$/;
const YAML_START = /^schemaVersion[ \t]*:/;
const FENCE_LINE = /^---\r?(?:\n|$)/;
const SCHEMA_VERSION_KEY = /^schemaVersion[ \t]*:/;
/** How far into a `---` block to look for `schemaVersion:` before deciding the text is not ours. */
const SCAN_LIMIT = 64 * 1024;

/**
 * The records, if text is one of this tool's outputs (JSON, NDJSON, YAML, Markdown); null if it is not.
 * `hint` (from a file extension) settles what the text cannot: JSON or NDJSON, YAML or Markdown.
 * Throws InputError("MALFORMED"), naming the line, for our own format gone wrong.
 */
export function readRecords(text: string, hint?: ReadableFormat): Dispatch[] | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.slice(0, 512);
  if (JSON_START.test(head)) {
    if (hint === "ndjson" || (hint !== "json" && looksLikeNdjson(body))) return fromNdjson(body);
    return fromJson(body);
  }
  if (body.length <= 64 && EMPTY_ARRAY.test(body)) return []; // JSON of no records
  if (YAML_START.test(head)) return fromYaml(body);
  if (FENCE_LINE.test(head)) {
    const kind = fencedKind(body);
    if (kind === null) return null;
    if (hint === "yaml" || hint === "md") return hint === "yaml" ? fromYaml(body) : fromMarkdown(body);
    return kind === "md" ? fromMarkdown(body) : fromYaml(body);
  }
  return null;
}

/** Compact JSON on the first line and more after it; pretty JSON opens with a line of its own. */
function looksLikeNdjson(text: string): boolean {
  const end = text.indexOf("\n");
  if (end === -1) return false;
  const first = text.slice(0, end).trim();
  return first.startsWith("{") && first !== "{" && text.slice(end + 1).trim() !== "";
}

/**
 * Text opening with a `---` line: ours if the block it opens has a `schemaVersion:` key. Then Markdown if
 * the closing `---` is followed by a blank line or the end (front matter, then the page), YAML if it is
 * followed by more YAML (the next document) or never closed (a YAML stream needs no closing marker).
 */
function fencedKind(text: string): "md" | "yaml" | null {
  let own = false;
  let start = text.indexOf("\n") + 1;
  while (start > 0 && start < text.length) {
    if (!own && start > SCAN_LIMIT) return null;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "");
    if (line === "---") {
      if (!own) return null;
      if (end === -1) return "md";
      const afterEnd = text.indexOf("\n", end + 1);
      const after = text.slice(end + 1, afterEnd === -1 ? text.length : afterEnd).replace(/\r$/, "");
      return after.trim() === "" ? "md" : "yaml";
    }
    if (SCHEMA_VERSION_KEY.test(line)) own = true;
    if (end === -1) break;
    start = end + 1;
  }
  return own ? "yaml" : null;
}
