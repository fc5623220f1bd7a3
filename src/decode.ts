import { createRequire } from "node:module";
import { InputError } from "./errors.js";

export interface Decoded {
  text: string;
  /** WHATWG encoding label of what was decoded. */
  encoding: string;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface DecodeOptions {
  maxBytes?: number;
}

/**
 * Bytes to text. Refuses what is not text (binary, empty, over the size limit) before any parsing,
 * because a parser fed an image produces confident nonsense rather than an error.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new InputError("TOO_LARGE", tooLarge(bytes.length, maxBytes));
  }
  const bom = sniffBom(bytes);
  if (bom) return { text: strictDecode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  if (looksBinary(bytes))
    throw new InputError("BINARY", "input looks binary (it holds NUL or control bytes), not text");
  const utf8 = tryDecode(bytes, "utf-8");
  const result = utf8 !== null ? { text: utf8, encoding: "utf-8" } : legacy(bytes);
  if (result.text.trim() === "") throw new InputError("EMPTY", "input is empty (no text to parse)");
  return result;
}

function legacy(bytes: Uint8Array): Decoded {
  // Not valid UTF-8: scraped pages of that kind are nearly always Windows-1252 (a superset of Latin-1
  // for the printable range), so decode as such rather than guess among rarer code pages.
  // Node's TextDecoder reads "windows-1252" as Latin-1 (0x93 stays a C1 control, not “): iconv-lite maps it right.
  // Required here, not at start-up: most input is UTF-8 and never needs it.
  const iconv = createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
  return { text: iconv.decode(Buffer.from(bytes), "win1252"), encoding: "windows-1252" };
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

function strictDecode(bytes: Uint8Array, encoding: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null)
    throw new InputError("ENCODING", `input is not valid ${encoding} despite its byte-order mark`);
  if (text.trim() === "") throw new InputError("EMPTY", "input is empty (no text to parse)");
  if (text.includes("\u0000"))
    throw new InputError("BINARY", "input looks binary (it holds NUL characters), not text");
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL anywhere, or many C0 control bytes in the first 8 KB, means this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
