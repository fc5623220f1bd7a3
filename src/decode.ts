import { createRequire } from "node:module";
import { InputError } from "./errors.js";
import { NEEDS_CLEANING } from "./normalise.js";
import type { Diagnostic } from "./record.js";
import { CP1252_HIGH } from "./repair/index.js";

export interface Decoded {
  text: string;
  /** WHATWG encoding label of what was decoded: "utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1". */
  encoding: string;
  /** Remarks on how the bytes were read (no byte-order mark on UTF-16, a mix of encodings). */
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface DecodeOptions {
  maxBytes?: number;
}

/**
 * Bytes to text. Refuses what is not text (binary, empty, over the size limit) before any parsing,
 * because a parser fed an image produces confident nonsense rather than an error.
 *
 * How the encoding is chosen, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without one, told
 * by the NUL bytes of every other position; valid UTF-8; UTF-8 with some stray Windows-1252 bytes (pages
 * glued together from two sources), each part read as what it is; otherwise Windows-1252, called
 * ISO-8859-1 when no byte uses the range where the two differ.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  return decodeNoting(bytes, options).decoded;
}

/** Decoded text, with what decoding learnt of it on the way that a later stage would otherwise search for. */
export interface DecodedNoting {
  decoded: Decoded;
  /**
   * The text holds none of the characters cleanText's clean-up acts on (line breaks other than "\n",
   * invisible characters, odd spaces, controls): the search for controls answered that too.
   */
  nothingToClean: boolean;
  /** Every character of the text is ASCII: valid UTF-8 with one byte a character. */
  ascii: boolean;
}

/** decode(), and what it learnt of the text: for the parser, which would otherwise search the text again. */
export function decodeNoting(bytes: Uint8Array, options: DecodeOptions = {}): DecodedNoting {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new InputError("TOO_LARGE", tooLarge(bytes.length, maxBytes));
  }
  const format = binaryFormat(bytes);
  if (format) throw new InputError("BINARY", `input is ${format}, not text`);
  const noting = decodeText(bytes);
  if (isBlank(noting.decoded.text)) throw new InputError("EMPTY", "input is empty (no text to parse)");
  return noting;
}

function decodeText(bytes: Uint8Array): DecodedNoting {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = strictDecode(bytes.subarray(bom.length), bom.encoding, "despite its byte-order mark");
    return noted({ text, encoding: bom.encoding, diagnostics: [] });
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return noted({
      text: strictDecode(bytes, utf16, "though its bytes look like it"),
      encoding: utf16,
      diagnostics: [
        info("encoding-no-bom", `no byte-order mark: read as ${utf16.toUpperCase()} from its byte pattern`),
      ],
    });
  }
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) {
    // The search for what cleanText would clean covers every control looksBinary counts: most text holds
    // none of either, and one search answers both.
    const toClean = NEEDS_CLEANING.test(utf8);
    // In valid UTF-8 a byte below 0x20 is that very character: text with none of the controls looksBinary
    // counts has none in its bytes either, and one native search spares the byte loop.
    if (toClean && CONTROL_CHARACTER.test(utf8) && looksBinary(bytes))
      throw new InputError("BINARY", BINARY_MESSAGE);
    return {
      decoded: { text: utf8, encoding: "utf-8", diagnostics: [] },
      nothingToClean: !toClean,
      ascii: utf8.length === bytes.length,
    };
  }
  if (looksBinary(bytes)) throw new InputError("BINARY", BINARY_MESSAGE);
  const scan = scanUtf8(bytes);
  return noted(scan.evidence > 0 ? mixed(bytes, scan) : legacy(bytes));
}

/** Text read by a way that learnt nothing of it on the way. */
function noted(decoded: Decoded): DecodedNoting {
  return { decoded, nothingToClean: false, ascii: false };
}

const BINARY_MESSAGE = "input looks binary (it holds NUL or control bytes), not text";

/**
 * Not valid UTF-8: scraped pages of that kind are nearly always Windows-1252 (a superset of Latin-1 for the
 * printable range), so decode as such rather than guess among rarer code pages.
 */
function legacy(bytes: Uint8Array): Decoded {
  let c1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80 && byte <= 0x9f) {
      c1 = true;
      break;
    }
  }
  // Node's TextDecoder reads "windows-1252" as Latin-1 (0x93 stays a C1 control, not “): iconv-lite maps it right.
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "win1252");
  return { text, encoding: c1 ? "windows-1252" : "iso-8859-1", diagnostics: [] };
}

interface Utf8Scan {
  /** Bytes that belong to no valid UTF-8 sequence. */
  invalid: number;
  firstInvalid: number;
  /**
   * Valid sequences that Windows-1252 text would almost never hold by chance: three or four bytes, or two
   * starting with 0xC2 or 0xC3 ("Ã©" read as Windows-1252). Any one of them says the file is UTF-8.
   */
  evidence: number;
}

