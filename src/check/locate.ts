/**
 * From a place in a record (a Pointer: "body", 3, offset 12) to a line and column of the archive file, so
 * an editor or a CI annotation lands on the right line. Each format is mapped by reading its structure
 * again: JSON with a syntax tree that keeps offsets, YAML and Markdown front matter with the yaml
 * library's nodes and a LineCounter, Markdown paragraphs by the layout the Markdown writer uses, and raw
 * scrapes by finding the text. This runs only for files with problems, so it costs a clean archive nothing.
 */
import { findNodeAtLocation, type Node, parseTree } from "jsonc-parser";
import { isScalar, LineCounter, parseAllDocuments, type Scalar } from "yaml";
import type { LoadedFile } from "./load.js";
import type { Pointer } from "./types.js";

export interface Position {
  line: number | null;
  column: number | null;
}

export type Locate = (record: number, at?: Pointer) => Position;

const NOWHERE: Position = { line: null, column: null };

export function locator(loaded: LoadedFile): Locate {
  switch (loaded.format) {
    case "json":
      return jsonLocator(loaded.text);
    case "ndjson":
      return ndjsonLocator(loaded.text);
    case "yaml":
      return yamlLocator(loaded.text, 0);
    case "md":
      return markdownLocator(loaded);
    case "raw":
      return rawLocator(loaded);
  }
}

/** Offsets to 1-based lines and columns, by binary search over the line starts. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}

function jsonLocator(text: string): Locate {
  const lines = new Lines(text);
  const root = parseTree(text);
  return (record, at) => {
    if (!root) return NOWHERE;
    const prefix = root.type === "array" ? [record] : [];
    return lines.at(jsonOffset(root, text, [...prefix, ...(at?.path ?? [])], at?.offset));
  };
}

function ndjsonLocator(text: string): Locate {
  const starts: number[] = [];
  const lines = text.split("\n");
  let offset = 0;
  for (const line of lines) {
    if (line.trim() !== "") starts.push(offset);
    offset += line.length + 1;
  }
  const index = new Lines(text);
  return (record, at) => {
    const start = starts[record];
    if (start === undefined) return NOWHERE;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const root = parseTree(line);
    if (!root) return index.at(start);
    return index.at(start + jsonOffset(root, line, at?.path ?? [], at?.offset));
  };
}

/** The offset of the deepest node along the path that exists, and into its string if `offset` is given. */
function jsonOffset(root: Node, text: string, path: readonly (string | number)[], offset?: number): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    if (!node) continue;
    if (depth === path.length && offset !== undefined && node.type === "string")
      return escapedOffset(text, node.offset + 1, offset);
    return node.offset;
  }
  return root.offset;
}

/**
 * Where the `index`-th character of a quoted string's value sits in the file, counting an escape
 * ("\n", "\u00e9") as the one character it stands for.
 */
function escapedOffset(text: string, start: number, index: number, quote = '"'): number {
  let i = start;
  for (let count = 0; count < index && i < text.length; count++) {
    const c = text[i];
    if (c === quote) break;
    if (quote === '"' && c === "\\") i += escapeLength(text[i + 1]);
    else if (quote === "'" && c === "'" && text[i + 1] === "'") i += 2;
    else i++;
  }
  return i;
}

function escapeLength(letter: string | undefined): number {
  if (letter === "u") return 6;
  if (letter === "x") return 4;
  if (letter === "U") return 10;
  return 2;
}

/** A YAML stream (or one front-matter block, `lineOffset` lines into its file): one record a document. */
function yamlLocator(text: string, lineOffset: number): Locate {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, keepSourceTokens: false }).filter(
    (doc) => doc.contents !== null,
  );
  return (record, at) => {
    const doc = docs[record];
    if (!doc) return NOWHERE;
    const path = at?.path ?? [];
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (!range) continue;
      let offset = range[0];
      if (depth === path.length && at?.offset !== undefined && isScalar(node))
        offset = scalarOffset(text, node, at.offset);
      const { line, col } = counter.linePos(offset);
      return { line: line + lineOffset, column: col };
    }
    return NOWHERE;
  };
}

function scalarOffset(text: string, node: Scalar, index: number): number {
  const start = node.range?.[0] ?? 0;
  switch (node.type) {
    case "PLAIN":
      return start + index;
    case "QUOTE_DOUBLE":
      return escapedOffset(text, start + 1, index, '"');
    case "QUOTE_SINGLE":
      return escapedOffset(text, start + 1, index, "'");
    default:
      return start;
  }
}

