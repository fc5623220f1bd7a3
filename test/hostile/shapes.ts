/**
 * Adversarial inputs: shapes that make naive parsers slow (backtracking regular expressions, rescanning,
 * quadratic loops). Each is made at a given size so it can be timed against plain text of the same size.
 */
import { readFileSync } from "node:fs";

const reference = readFileSync(
  new URL("../../fixtures/afp-putin-kim-2025-09-03/input.txt", import.meta.url),
  "utf8",
);
/** The reference story's text line: wire prose, with quotes, names and a dateline. */
const prose = reference.split("\n").find((line) => line.length > 1000) ?? reference;

/** The size of most shapes; those named by a count (100,000 quote marks, 1 MB without a space) have their own. */
const SIZE = 200_000;

/** `unit` repeated to exactly `size` characters. */
export function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Plain wire copy of exactly `size` characters: the yardstick every shape is timed against. */
export function plainText(size: number): string {
  return fill(`${prose}\n\n`, size);
}

/** Letters for generated names: "Qab", "Qac"… without digits, so they read as capitalised words. */
function nameWord(i: number): string {
  return `Q${i.toString(26).replace(/[0-9a-p]/g, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)))}`;
}

function generated(piece: (i: number) => string, size = SIZE): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = piece(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join("").slice(0, size);
}

/** Every opening and closing quotation mark Unicode has, and the straight ones. */
export const QUOTE_CHARACTERS = [..."\"'«»‘’‚‛“”„‟‹›❛❜❝❞❮❯〝〞〟＂＇「」『』⹂"];

export interface Shape {
  name: string;
  make: () => string;
}

export const SHAPES: readonly Shape[] = [
  { name: "100,000 straight quote marks", make: () => '"'.repeat(100_000) },
  { name: "quote marks each opening a word", make: () => fill('"a ') },
  {
    name: "every Unicode quote character, around words",
    make: () => fill(QUOTE_CHARACTERS.map((mark) => `${mark}word `).join("")),
  },
  { name: "1 MB without a space or newline", make: () => fill("abcdefghijklmnopqrstuvwxyz", 1_000_000) },
  {
    name: "dashes and pipes without a space, then a dateline",
    make: () => `${fill("-|:")}\nPARIS (AFP) - Text.`,
  },
  { name: "100,000 `![]() |` lines", make: () => "![]() |\n".repeat(100_000) },
  { name: "image openings never closed", make: () => fill("![](") },
  { name: "alt-text openings never closed", make: () => fill("![") },
  {
    name: "brackets nested 90,000 deep",
    make: () => `${"([{".repeat(30_000)}word${"}])".repeat(30_000)}`,
  },
  {
    name: "a dateline-shaped string repeated 50,000 times",
    make: () => "PARIS (AFP) - ".repeat(50_000),
  },
  {
    name: "dateline-shaped lines",
    make: () => fill("BEIJING, Sept. 3 (Xinhua) -- Sep 03, 2025\n"),
  },
  {
    name: "a header line of spaced dashes above a dateline",
    make: () => `${fill("- | ")}x\nPARIS (AFP) - Text.`,
  },
  { name: "a question of byline-shaped words", make: () => `${fill("By Aaa Bbb and Ccc ")}?` },
  {
    name: "thousands of people, each quoted",
    make: () => generated((i) => `"Yes," said ${nameWord(i)} ${nameWord(i + 1)}. `),
  },
  {
    name: "thousands of presidents, each quoted by description",
    make: () =>
      generated(
        (i) =>
          `President ${nameWord(i)} Zed of ${nameWord(i)}land met. "Yes," the ${nameWord(i)}land leader said.\n\n`,
      ),
  },
  { name: "abbreviations and initials", make: () => fill("Mr. A. B. Dr. ") },
  { name: "mojibake, garbled once and twice", make: () => fill("â€œÃ©Ã¢â‚¬â„¢ ") },
  { name: "mojibake leads that lead nowhere", make: () => fill("Ã") },
  {
    name: "entities, escaped once, twice and not at all",
    make: () => fill("&amp;&amp;#8220;&#8221;&nosuch;&#x"),
  },
  { name: "invisible characters", make: () => fill("a\u200b\u00ad\u200d\u00a0\ufeff") },
  { name: "carriage returns", make: () => `${fill("\r")}text` },
  { name: "copyright lines", make: () => fill("© 2025 AFP\n") },
  { name: "a list of related links", make: () => `Related\n${fill("- Another story\n")}` },
];