/** The length of the valid UTF-8 sequence at i, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  if (lead < 0xc2 || lead > 0xf4) return 0;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return 0;
    if (k === 1) {
      if (lead === 0xe0 && byte < 0xa0) return 0;
      if (lead === 0xed && byte > 0x9f) return 0;
      if (lead === 0xf0 && byte < 0x90) return 0;
      if (lead === 0xf4 && byte > 0x8f) return 0;
    }
  }
  return length;
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, firstInvalid: -1, evidence: 0 };
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) {
      if (scan.invalid++ === 0) scan.firstInvalid = i;
      i++;
      continue;
    }
    if (length > 2 || (length === 2 && (bytes[i] === 0xc2 || bytes[i] === 0xc3))) scan.evidence++;
    i += length;
  }
  return scan;
}

/** UTF-8 with stray bytes of another encoding: each valid sequence as UTF-8, each stray byte as Windows-1252. */
function mixed(bytes: Uint8Array, scan: Utf8Scan): Decoded {
  const utf8 = new TextDecoder("utf-8");
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(CP1252_HIGH[(bytes[i] as number) - 0x80] ?? "");
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  const line = lineOfByte(bytes, scan.firstInvalid);
  return {
    text: parts.join(""),
    encoding: "utf-8",
    diagnostics: [
      {
        code: "encoding-mixed",
        message: `the text is UTF-8 but ${scan.invalid} ${scan.invalid === 1 ? "byte is" : "bytes are"} not; read as Windows-1252`,
        severity: "warning",
        line,
        column: null,
      },
    ],
  };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function info(code: string, message: string): Diagnostic {
  return { code, message, severity: "info", line: null, column: null };
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * UTF-16 saved without a byte-order mark: text in Latin script has a NUL in every other byte, always on
 * the same side. Only the first 4 KB are looked at, and both sides must be clear-cut.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  // Without a NUL byte at all, one native search says so before a loop over the pairs.
  if (pairs < 2 || bytes.length % 2 !== 0 || bytes.indexOf(0) === -1) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let k = 0; k < pairs; k++) {
    if (bytes[2 * k] === 0) evenNul++;
    if (bytes[2 * k + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) return "utf-16be";
  return null;
}

function strictDecode(bytes: Uint8Array, encoding: string, why: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new InputError("ENCODING", `input is not valid ${encoding.toUpperCase()} ${why}`);
  if (hasControls(text)) throw new InputError("BINARY", BINARY_MESSAGE);
  return text;
}

/** One strict UTF-8 decoder for every input: it keeps no state between calls that are not streamed. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return (encoding === "utf-8" ? UTF8 : new TextDecoder(encoding, { fatal: true })).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL anywhere, or many C0 control bytes in the first 8 KB, means this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  // An indexed loop: iterating a byte array with for…of goes through an iterator object per call.
  for (let i = 0; i < sample.length; i++) if (isControl(sample[i] as number)) controls++;
  return sample.length > 0 && controls / sample.length > 0.05;
}

function hasControls(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  return sample.length > 0 && controls / sample.length > 0.05;
}

/** What isControl() counts, NUL among them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f]/;

function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
}

/** Nothing but white space and invisible characters. */
function isBlank(text: string): boolean {
  return /^[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*$/.test(text);
}

/**
 * Files that are surely not text, told by their first bytes, so the refusal can say what the file is.
 * Data: a new format is a new entry.
 */
const SIGNATURES: readonly { name: string; magic: (number | string)[]; offset?: number }[] = [
  { name: "a PNG image", magic: [0x89, "PNG\r\n", 0x1a, 0x0a] },
  { name: "a JPEG image", magic: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", magic: ["GIF87a"] },
  { name: "a GIF image", magic: ["GIF89a"] },
  { name: "a TIFF image", magic: ["II*", 0x00] },
  { name: "a TIFF image", magic: ["MM", 0x00, "*"] },
  { name: "a PDF document", magic: ["%PDF-"] },
  { name: "a ZIP archive (or a Word, Excel or EPUB file, which are ZIP inside)", magic: ["PK", 0x03, 0x04] },
  { name: "an empty ZIP archive", magic: ["PK", 0x05, 0x06] },
  { name: "a gzip archive", magic: [0x1f, 0x8b] },
  { name: "a bzip2 archive", magic: ["1AY&SY"], offset: 4 },
  { name: "an xz archive", magic: [0xfd, "7zXZ", 0x00] },
  { name: "a 7-Zip archive", magic: ["7z", 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a RAR archive", magic: ["Rar!", 0x1a, 0x07] },
  { name: "a zstd archive", magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "a tar archive", magic: ["ustar", 0x00], offset: 257 },
  { name: "a tar archive", magic: ["ustar  ", 0x00], offset: 257 },
  { name: "an old Word or Excel file (.doc, .xls)", magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "an SQLite database", magic: ["SQLite format 3", 0x00] },
  { name: "a program (ELF)", magic: [0x7f, "ELF"] },
  { name: "a WebAssembly module", magic: [0x00, "asm"] },
  { name: "UTF-32 text, which is not supported (save it as UTF-8)", magic: [0xff, 0xfe, 0x00, 0x00] },
  { name: "UTF-32 text, which is not supported (save it as UTF-8)", magic: [0x00, 0x00, 0xfe, 0xff] },
];

const SIGNATURE_BYTES = SIGNATURES.map((signature) => ({
  name: signature.name,
  offset: signature.offset ?? 0,
  bytes: signature.magic.flatMap((part) =>
    typeof part === "number" ? [part] : [...part].map((ch) => ch.charCodeAt(0)),
  ),
}));

/** What kind of binary file this is ("a PNG image"), or null if it does not start like one. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURE_BYTES) {
    if (signature.bytes.every((byte, k) => bytes[signature.offset + k] === byte)) return signature.name;
  }
  return null;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `input is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

let iconvModule: typeof import("iconv-lite") | undefined;

/** Loaded on first use, not at start-up: most input is UTF-8 and never needs it. */
function iconv(): typeof import("iconv-lite") {
  iconvModule ??= createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
  return iconvModule;
}
