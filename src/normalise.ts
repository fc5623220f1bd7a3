/**
 * Text to clean text: the same story with one spelling of every character. Line breaks are kept where
 * the input had them (CRLF and CR become LF one for one), so line numbers in diagnostics still point at
 * the line a user sees in their file.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  sbquo: "‚",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  middot: "·",
  bull: "•",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  iacute: "í",
  oacute: "ó",
  ocirc: "ô",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  Eacute: "É",
  euro: "€",
  pound: "£",
  shy: "\u00ad",
  zwj: "\u200d",
  zwnj: "\u200c",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
};

// Bounded lengths keep this linear: an entity name is never longer than a few dozen characters.
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return whole;
      return String.fromCodePoint(code);
    },
  );
}

// Zero-width characters, soft hyphens, BOMs and bidi marks carry no story text.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Every kind of space becomes a plain space.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
// C0 controls other than the line feed are never text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function normalise(text: string): string {
  return decodeEntities(text)
    .replace(LINE_BREAK, "\n")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACE, " ")
    .replace(CONTROL, "")
    .normalize("NFC");
}

/** Collapses runs of whitespace to one space and trims: how body paragraphs are compared and stored. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
