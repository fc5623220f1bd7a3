import { describe, expect, it } from "vitest";
import type { Quote } from "../../../src/record.js";
import { runRule, story } from "../helpers.js";

describe("quote-speaker", () => {
  it("reports a direct quote without a speaker, not a partial one", () => {
    const record = story();
    const direct = record.quotes.findIndex((q) => q.kind === "direct");
    const partial = record.quotes.findIndex((q) => q.kind === "partial");
    (record.quotes[direct] as Quote).speaker = null;
    (record.quotes[partial] as Quote).speaker = null;
    const found = runRule("quote-speaker", record);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(new RegExp(`^direct quote ${direct + 1} ".+" has no speaker$`));
    expect(found[0]?.at).toEqual({ path: ["quotes", direct, "speaker"] });
  });
});
