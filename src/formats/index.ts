/** The output formats: names, aliases, file extensions, and one entry point to write any of them. */
import { extname } from "node:path";
import type { Dispatch } from "../record.js";
import { toJson } from "./json.js";
import { toMarkdown } from "./markdown.js";
import { toNdjson } from "./ndjson.js";
import { toNinjs } from "./ninjs.js";
import { toYaml } from "./yaml.js";

export type FormatName = "json" | "ndjson" | "yaml" | "md" | "ninjs";

export const FORMATS: readonly FormatName[] = ["json", "ndjson", "yaml", "md", "ninjs"];

/** Other names accepted for a format (`--format jsonl`). */
export const FORMAT_ALIASES: Readonly<Record<string, FormatName>> = {
  jsonl: "ndjson",
  yml: "yaml",
  markdown: "md",
};

const EXTENSIONS: Readonly<Record<string, FormatName>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".md": "md",
  ".markdown": "md",
};

/** A format name or alias, in any case, to the format; null if there is no such format. */
export function resolveFormatName(name: string): FormatName | null {
  const key = name.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(key)) return key as FormatName;
  return Object.hasOwn(FORMAT_ALIASES, key) ? (FORMAT_ALIASES[key] as FormatName) : null;
}

/** The format a file name's extension implies ("out.yml" -> "yaml"), or null. ninjs has none of its own. */
export function formatFromExtension(path: string): FormatName | null {
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? (EXTENSIONS[extension] as FormatName) : null;
}

/** The usual extension for a format, with its dot: ".md". ninjs is JSON, so ".json". */
export function fileExtension(format: FormatName): string {
  switch (format) {
    case "json":
    case "ninjs":
      return ".json";
    case "ndjson":
      return ".ndjson";
    case "yaml":
      return ".yaml";
    case "md":
      return ".md";
  }
}

export interface SerialiseOptions {
  /** JSON and ninjs only: indented, one field a line. The other formats have one layout. */
  pretty: boolean;
}

/**
 * Records to text in a format, ending with one line break. No records: "[]\n" in JSON and ninjs, ""
 * (nothing) in NDJSON, YAML and Markdown.
 */
export function serialise(
  records: readonly Dispatch[],
  format: FormatName,
  options: SerialiseOptions = { pretty: true },
): string {
  switch (format) {
    case "json":
      return toJson(records, options);
    case "ndjson":
      return toNdjson(records);
    case "yaml":
      return toYaml(records);
    case "md":
      return toMarkdown(records);
    case "ninjs":
      return toNinjs(records, options);
  }
}

export { fromJson, type JsonOptions, toJson } from "./json.js";
export { fromMarkdown, toMarkdown } from "./markdown.js";
export { fromNdjson, toNdjson } from "./ndjson.js";
export {
  NINJS_AUTHOR_ROLE,
  NINJS_SCHEMA,
  NINJS_UNMAPPED,
  NINJS_VERSION,
  type NinjsItem,
  type NinjsOptions,
  toNinjs,
  toNinjsItem,
} from "./ninjs.js";
export { type ReadableFormat, readRecords } from "./read.js";
export { fromYaml, toYaml } from "./yaml.js";
