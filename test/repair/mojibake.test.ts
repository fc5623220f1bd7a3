import { describe, expect, it } from "vitest";
import { CP1252_HIGH, repairMojibake } from "../../src/repair/index.js";

/**
 * What a page's UTF-8 becomes when a browser reads it as Windows-1252: the mojibake itself, made the way it
 * is made (the five bytes Windows-1252 leaves undefined become C1 controls, as the WHATWG decoder has it).
 */
const garble = (text: string) =>
  [...Buffer.from(text, "utf8")]
    .map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : CP1252_HIGH[byte - 0x80]))
    .join("");
/** The same through Latin-1 (C1 controls where Windows-1252 has punctuation). */
const garbleLatin1 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

describe("repairMojibake", () => {
  const texts = [
    "“Quoted,” she said. It’s over — for now…",
    "Café, déjà vu, naïve, Zürich, São Paulo, Kraków, Košice, Gdańsk, İstanbul",
    "Price: €5, £3, ¥7, 20°C, © 2025, ™, ½",
    "Greek Αθήνα and Russian Москва",
    "Emoji 😀 and CJK 東京",
  ];

  for (const text of texts) {
    it(`repairs ${JSON.stringify(garble(text).slice(0, 24))}…`, () => {
      expect(repairMojibake(garble(text)).text).toBe(text);
      expect(repairMojibake(garbleLatin1(text)).text).toBe(text);
    });
  }

  it("repairs text garbled twice", () => {
    expect(repairMojibake(garble(garble("“It’s déjà vu”"))).text).toBe("“It’s déjà vu”");
    expect(repairMojibake("Ã¢â‚¬Å“doubleÃ¢â‚¬Â\u009d").text).toBe("“double”");
  });

  it("repairs à whose no-break space became a plain one, and ” whose last byte was lost", () => {
    expect(repairMojibake("voilÃ  and dÃ©jÃ  vu").text).toBe("voilà and déjà vu");
    expect(repairMojibake("â€œQuotedâ€ and â€œagainâ€\ufffd").text).toBe("“Quoted” and “again”");
  });

  it("counts repairs and gives the first offset and a few examples", () => {
    const repair = repairMojibake("ok â€œxâ€\u009d cafÃ©");
    expect(repair).toEqual({
      text: "ok “x” café",
      count: 3,
      firstAt: 3,
      examples: [
        ["â€œ", "“"],
        ["â€\u009d", "”"],
        ["Ã©", "é"],
      ],
    });
  });

  it("leaves alone what real text holds", () => {
    for (const text of [
      "„Spaß“ und „Grüße“",
      "PERÒ” e PERCHÈ”",
      "BÄ“ and Ö“",
      "IRMÃ and SÃO PAULO",
      "Ã alone, Â alone",
      "plain ASCII text",
      "2 × 3 ÷ 4 ± 5",
    ]) {
      expect(repairMojibake(text)).toEqual({ text, count: 0, firstAt: -1, examples: [] });
    }
  });

  it("never makes a line break, so line numbers hold", () => {
    expect(repairMojibake(garble("a\u2028b")).text).toBe("a b");
  });
});
