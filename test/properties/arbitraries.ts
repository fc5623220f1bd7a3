/** fast-check arbitraries for hostile input: wire copy cut up and mixed with what scrapers leave in it. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { QUOTE_CHARACTERS } from "../hostile/shapes.js";

/** PROPERTY_RUNS=5000 npx vitest run test/properties for a longer search. */
export const RUNS = Number(process.env.PROPERTY_RUNS) || 100;

const story = readFileSync(
  new URL("../../fixtures/afp-putin-kim-2025-09-03/input.txt", import.meta.url),
  "utf8",
);

/** Pieces a scraped page is made of: header lines, story text, debris, and dirt. */
const PIECES = [
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u2028",
  " ",
  "Beijing, Sept 3 (AFP) ",
  "PARIS (Reuters) - ",
  "WASHINGTON: ",
  "Beijing, Sept 3 (AFP) Sep 03, 2025 ",
  "By Jane Doe\n",
  "By Jane Doe and John Smith in Paris\n",
  "Updated 18 March 2025\n",
  "Talks resume in Geneva\n",
  '"We will," he said. ',
  "“Quoted,” she added. ",
  "« Nous gagnerons », a-t-il dit. ",
  "President Vladimir Putin said. ",
  "Copyright Agence France-Presse",
  "© 2025 AFP\n",
  "All rights reserved.\n",
  "![]() |",
  "![photo](https://example.com/a.jpg)",
  "[](https://example.com)",
  " | ",
  "|\n",
  "Advertisement\n",
  "Read more: another story\n",
  "Related\n- One story\n- Another\n\n",
  "Enditem\n",
  "-0-\n",
  "Reporting by Jane Doe; Editing by John Smith\n",
  "&amp; &#8220;x&#8221; &nbsp; &amp;#8217; &eacute; &nosuch; ",
  "â€œ Ã© â€™ Ã¢â‚¬â„¢ ",
  "\u200b\u00ad\u00a0\ufeff\u200d",
  "e\u0301",
  "---\n",
  "key: value\n",
  "# heading\n",
  "> quote\n",
  "`code` <b>x</b>\n",
  ...QUOTE_CHARACTERS,
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.nat(story.length).map((start) => story.slice(start, start + 300)) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

/** Hostile text: up to a dozen pieces run together. */
export const hostileText = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

/** That text as bytes, in one of the encodings the tool reads, or garbled, or arbitrary bytes. */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  hostileText.map((text) => Buffer.from(text, "utf8")),
  hostileText.map((text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])),
  hostileText.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
  hostileText.map((text) =>
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
  ),
  hostileText.map((text) => iconv.encode(text, "win1252")),
  fc
    .tuple(hostileText, fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80 }))
    .map(([text, stray]) =>
      Buffer.concat([Buffer.from(text, "utf8"), Buffer.from(stray), Buffer.from(text, "utf8")]),
    ),
  fc.uint8Array({ maxLength: 200 }),
);
