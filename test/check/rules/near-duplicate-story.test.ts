import { describe, expect, it } from "vitest";
import nearDuplicateStory, { nearMatches } from "../../../src/check/rules/near-duplicate-story.js";
import type { ArchiveRule } from "../../../src/check/types.js";
import type { Dispatch } from "../../../src/record.js";
import { dispatch, story } from "../helpers.js";
import { entry, finish } from "./archive.js";

const near = nearDuplicateStory as ArchiveRule;

/** The reference story with one word changed in one paragraph. */
function edited(): Dispatch {
  const record = story();
  record.body[4] = (record.body[4] as string).replace(/\bthe\b/, "a");
  return record;
}

describe("near-duplicate-story", () => {
  it("finds a near copy (one word changed, a new headline), but not an exact copy or an unrelated story", () => {
    const renamed = { ...edited(), headline: "Kim and Putin meet in Beijing" };
    const found = finish(near, [
      entry("a.json", story()),
      entry("b.json", story()),
      entry("c.json", renamed),
      entry("d.json", dispatch()),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.file).toBe("c.json");
    expect(found[0]?.message).toMatch(
      /^a near copy of a\.json \(about (?:9\d|100)% alike, under another headline\)$/,
    );
  });

  it("finds a story with a paragraph added, and respects the threshold", () => {
    const longer = story();
    longer.body.push(
      "The two leaders were due to attend a military parade in Beijing on Thursday, officials said.",
    );
    expect(finish(near, [entry("a.json", story()), entry("b.json", longer)])).toHaveLength(1);
    expect(finish(near, [entry("a.json", story()), entry("b.json", longer)], { threshold: 1 })).toEqual([]);
  });

  it("links every member of a huge bucket (stories sharing a band) while comparing each with a few", () => {
    // Stories that differ only in their last word share every band but the last ones: one big bucket.
    const base = story();
    const entries = Array.from({ length: 400 }, (_, i) => {
      const record = { ...base, body: [...base.body.slice(0, -1), `${base.body.at(-1)} ${i}`] };
      return entry(`s${String(i).padStart(4, "0")}.json`, record);
    });
    const matches = nearMatches(entries, 0.8);
    expect(matches.filter(Boolean)).toHaveLength(399);
    expect(matches[0]).toBeUndefined();
  });
});
