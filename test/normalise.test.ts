import { describe, expect, it } from "vitest";
import { decodeEntities, normalise, squash } from "../src/normalise.js";

describe("normalise", () => {
  it("decodes named and numeric HTML entities once", () => {
    expect(decodeEntities("Tom &amp; Jerry &#8220;hi&#8221; &#x2014; &mdash;")).toBe("Tom & Jerry “hi” — —");
    expect(decodeEntities("&amp;amp; stays one layer")).toBe("&amp; stays one layer");
    expect(decodeEntities("&notanentity; and & alone")).toBe("&notanentity; and & alone");
  });

  it("keeps one line per input line, whatever the line ending", () => {
    expect(normalise("a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
  });

  it("removes invisible characters and turns odd spaces into plain ones", () => {
    expect(normalise("Ky\u00adiv\u200b said\u00a0it\tnow")).toBe("Kyiv said it now");
  });

  it("composes to NFC", () => {
    expect(normalise("Cafe\u0301")).toBe("Café");
  });

  it("squashes whitespace", () => {
    expect(squash("  a \n  b  ")).toBe("a b");
  });
});