/** The Markdown writer's layout (src/formats/markdown.ts): front matter, an optional heading, paragraphs. */
interface MarkdownRecord {
  /** 0-based line of the opening "---". */
  open: number;
  front: string;
  /** 0-based line of each paragraph shown below the front matter. */
  paragraphs: number[];
}

function markdownLocator(loaded: LoadedFile): Locate {
  const lines = loaded.text.replaceAll("\r\n", "\n").split("\n");
  const layout = markdownLayout(lines, loaded.records);
  const fronts = new Map<number, Locate>();
  return (record, at) => {
    const block = layout[record];
    const value = loaded.records[record] as unknown as Record<string, unknown> | undefined;
    if (!block || !value) return NOWHERE;
    const path = at?.path ?? [];
    const bodyInFront = /^body:/m.test(block.front);
    if (path[0] === "body" && !bodyInFront) {
      const paragraph = typeof path[1] === "number" ? path[1] : 0;
      const line = block.paragraphs[paragraph];
      if (line === undefined) return { line: block.open + 1, column: 1 };
      const lead = leadLength(lines[line] ?? "", paragraph, value.dateline);
      return { line: line + 1, column: 1 + lead + (path.length > 1 ? (at?.offset ?? 0) : 0) };
    }
    let front = fronts.get(record);
    if (!front) {
      front = yamlLocator(block.front, block.open + 1);
      fronts.set(record, front);
    }
    const found = front(0, at);
    return found.line === null ? { line: block.open + 1, column: 1 } : found;
  };
}

function markdownLayout(lines: readonly string[], records: readonly unknown[]): MarkdownRecord[] {
  const out: MarkdownRecord[] = [];
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i] === "") i++;
  };
  for (;;) {
    skipBlank();
    if (i >= lines.length || lines[i] !== "---") break;
    const open = i;
    const close = lines.indexOf("---", open + 1);
    if (close === -1) break;
    const front = lines.slice(open + 1, close).join("\n");
    i = close + 1;
    skipBlank();
    const headline = (records[out.length] as { headline?: unknown } | undefined)?.headline;
    if (typeof headline === "string" && lines[i]?.startsWith("#")) i++;
    const paragraphs: number[] = [];
    for (;;) {
      skipBlank();
      const line = lines[i];
      if (line === undefined || (line === "---" && (lines[i + 1] ?? "") !== "")) break;
      paragraphs.push(i);
      i++;
    }
    out.push({ open, front, paragraphs });
  }
  return out;
}

/** The bold dateline and dash that lead the first paragraph, which are not part of the body text. */
function leadLength(line: string, paragraph: number, dateline: unknown): number {
  const text = (dateline as { text?: unknown } | null)?.text;
  if (paragraph !== 0 || typeof text !== "string") return 0;
  const lead = `**${text}** — `;
  return line.startsWith(lead) ? lead.length : 0;
}

/**
 * A raw scrape: the record's text is looked for in the input, since parsing moved and cleaned it. A value
 * the input does not spell out is placed at the nearest text that holds it (a quote's speaker at the
 * quote), and failing that at the dateline, which gives the date and the agency.
 */
function rawLocator(loaded: LoadedFile): Locate {
  const lines = new Lines(loaded.text);
  const find = (value: unknown, offset: number): Position | null => {
    const first = Array.isArray(value) ? value.find((item) => typeof item === "string") : value;
    if (typeof first !== "string" || first.trim() === "") return null;
    const found = loaded.text.indexOf(first.trim().slice(0, 40));
    if (found === -1) return null;
    return lines.at(found + (loaded.text.startsWith(first, found) ? offset : 0));
  };
  return (record, at) => {
    const value = loaded.records[record];
    const path = at?.path ?? [];
    for (let depth = path.length; depth > 0; depth--) {
      const here = valueAtPath(value, path.slice(0, depth));
      const text =
        here !== null && typeof here === "object" && !Array.isArray(here)
          ? (here as { text?: unknown }).text
          : here;
      const place = find(text, depth === path.length ? (at?.offset ?? 0) : 0);
      if (place) return place;
    }
    return find(valueAtPath(value, ["dateline", "text"]), 0) ?? NOWHERE;
  };
}

function valueAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
