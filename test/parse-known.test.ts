import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDispatch } from "../src/index.js";

/**
 * The parser passes on what decode and unescapeLayers learnt of the text (its entities decoded, nothing to
 * clean in it) so that cleanText need not search again: the records of the bytes must be those of the same
 * text given as a string, which learns nothing on the way.
 */
const sameAsString = (text: string) => {
  const fromBytes = parseDispatch(Buffer.from(text, "utf8"));
  const fromString = parseDispatch(text);
  expect(fromBytes.records.map(({ origin: _, ...rest }) => rest)).toEqual(
    fromString.records.map(({ origin: _, ...rest }) => rest),
  );
};

const STORY =
  "Talks resume\nGENEVA, March 3 (Reuters) - Negotiators met again on Tuesday.\nThey said little.";

describe("parseDispatch with what earlier stages learnt", () => {
  it("cleans what entity decoding or unescaping brings in, though the bytes held nothing to clean", () => {
    sameAsString(`${STORY}\nThe&nbsp;talks&#9;went on &#173;late.`);
    sameAsString(`${STORY}\\nHe said \\"no\\" twice.\\nShe said \\"yes\\"\\tlater.`);
    sameAsString(`${STORY}\nCafe&#769; owners de\u0301ja\u0300 met.`);
    sameAsString(`${STORY}\nCaf\u00c3\u00a9 owners \u00e2\u20ac\u0153agreed\u00e2\u20ac\u009d.`);
  });

  it("gives the records of the same text as a string, whatever the text", () => {
    const piece = fc.constantFrom(
      "a",
      " ",
      "\n",
      "\r\n",
      "\t",
      "&nbsp;",
      "&amp;quot;",
      "\\n",
      '\\"',
      "''",
      "\u00a0",
      "Said",
      ".",
      "“",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) =>
        sameAsString(`${STORY}\n${pieces.join("")}`),
      ),
      { numRuns: 200 },
    );
  });
});
