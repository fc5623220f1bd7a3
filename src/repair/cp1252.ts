/**
 * Windows-1252, the code page behind nearly every double-decoding accident on the web: a page's UTF-8 bytes
 * read as Windows-1252 (or as Latin-1, its subset) turn “ into â€œ and é into Ã©.
 */

/** The characters Windows-1252 gives bytes 0x80–0x9F; the five bytes it leaves undefined keep their C1 code. */
const HIGH_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Byte 0x80 + i decodes to CP1252_HIGH[i]. Bytes 0xA0–0xFF are the Latin-1 characters of the same code. */
export const CP1252_HIGH: readonly string[] = Array.from({ length: 128 }, (_, i) =>
  i < 32 ? (HIGH_80_9F[i] as string) : String.fromCharCode(0x80 + i),
);

/**
 * The byte a character was read from, for every character a high byte (0x80–0xFF) can become under
 * Windows-1252 or Latin-1: both readings are accepted, since mojibake arrives by either route.
 */
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < 128; i++) {
  BYTE_OF.set(0x80 + i, 0x80 + i); // Latin-1 reading (C1 controls for 0x80–0x9F)
  BYTE_OF.set((CP1252_HIGH[i] as string).charCodeAt(0), 0x80 + i); // Windows-1252 reading
}

/** The high byte this UTF-16 code unit was decoded from, or -1 for anything else. */
export function highByteOf(codeUnit: number): number {
  return BYTE_OF.get(codeUnit) ?? -1;
}
