import { describe, expect, it } from "vitest";
import { decode } from "../src/decode.js";
import { InputError } from "../src/errors.js";

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

describe("decode", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decode(Buffer.from("Paris (AFP) - Story"))).toEqual({
      text: "Paris (AFP) - Story",
      encoding: "utf-8",
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Kyiv (AFP) - «Story»")]);
    expect(decode(bom)).toEqual({ text: "Kyiv (AFP) - «Story»", encoding: "utf-8" });
  });

  it("reads UTF-16 with a byte-order mark", () => {
    expect(decode(utf16le("Berlin (dpa) - „Story“"))).toEqual({
      text: "Berlin (dpa) - „Story“",
      encoding: "utf-16le",
    });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    const latin = Buffer.from([0x93, 0x53, 0x74, 0x6f, 0x72, 0x79, 0x94, 0x20, 0xe9, 0x74, 0xe9]);
    expect(decode(latin)).toEqual({ text: "“Story” été", encoding: "windows-1252" });
  });

  it("refuses binary, empty and oversized input with a reason", () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary/);
    expect(() => decode(Buffer.from(""))).toThrow(/empty/);
    expect(() => decode(Buffer.from("  \n\n "))).toThrow(/empty/);
    expect(() => decode(Buffer.from("x".repeat(100)), { maxBytes: 10 })).toThrow(/over the limit/);
    try {
      decode(Buffer.from([0, 0, 0]));
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("BINARY");
    }
  });
});
