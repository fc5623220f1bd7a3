import { describe, expect, it } from "vitest";
import { fingerprint, signature, similarity } from "../../src/check/fingerprint.js";
import duplicateStory from "../../src/check/rules/duplicate-story.js";
import nearDuplicateStory, { nearMatches } from "../../src/check/rules/near-duplicate-story.js";
import type { ArchiveEntry, ArchiveRule, Fingerprint } from "../../src/check/types.js";
import type { Dispatch } from "../../src/record.js";
import { dispatch, story } from "./helpers.js";

function entry(file: string, record: Dispatch, index = 0): ArchiveEntry {
  return { file, index, fingerprint: fingerprint(record) as Fingerprint };
}

function finish(rule: ArchiveRule, entries: ArchiveEntry[], options = rule.defaults) {
  const found: { file: string; message: string }[] = [];
  rule.finish(entries, options, (e, message) => found.push({ file: e.file, message }));
  return found;
}

const dup = duplicateStory as ArchiveRule;
const near = nearDuplicateStory as ArchiveRule;

/** The reference story with one word changed in one paragraph. */
function edited(): Dispatch {
  const record = story();
  record.body[4] = (record.body[4] as string).replace(/\bthe\b/, "a");
  return record;
}

describe("duplicate stories", () => {
  it("finds the same body twice, under another headline too, naming the first", () => {
    const renamed = { ...story(), headline: "Kim and Putin meet in Beijing" };
    const found = finish(dup, [
      entry("a.json", story()),
      entry("b.md", story()),
      entry("c.yaml", renamed),
      entry("d.json", dispatch()),
    ]);
    expect(found).toEqual([
      { file: "b.md", message: "the same story as a.json" },
      {
        file: "c.yaml",
        message:
          'the same story as a.json, under another headline ("Putin meets Kim, praises North Korean troops in Russia")',
      },
    ]);
  });

  it("names the record within a file that holds several", () => {
    const found = finish(dup, [
      entry("all.ndjson", dispatch(), 0),
      entry("all.ndjson", story(), 1),
      entry("b.json", story()),
    ]);
    expect(found).toEqual([{ file: "b.json", message: "the same story as all.ndjson (record 2)" }]);
  });

  it("counts white space differences as the same text", () => {
    const spaced = story();
    spaced.body[0] = `${spaced.body[0]}  `.replace(" on ", "  on ");
    expect(fingerprint(spaced)?.body).toBe(fingerprint(story())?.body);
  });

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

  it("estimates similarity close to the true share of shingles", () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i * 2654435761) >>> 0);
    const half = [...words.slice(0, 1000), ...Array.from({ length: 1000 }, (_, i) => (i * 40503 + 7) >>> 0)];
    // 1,000 of 2,997 distinct 4-word shingles in common: Jaccard about 1/3.
    expect(similarity(signature(words), signature(half))).toBeGreaterThan(0.15);
    expect(similarity(signature(words), signature(half))).toBeLessThan(0.55);
    expect(similarity(signature(words), signature(words))).toBe(1);
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
