import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { binaryFormat, decode, decodeNoting } from "../src/decode.js";
import { InputError } from "../src/errors.js";

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

function refusal(bytes: Uint8Array): InputError {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("decode", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decode(Buffer.from("Paris (AFP) - Story"))).toEqual({
      text: "Paris (AFP) - Story",
      encoding: "utf-8",
      diagnostics: [],
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Kyiv (AFP) - «Story»")]);
    expect(decode(bom)).toMatchObject({ text: "Kyiv (AFP) - «Story»", encoding: "utf-8" });
  });

  it("reads each input afresh: a failed UTF-8 read leaves nothing behind for the next", () => {
    const broken = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe2, 0x82]); // "Café" in Latin-1, a cut-off €
    expect(decode(broken).encoding).not.toBe("utf-8");
    expect(decode(Buffer.from("Café €", "utf8"))).toMatchObject({ text: "Café €", encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    expect(decode(utf16le("Berlin (dpa) - „Story“"))).toMatchObject({
      text: "Berlin (dpa) - „Story“",
      encoding: "utf-16le",
    });
    expect(decode(utf16be("Tokyo (Kyodo) - 東京 “Story”"))).toMatchObject({
      text: "Tokyo (Kyodo) - 東京 “Story”",
      encoding: "utf-16be",
    });
  });

  it("reads UTF-16 without a byte-order mark from its NUL bytes, and says so", () => {
    const le = decode(Buffer.from("Paris (AFP) - Story", "utf16le"));
    expect(le).toMatchObject({ text: "Paris (AFP) - Story", encoding: "utf-16le" });
    expect(le.diagnostics.map((d) => d.code)).toEqual(["encoding-no-bom"]);
    const be = decode(Buffer.from("Paris (AFP) - Story", "utf16le").swap16());
    expect(be).toMatchObject({ text: "Paris (AFP) - Story", encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, or calls it Latin-1 when it is", () => {
    const latin = Buffer.from([0x93, 0x53, 0x74, 0x6f, 0x72, 0x79, 0x94, 0x20, 0xe9, 0x74, 0xe9]);
    expect(decode(latin)).toEqual({ text: "“Story” été", encoding: "windows-1252", diagnostics: [] });
    expect(decode(iconv.encode("Zürich, déjà vu", "latin1"))).toEqual({
      text: "Zürich, déjà vu",
      encoding: "iso-8859-1",
      diagnostics: [],
    });
  });

  it("reads UTF-8 with stray Windows-1252 bytes part by part, with a warning on the line of the first", () => {
    const bytes = Buffer.concat([
      Buffer.from("“Quoted” first line\nsecond caf"),
      Buffer.from([0xe9, 0x20, 0x93]),
      Buffer.from("x"),
    ]);
    const decoded = decode(bytes);
    expect(decoded.text).toBe("“Quoted” first line\nsecond café “x");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.diagnostics).toEqual([
      {
        code: "encoding-mixed",
        message: "the text is UTF-8 but 2 bytes are not; read as Windows-1252",
        severity: "warning",
        line: 2,
        column: null,
      },
    ]);
  });

  it("keeps Windows-1252 text Windows-1252 when a pair of its bytes happens to be valid UTF-8", () => {
    // "„Spaß“" is 84 … DF 93 in Windows-1252, and DF 93 is also a (Nko) UTF-8 character.
    const bytes = iconv.encode("„Spaß“ im Café", "win1252");
    expect(decode(bytes)).toMatchObject({ text: "„Spaß“ im Café", encoding: "windows-1252" });
  });

  it("names the binary formats it knows, and refuses any other binary", () => {
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).message).toBe(
      "input is a PNG image, not text",
    );
    expect(binaryFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("a JPEG image");
    expect(binaryFormat(Buffer.from("GIF89a\u0001\u0000"))).toBe("a GIF image");
    expect(binaryFormat(Buffer.from([0x1f, 0x8b, 0x08]))).toBe("a gzip archive");
    expect(binaryFormat(Buffer.from("%PDF-1.4\n"))).toBe("a PDF document");
    expect(binaryFormat(Buffer.from("GIF is a format"))).toBeNull();
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).code).toBe("BINARY");
    expect(refusal(Buffer.from("text\u0001\u0002\u0003\u0004\u0005\u0006")).message).toMatch(/looks binary/);
    expect(refusal(utf16le("text\u0000more")).code).toBe("BINARY");
  });

  it("counts control bytes alike in valid UTF-8 and in other text: a few pass, many are binary", () => {
    const few = `Grüße\u000b aus Berlin${" und mehr".repeat(20)}`;
    expect(decode(Buffer.from(few)).text).toBe(few);
    expect(refusal(Buffer.from("Grüße\u0001\u0002\u0003\u001f\u000e\u0008")).message).toMatch(/looks binary/);
    expect(refusal(Buffer.from("Grüße \u0000 aus Berlin")).code).toBe("BINARY");
    // Form feeds, tabs and line breaks are text.
    expect(decode(Buffer.from("a\f\t\r\nb\f\f\f\f")).text).toBe("a\f\t\r\nb\f\f\f\f");
  });

  it("refuses empty, blank and oversized input with a reason", () => {
    expect(refusal(Buffer.from("")).message).toMatch(/empty/);
    expect(refusal(Buffer.from("  \n\n \u200b\u00a0")).code).toBe("EMPTY");
    expect(refusal(Buffer.from([0xef, 0xbb, 0xbf])).code).toBe("EMPTY");
    expect(() => decode(Buffer.from("x".repeat(100)), { maxBytes: 10 })).toThrow(
      "input is 100 B, over the limit of 10 B (raise it with --max-bytes)",
    );
  });

  it("refuses UTF-16 that breaks its own byte-order mark", () => {
    const broken = Buffer.concat([utf16le("Text"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(refusal(broken)).toMatchObject({
      code: "ENCODING",
      message: "input is not valid UTF-16LE despite its byte-order mark",
    });
  });
});

describe("decodeNoting", () => {
  it("says the text holds nothing to clean only when it holds none of what cleanText cleans", () => {
    expect(decodeNoting(Buffer.from("Paris (AFP) - Story")).nothingToClean).toBe(true);
    for (const odd of ["\r\n", "\t", "\u00a0", "\u200b", "\u2028", `\u0007${"x".repeat(100)}`])
      expect(decodeNoting(Buffer.from(`Paris (AFP) -${odd}Story`)).nothingToClean).toBe(false);
    expect(decodeNoting(Buffer.from("Paris (AFP) - Story")).ascii).toBe(true);
    expect(decodeNoting(Buffer.from("Zürich (AFP) - Story")).ascii).toBe(false);
    // Read some other way than plain UTF-8: nothing learnt.
    expect(decodeNoting(utf16le("Paris (AFP) - Story")).nothingToClean).toBe(false);
  });
});
