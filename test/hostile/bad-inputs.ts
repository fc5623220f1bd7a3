/**
 * Every bad input tried, with what a user sees. One table, run by bad-input.test.ts and printed in the
 * README under "What happens with bad input" (the test checks that the two agree).
 */
import iconv from "iconv-lite";
import type { FileSystem } from "../../src/cli/io.js";
import type { Dispatch } from "../../src/record.js";

/** A short dispatch with curly quotes and accents: what the encodings below carry. */
export const STORY =
  "Talks resume in Genève\nGENEVA (Reuters) - Negotiators met again on Monday. “We are close,” said the café owner.\n";

export interface BadInput {
  /** The input, as the README's first column names it. */
  input: string;
  /** What happens, as the README's second column says it. */
  outcome: string;
  /** The bytes of the input file (written to a scratch folder and given to `dispatch parse`). */
  bytes?: () => Uint8Array;
  /** Or a whole command line, `{dir}` standing for the scratch folder. */
  argv?: string[];
  stdin?: Buffer;
  files?: FileSystem;
  code: 0 | 1;
  /** For a refusal: the message after "<file>: error: ". */
  error?: RegExp;
  /** For a parse: what the record must hold, and the warnings or notes stderr must show. */
  check?: (record: Dispatch) => void;
  notes?: RegExp;
  /** The formats the record must read back from; all four unless the record is too big for YAML to be quick. */
  formats?: readonly ("json" | "ndjson" | "yaml" | "md")[];
}

const utf8 = (text: string) => Buffer.from(text, "utf8");
const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? utf8(part) : Buffer.from(part))));
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();
const expectEqual = (actual: unknown, expected: unknown, what: string) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};
/** The story came through whole: headline, accents and curly quotes. */
const storyIntact = (encoding: string) => (record: Dispatch) => {
  expectEqual(record.origin.encoding, encoding, "origin.encoding");
  expectEqual(record.headline, "Talks resume in Genève", "headline");
  expectEqual(record.body, ["Negotiators met again on Monday. “We are close,” said the café owner."], "body");
};

