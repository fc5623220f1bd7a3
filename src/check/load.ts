/**
 * An archive file to records, read by the same code as `dispatch parse` reads its own outputs
 * (src/formats), or, in raw mode, parsed from a raw scrape. Errors are InputErrors naming the line.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { describeFsError } from "../cli/io.js";
import { decode, tooLarge } from "../decode.js";
import { InputError } from "../errors.js";
import { formatFromExtension, fromJson, fromMarkdown, fromNdjson, fromYaml } from "../formats/index.js";
import { type ReadableFormat, readRecords } from "../formats/read.js";
import { parseDispatch } from "../parse.js";
import type { Dispatch } from "../record.js";

export type ArchiveFormat = ReadableFormat | "raw";

export interface LoadedFile {
  file: string;
  format: ArchiveFormat;
  /** The decoded text, for placing problems. */
  text: string;
  records: Dispatch[];
}

const READERS: Readonly<Record<ReadableFormat, (text: string) => Dispatch[]>> = {
  json: fromJson,
  ndjson: fromNdjson,
  yaml: fromYaml,
  md: fromMarkdown,
};

/** Reads `file` (a path relative to `cwd`, as the user gave it and as problems name it). */
export function loadFile(file: string, raw: boolean, maxBytes: number, cwd = "."): LoadedFile {
  const bytes = readBytes(resolve(cwd, file), file, maxBytes);
  const { text } = decode(bytes, { maxBytes });
  if (raw)
    return { file, format: "raw", text, records: parseDispatch(bytes, { path: file, maxBytes }).records };
  const hint = readableHint(file);
  const sniffed = readRecords(text, hint ?? undefined);
  if (sniffed) return { file, format: hint ?? sniffedFormat(text), text, records: sniffed };
  // Not recognisably ours from its first bytes (keys in another order, a hand-written file): read it
  // as its extension says, so the reader says what is wrong with it.
  if (hint) return { file, format: hint, text, records: READERS[hint](text) };
  throw new InputError(
    "MALFORMED",
    "not a dispatch record (JSON, NDJSON, YAML or Markdown with front matter); to check raw scrapes, use --raw",
  );
}

function readableHint(file: string): ReadableFormat | null {
  const format = formatFromExtension(file);
  return format === null || format === "ninjs" ? null : format;
}

/** The format readRecords took the text for, when the extension did not say. */
function sniffedFormat(text: string): ReadableFormat {
  const head = text.replace(/^\uFEFF?[ \t\r\n]*/, "");
  if (head.startsWith("{") || head.startsWith("[")) {
    try {
      JSON.parse(head);
      return "json";
    } catch {
      return "ndjson";
    }
  }
  if (head.startsWith("---"))
    return /\n---\r?\n[ \t]*\r?\n/.test(head) || /\n---\r?\n?$/.test(head) ? "md" : "yaml";
  return "yaml";
}

/**
 * The file's bytes, from one open: its size and kind come from the open file, not from a look-up of the path
 * before reading it (on an archive of 100,000 files, one system call and one path walk fewer a file).
 */
function readBytes(path: string, file: string, maxBytes: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError("NOT_A_FILE", "is a folder, not a file", file);
    if (info.size > maxBytes) throw new InputError("TOO_LARGE", tooLarge(info.size, maxBytes), file);
    // A size of 0 may be a pipe or a file of the system that says nothing of its size: read to the end.
    return info.size === 0 ? readFileSync(fd) : readExactly(fd, info.size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("UNREADABLE", describeFsError(error), file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Up to `size` bytes from the start of an open file (fewer if it shrank since its size was read). */
function readExactly(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