export const BAD_INPUTS: readonly BadInput[] = [
  {
    input: "an empty file",
    outcome: "refused: `input is empty (no text to parse)`",
    bytes: () => Buffer.alloc(0),
    code: 1,
    error: /^input is empty \(no text to parse\)$/,
  },
  {
    input: "only spaces, line breaks and invisible characters",
    outcome: "refused as empty",
    bytes: () => utf8(" \n\u00a0\u200b\ufeff\r\n"),
    code: 1,
    error: /^input is empty/,
  },
  {
    input: "an image (PNG, JPEG, GIF, TIFF)",
    outcome: "refused before parsing: `input is a PNG image, not text`",
    bytes: () => bytes([0x89], "PNG\r\n", [0x1a, 0x0a, 0, 0, 0, 13], "IHDR"),
    code: 1,
    error: /^input is a PNG image, not text$/,
  },
  {
    input: "an archive or office file (ZIP, DOCX, gzip, 7z, RAR, tar…)",
    outcome:
      "refused: `input is a ZIP archive (or a Word, Excel or EPUB file, which are ZIP inside), not text`",
    bytes: () => bytes("PK", [3, 4, 20, 0, 6, 0], "word/document.xml"),
    code: 1,
    error: /^input is a ZIP archive/,
  },
  {
    input: "a PDF",
    outcome: "refused: `input is a PDF document, not text`",
    bytes: () => utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
    code: 1,
    error: /^input is a PDF document, not text$/,
  },
  {
    input: "any other file with NUL or many control bytes",
    outcome: "refused: `input looks binary (it holds NUL or control bytes), not text`",
    bytes: () => bytes("GENEVA (Reuters) - Text", [0, 1, 2, 0], "more"),
    code: 1,
    error: /^input looks binary/,
  },
  {
    input: "UTF-32 text",
    outcome: "refused: `input is UTF-32 text, which is not supported (save it as UTF-8), not text`",
    bytes: () => bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
    code: 1,
    error: /^input is UTF-32 text/,
  },
  {
    input: "UTF-16 with a byte-order mark but broken inside",
    outcome: "refused: `input is not valid UTF-16LE despite its byte-order mark`",
    bytes: () =>
      bytes([0xff, 0xfe], Buffer.from("Text", "utf16le").toString("latin1"), [0x00, 0xd8, 0x41, 0x00]),
    code: 1,
    error: /^input is not valid UTF-16LE despite its byte-order mark$/,
  },
  {
    input: "a file over `--max-bytes` (default 20 MB)",
    outcome:
      "refused before it is read: `input is 2.3 KB, over the limit of 1.0 KB (raise it with --max-bytes)`",
    argv: ["parse", "--max-bytes", "1KB", "{dir}/input.txt"],
    bytes: () => utf8(STORY.repeat(20)),
    code: 1,
    error: /^input is 2\.3 KB, over the limit of 1\.0 KB \(raise it with --max-bytes\)$/,
  },
  {
    input: "standard input over `--max-bytes`",
    outcome: "reading stops at the limit: `input is over the limit of 1.0 KB (raise it with --max-bytes)`",
    argv: ["parse", "--max-bytes", "1KB"],
    stdin: utf8(STORY.repeat(20)),
    code: 1,
    error: /^input is over the limit of 1\.0 KB/,
  },
  {
    input: "a file that does not exist, or a folder",
    outcome: "`no such file or folder`, `is a folder, not a file`",
    argv: ["parse", "{dir}/missing.txt"],
    code: 1,
    error: /^no such file or folder$/,
  },
  {
    input: "a file that cannot be read",
    outcome: "`permission denied`; the other files are still parsed",
    argv: ["parse", "{dir}/input.txt"],
    bytes: () => utf8(STORY),
    files: {} as FileSystem, // filled in by the test: readFile fails with EACCES
    code: 1,
    error: /^permission denied$/,
  },
  {
    input: "this tool's own JSON, YAML or Markdown, damaged",
    outcome: "refused, with the line: `line 1, column 31: not valid JSON: unexpected end of input`",
    bytes: () => utf8('{"schemaVersion": "1.0", "id":'),
    code: 1,
    error: /^line 1, column 31: not valid JSON: unexpected end of input$/,
  },
  {
    input: "UTF-8, with or without a byte-order mark",
    outcome: "parsed; `origin.encoding` is `utf-8`",
    bytes: () => bytes([0xef, 0xbb, 0xbf], STORY),
    code: 0,
    check: storyIntact("utf-8"),
  },
  {
    input: "UTF-16 LE or BE with a byte-order mark",
    outcome: "parsed; `utf-16le` / `utf-16be`",
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(STORY)]),
    code: 0,
    check: storyIntact("utf-16be"),
  },
  {
    input: "UTF-16 without a byte-order mark",
    outcome: "parsed, told by its NUL bytes; a note says so [encoding-no-bom]",
    bytes: () => Buffer.from(STORY, "utf16le"),
    code: 0,
    check: storyIntact("utf-16le"),
    notes: /info: no byte-order mark: read as UTF-16LE from its byte pattern \[encoding-no-bom\]/,
  },
  {
    input: "Windows-1252",
    outcome: "parsed; `windows-1252` (curly quotes and accents right)",
    bytes: () => iconv.encode(STORY, "win1252"),
    code: 0,
    check: storyIntact("windows-1252"),
  },
  {
    input: "Latin-1 (ISO-8859-1)",
    outcome: "parsed; `iso-8859-1` when no byte is one where it differs from Windows-1252",
    bytes: () => iconv.encode(STORY.replace(/[“”]/g, '"'), "latin1"),
    code: 0,
    check: (record) => {
      expectEqual(record.origin.encoding, "iso-8859-1", "origin.encoding");
      expectEqual(record.headline, "Talks resume in Genève", "headline");
    },
  },
  {
    input: "UTF-8 with a few Windows-1252 bytes mixed in",
    outcome: "each part read as what it is; `utf-8`, with a warning [encoding-mixed]",
    bytes: () => bytes(`${STORY.split("café")[0]}caf`, [0xe9], STORY.split("café")[1] as string),
    code: 0,
    check: storyIntact("utf-8"),
    notes: /warning: the text is UTF-8 but 1 byte is not; read as Windows-1252 \[encoding-mixed\]/,
  },
  {
    input: "mojibake: UTF-8 once read as Windows-1252 (`â€œ`, `â€™`, `Ã©`), even twice",
    outcome: "repaired where evident, with a note [mojibake-repaired]",
    bytes: () => utf8(iconv.decode(utf8(STORY), "win1252")),
    code: 0,
    check: storyIntact("utf-8"),
    notes: /info: repaired \d+ characters garbled by decoding UTF-8 as Windows-1252 .*\[mojibake-repaired\]/,
  },
  {
    input: "HTML entities (`&amp;`, `&#8220;`, `&nbsp;`, `&eacute;`), even escaped twice (`&amp;#8220;`)",
    outcome:
      "decoded (every HTML5 name); the extra layer of twice-escaped ones is undone with a note [unescaped-entities]",
    bytes: () =>
      utf8(
        STORY.replace("“", "&amp;#8220;")
          .replace("”", "&#8221;")
          .replace("é,", "&eacute;,")
          .replace("é ", "&eacute;&nbsp;"),
      ),
    code: 0,
    check: storyIntact("utf-8"),
    notes: /\[unescaped-entities\]/,
  },
  {
    input: "CR, CRLF, U+2028 or NEL line endings",
    outcome: "one line each: line numbers in messages match the file",
    bytes: () => utf8(`Talks resume in Genève\r\n\u2028\rGENEVA (Reuters) - Negotiators met again.\r`),
    code: 0,
    check: (record) =>
      expectEqual(record.diagnostics.find((d) => d.code === "date-missing")?.line, 4, "line of the dateline"),
  },
  {
    input: "zero-width characters, soft hyphens, no-break and other odd spaces, control characters",
    outcome: "removed, or made plain spaces",
    bytes: () =>
      utf8(
        STORY.replace("Negotiators", "Nego\u00adtia\u200btors")
          .replace(" met", "\u00a0met\u0007")
          .replace("again", "\u2009again\ufeff"),
      ),
    code: 0,
    check: storyIntact("utf-8"),
  },
  {
    input: "accents written as combining marks (e + ◌́)",
    outcome: "composed to NFC (é)",
    bytes: () => utf8(STORY.normalize("NFD")),
    code: 0,
    check: storyIntact("utf-8"),
  },
  {
    input: "a headline holding YAML or Markdown (`---`, `: `, `#`, `>`, backticks, `<b>`, table pipes)",
    outcome: "kept as written, and read back unchanged from every format",
    bytes: () =>
      utf8("Breaking --- #1: `markets` | >fall <b>now</b>\nGENEVA (Reuters) - Text of the story.\n"),
    code: 0,
    check: (record) =>
      expectEqual(record.headline, "Breaking --- #1: `markets` | >fall <b>now</b>", "headline"),
  },
  {
    input: "text that is nothing but quotation marks",
    outcome: "parsed; `quotes` lists the first 10,000, a warning says so [too-many-quotes]",
    bytes: () => utf8('"a '.repeat(30_000)),
    code: 0,
    check: (record) => expectEqual(record.quotes.length, 10_000, "number of quotes"),
    formats: ["json", "ndjson"],
    notes:
      /warning: over 10000 quotations found; quotes lists the first 10000 \(the text is all in body\) \[too-many-quotes\]/,
  },
  {
    input: "text with no dateline, headline or date",
    outcome: "parsed: the fields are `null`, warnings say why, exit 0",
    bytes: () => utf8("Just one paragraph of text with no header at all."),
    code: 0,
    check: (record) =>
      expectEqual([record.dateline, record.headline, record.date], [null, null, null], "header"),
    notes: /warning: no dateline found/,
  },
];
